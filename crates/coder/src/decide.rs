//! The learned decision: is a pattern's candidate an event of news?
//!
//! Patterns propose candidate events (recall); this logistic model, trained
//! on annotated news leads (`data/annotations`, `parley train-coder`), keeps
//! or drops each reported candidate. Its features describe the candidate
//! (rule, codes, trigger lemmas, modality, the parties' sectors and
//! countries), its sentence (the content lemmas around the trigger) and its
//! document (the lemmas of its first sentence, which is often a headline, and
//! how much of it is numbers: results tables and market reports).
//!
//! The same logistic model, over document words, is the genre model. A
//! model is a text file (`data/decider.tsv`, `data/genre.tsv`): a header line
//! `parley-decider<TAB>FORMAT<TAB>threshold<TAB>bias`, then one
//! `feature<TAB>weight` line per feature, sorted by feature. Training is
//! deterministic: the same examples give a byte-identical file.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use parley_syntax::{TokenAnalysis, Upos};
use parley_text::Segmentation;

use crate::CodedEvent;

/// Format version of the model file.
pub const MODEL_FORMAT: u32 = 1;

/// A malformed model file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("model file line {line}: {message}")]
pub struct ModelFileError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// A trained keep-or-drop model.
#[derive(Debug, Clone, PartialEq)]
pub struct LogisticModel {
    weights: HashMap<String, f32>,
    bias: f32,
    /// Candidates scoring below this probability are dropped.
    pub threshold: f32,
}

/// How to train.
#[derive(Debug, Clone, Copy)]
pub struct LogisticSettings {
    /// Passes over the examples.
    pub epochs: usize,
    /// Step size of the first pass (it decays as 1/(1 + pass)).
    pub rate: f32,
    /// L2 penalty per example.
    pub l2: f32,
    /// Keep threshold written into the model.
    pub threshold: f32,
}

impl Default for LogisticSettings {
    fn default() -> Self {
        LogisticSettings {
            epochs: 30,
            rate: 0.2,
            l2: 1e-4,
            threshold: 0.5,
        }
    }
}

impl LogisticModel {
    /// Reads a model file.
    pub fn parse(text: &str) -> Result<LogisticModel, ModelFileError> {
        let err = |line: usize, message: String| ModelFileError { line, message };
        let mut lines = text.lines().enumerate();
        let (_, header) = lines
            .next()
            .ok_or_else(|| err(1, "empty model file".into()))?;
        let h: Vec<&str> = header.split('\t').collect();
        if h.len() != 4 || h[0] != "parley-decider" {
            return Err(err(1, "not a parley decider header".into()));
        }
        if h[1] != MODEL_FORMAT.to_string() {
            return Err(err(
                1,
                format!(
                    "format version {} (this build reads {MODEL_FORMAT}); retrain with parley train-coder",
                    h[1]
                ),
            ));
        }
        let num = |line: usize, s: &str| -> Result<f32, ModelFileError> {
            s.parse::<f32>()
                .ok()
                .filter(|x| x.is_finite())
                .ok_or_else(|| err(line, format!("{s:?} is not a number")))
        };
        let threshold = num(1, h[2])?;
        let bias = num(1, h[3])?;
        let mut weights = HashMap::new();
        for (n, line) in lines {
            let Some((feature, w)) = line.split_once('\t') else {
                return Err(err(n + 1, "expected feature<TAB>weight".into()));
            };
            if weights
                .insert(feature.to_string(), num(n + 1, w)?)
                .is_some()
            {
                return Err(err(n + 1, format!("feature {feature:?} twice")));
            }
        }
        Ok(LogisticModel {
            weights,
            bias,
            threshold,
        })
    }

    /// The model file: header, then features sorted, weights rounded to
    /// six decimals (features whose weight rounds to zero are left out).
    pub fn to_tsv(&self) -> String {
        let mut out = format!(
            "parley-decider\t{MODEL_FORMAT}\t{}\t{:.6}\n",
            self.threshold, self.bias
        );
        let sorted: BTreeMap<&String, &f32> = self.weights.iter().collect();
        for (f, w) in sorted {
            let rounded = format!("{w:.6}");
            if rounded
                .trim_start_matches('-')
                .trim_start_matches(['0', '.'])
                .is_empty()
            {
                continue;
            }
            out.push_str(&format!("{f}\t{rounded}\n"));
        }
        out
    }

    /// Number of weighted features.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// True for a model without features.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// The probability that the candidate with these features is an event.
    pub fn probability(&self, features: &[String]) -> f32 {
        let z = self.bias
            + features
                .iter()
                .filter_map(|f| self.weights.get(f))
                .sum::<f32>();
        1.0 / (1.0 + (-z).exp())
    }

    /// Logistic regression by stochastic gradient descent over `examples`
    /// (features, is an event) in their given order, every pass the same:
    /// deterministic.
    pub fn train(examples: &[(Vec<String>, bool)], settings: LogisticSettings) -> LogisticModel {
        let mut weights: HashMap<String, f32> = HashMap::new();
        let mut bias = 0.0f32;
        for epoch in 0..settings.epochs {
            let rate = settings.rate / (1.0 + epoch as f32);
            for (features, label) in examples {
                let z = bias + features.iter().filter_map(|f| weights.get(f)).sum::<f32>();
                let p = 1.0 / (1.0 + (-z).exp());
                let g = f32::from(u8::from(*label)) - p;
                bias += rate * g;
                for f in features {
                    let w = weights.entry(f.clone()).or_insert(0.0);
                    *w += rate * (g - settings.l2 * *w);
                }
            }
        }
        LogisticModel {
            weights,
            bias,
            threshold: settings.threshold,
        }
    }
}

/// What the features of a document's candidates are computed from.
pub struct DocumentView<'a> {
    /// The text analysed.
    pub text: &'a str,
    /// Its tokens and sentences.
    pub segmentation: &'a Segmentation,
    /// Per sentence, the token analyses.
    pub analyses: &'a [Vec<TokenAnalysis>],
}

/// Content lemmas: nouns, verbs, adjectives, proper nouns.
fn content(a: &TokenAnalysis) -> Option<&str> {
    let pos = a.pos?;
    matches!(pos.upos, Upos::Noun | Upos::Verb | Upos::Adj | Upos::Propn)
        .then(|| a.lemmas.first().map_or(a.lower.as_str(), String::as_str))
}

/// Words within this many tokens of the trigger are its context.
const WINDOW: usize = 5;

impl DocumentView<'_> {
    /// Features shared by every candidate of the document: its first
    /// sentence's content lemmas and how much of it is numbers.
    pub fn document_features(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(first) = self.analyses.first() {
            for a in first {
                if let Some(l) = content(a) {
                    out.push(format!("h:{l}"));
                }
            }
        }
        let tokens = self.segmentation.tokens.len().max(1);
        let numbers = self
            .analyses
            .iter()
            .flatten()
            .filter(|a| a.lower.chars().any(|c| c.is_ascii_digit()))
            .count();
        out.push(format!("num:{}", (numbers * 20 / tokens).min(5)));
        out.sort();
        out.dedup();
        out
    }

    /// The features of one candidate (document features added by the caller).
    pub fn event_features(&self, e: &CodedEvent) -> Vec<String> {
        let mut out = Vec::new();
        let plover = e.plover.as_deref().unwrap_or("-");
        out.push(format!("rule:{}", e.rule));
        out.push(format!("cameo:{}", e.cameo));
        out.push(format!("root:{}", &e.cameo[..e.cameo.len().min(2)]));
        out.push(format!("plover:{plover}"));
        out.push(format!("modality:{:?}", e.modality));
        out.push(format!("symmetric:{}", e.symmetric));
        out.push(format!("background:{}", e.background));
        out.push(format!("sentence:{}", e.sentence.min(3)));
        let a = &self.analyses[e.sentence];
        let (first, last) = e.trigger_tokens;
        let lemmas: Vec<&str> = (first..=last.min(a.len().saturating_sub(1)))
            .filter_map(|i| a.get(i))
            .map(|t| t.lemmas.first().map_or(t.lower.as_str(), String::as_str))
            .collect();
        let trigger = lemmas.join(" ");
        out.push(format!("trigger:{trigger}"));
        out.push(format!("trigger+plover:{trigger}|{plover}"));
        if let Some(t) = a.get(first) {
            if let Some(pos) = t.pos {
                out.push(format!("trigger.pos:{}", pos.xpos));
            }
        }
        let from = first.saturating_sub(WINDOW);
        let to = (last + 1 + WINDOW).min(a.len());
        for (i, t) in a.iter().enumerate().take(to).skip(from) {
            if (first..=last).contains(&i) {
                continue;
            }
            if let Some(l) = content(t) {
                out.push(format!("near:{l}"));
            }
        }
        for (side, parties) in [("actor", &e.actors), ("recipient", &e.recipients)] {
            out.push(format!("{side}.n:{}", parties.len().min(2)));
            for p in parties.iter() {
                let actor = &p.actor;
                let country = match actor.country.as_deref() {
                    None => "none",
                    Some("IGO" | "NGO" | "IMG" | "MNC") => actor.country.as_deref().unwrap_or(""),
                    Some(_) if actor.country_inferred => "inferred",
                    Some(_) => "state",
                };
                out.push(format!("{side}.country:{country}"));
                for s in &actor.sectors {
                    out.push(format!("{side}.sector:{s}"));
                }
                if actor.sectors.is_empty() {
                    out.push(format!("{side}.sector:none"));
                }
                if actor.person.is_some() {
                    out.push(format!("{side}.person"));
                }
                if actor.organisation.is_some() {
                    out.push(format!("{side}.organisation"));
                }
            }
        }
        out.sort();
        out.dedup();
        out
    }
}

/// Words of a document that the genre model reads: its first
/// [`GENRE_WORDS`] words of three letters or more, lower-cased, each once,
/// as `w:word` features (sorted).
pub fn genre_features(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .take(GENRE_WORDS)
        .map(|w| format!("w:{}", w.to_lowercase()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// How many words of a document the genre model reads.
pub const GENRE_WORDS: usize = 300;

/// The embedded keep-or-drop decision on candidates (`data/decider.tsv`,
/// trained by `parley train-coder`); `None` while it has no features.
pub fn decider_model() -> Option<&'static LogisticModel> {
    static MODEL: OnceLock<LogisticModel> = OnceLock::new();
    embedded(&MODEL, include_str!("../data/decider.tsv"))
}

/// The embedded genre model: the probability that a document is sport,
/// entertainment or technology news (trained on the sections of the BBC
/// corpus by `parley train-genre`); `None` while it has no features.
pub fn genre_model() -> Option<&'static LogisticModel> {
    static MODEL: OnceLock<LogisticModel> = OnceLock::new();
    embedded(&MODEL, include_str!("../data/genre.tsv"))
}

/// An embedded model file, read once into `cell`; `None` without features.
fn embedded(cell: &'static OnceLock<LogisticModel>, file: &str) -> Option<&'static LogisticModel> {
    Some(cell.get_or_init(|| LogisticModel::parse(file).expect("embedded model files are valid")))
        .filter(|m| !m.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fs(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    /// A separable toy problem is learned; training twice gives the same
    /// file; the file reads back as the same model.
    #[test]
    fn trains_deterministically_and_round_trips() {
        let examples: Vec<(Vec<String>, bool)> = (0..40)
            .map(|i| {
                if i % 2 == 0 {
                    (fs(&["trigger:attack", "actor.sector:MIL"]), true)
                } else {
                    (fs(&["trigger:attack", "h:football"]), false)
                }
            })
            .collect();
        let m = LogisticModel::train(&examples, LogisticSettings::default());
        assert!(m.probability(&fs(&["trigger:attack", "actor.sector:MIL"])) > 0.8);
        assert!(m.probability(&fs(&["trigger:attack", "h:football"])) < 0.2);
        let again = LogisticModel::train(&examples, LogisticSettings::default());
        assert_eq!(m.to_tsv(), again.to_tsv());
        let read = LogisticModel::parse(&m.to_tsv()).unwrap();
        assert_eq!(read.to_tsv(), m.to_tsv());
    }

    #[test]
    fn malformed_files_are_refused_with_their_line() {
        let cases: &[(&str, usize, &str)] = &[
            ("", 1, "empty"),
            ("something else\n", 1, "header"),
            ("parley-decider\t99\t0.5\t0\n", 1, "format version 99"),
            (
                "parley-decider\t1\t0.5\t0\nrule:x\n",
                2,
                "feature<TAB>weight",
            ),
            (
                "parley-decider\t1\t0.5\t0\nrule:x\tNaN\n",
                2,
                "not a number",
            ),
            (
                "parley-decider\t1\t0.5\t0\nrule:x\t1\nrule:x\t2\n",
                3,
                "twice",
            ),
        ];
        for (text, line, what) in cases {
            let e = LogisticModel::parse(text).unwrap_err();
            assert_eq!(e.line, *line, "{text:?}");
            assert!(e.message.contains(what), "{text:?}: {}", e.message);
        }
    }

    #[test]
    fn the_embedded_models_load() {
        // The shipped decider has no features yet: it decides nothing.
        assert!(decider_model().is_none());
        let genre = genre_model().expect("the genre model has features");
        assert!(genre.threshold > 0.0 && genre.threshold < 1.0);
    }
}
