//! Calibrated confidence: for each kind of event, the share of such events
//! that were right on the development gold sets.
//!
//! An event's kind ([`confidence_key`]) combines what the coder knows when it
//! codes it: how specific the pattern was (one required word, or more), how
//! its parties were found (both sides named, one side only, or through a
//! pronoun or description), and its quad class. `parley calibrate` codes the
//! gold sets, judges every event (see `parley_eval::event_outcomes`), and
//! writes the table `data/confidence.tsv`, which is compiled in.
//!
//! Table format (TAB-separated, `#` comments):
//! `key  events  correct  confidence`; the row with key `*` is the fallback
//! for kinds the gold sets did not show.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::CodedEvent;

/// The compiled-in table.
const EMBEDDED: &str = include_str!("../data/confidence.tsv");

/// Pseudo-count pulling a small bucket towards the overall rate.
const PRIOR_WEIGHT: f64 = 10.0;

/// A malformed confidence table.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("confidence table line {line}: {message}")]
pub struct ConfidenceError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// One row: how many events of a kind were seen and how many were right.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ConfidenceRow {
    /// Events of this kind on the gold sets.
    pub events: usize,
    /// How many were right.
    pub correct: usize,
    /// The smoothed share that were right.
    pub confidence: f32,
}

/// Kind of event → calibrated confidence.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfidenceTable {
    rows: BTreeMap<String, ConfidenceRow>,
    fallback: f32,
}

impl ConfidenceTable {
    /// The compiled-in table.
    pub fn embedded() -> &'static ConfidenceTable {
        static TABLE: OnceLock<ConfidenceTable> = OnceLock::new();
        TABLE.get_or_init(|| {
            ConfidenceTable::parse(EMBEDDED).expect("the embedded confidence table is valid")
        })
    }

    /// Reads a table in the format above.
    pub fn parse(text: &str) -> Result<ConfidenceTable, ConfidenceError> {
        let mut rows = BTreeMap::new();
        let mut fallback = None;
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: String| ConfidenceError {
                line: i + 1,
                message,
            };
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 4 {
                return Err(err(format!("expected 4 columns, found {}", cols.len())));
            }
            let number = |s: &str| {
                s.parse::<usize>()
                    .map_err(|_| err(format!("{s:?} is not a count")))
            };
            let (events, correct) = (number(cols[1])?, number(cols[2])?);
            let confidence: f32 = cols[3]
                .parse()
                .ok()
                .filter(|c: &f32| (0.0..=1.0).contains(c))
                .ok_or_else(|| err(format!("{:?} is not a number in [0, 1]", cols[3])))?;
            if correct > events {
                return Err(err("more correct than events".into()));
            }
            let row = ConfidenceRow {
                events,
                correct,
                confidence,
            };
            if cols[0] == "*" {
                fallback = Some(confidence);
            }
            if rows.insert(cols[0].to_string(), row).is_some() {
                return Err(err(format!("key {:?} appears twice", cols[0])));
            }
        }
        let fallback = fallback.ok_or(ConfidenceError {
            line: 0,
            message: "no fallback row (key *)".into(),
        })?;
        Ok(ConfidenceTable { rows, fallback })
    }

    /// Fits a table from judged events: (kind, right?) pairs. Each kind's
    /// confidence is its share of right events, pulled towards the overall
    /// share by [`PRIOR_WEIGHT`] pseudo-events.
    pub fn fit<'a>(judged: impl IntoIterator<Item = (&'a str, bool)>) -> ConfidenceTable {
        let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        for (key, right) in judged {
            let c = counts.entry(key.to_string()).or_default();
            c.0 += 1;
            c.1 += usize::from(right);
        }
        let (n, k) = counts
            .values()
            .fold((0, 0), |(n, k), (a, b)| (n + a, k + b));
        let overall = if n == 0 { 0.5 } else { k as f64 / n as f64 };
        let round = |x: f64| ((x * 100.0).round() / 100.0) as f32;
        let mut rows: BTreeMap<String, ConfidenceRow> = counts
            .into_iter()
            .map(|(key, (events, correct))| {
                let c = (correct as f64 + PRIOR_WEIGHT * overall) / (events as f64 + PRIOR_WEIGHT);
                (
                    key,
                    ConfidenceRow {
                        events,
                        correct,
                        confidence: round(c),
                    },
                )
            })
            .collect();
        let fallback = round(overall);
        rows.insert(
            "*".into(),
            ConfidenceRow {
                events: n,
                correct: k,
                confidence: fallback,
            },
        );
        ConfidenceTable { rows, fallback }
    }

    /// The confidence of an event of this kind.
    pub fn confidence(&self, key: &str) -> f32 {
        self.rows.get(key).map_or(self.fallback, |r| r.confidence)
    }

    /// The rows, by key.
    pub fn rows(&self) -> impl Iterator<Item = (&str, &ConfidenceRow)> {
        self.rows.iter().map(|(k, r)| (k.as_str(), r))
    }

    /// The table in its file format.
    pub fn to_tsv(&self) -> String {
        let mut out = String::from(
            "# Calibrated event confidence: written by `parley calibrate` (see crates/coder/src/confidence.rs).\n\
             # key = specificity/parties/quad; events and correct on the dev gold sets; confidence smoothed.\n",
        );
        for (key, r) in &self.rows {
            out.push_str(&format!(
                "{key}\t{}\t{}\t{:.2}\n",
                r.events, r.correct, r.confidence
            ));
        }
        out
    }
}

/// The kind of an event, as the confidence table knows it:
/// `specificity/parties/quad`, e.g. `2/both/1`.
/// - specificity: `1` for a one-word pattern, `2` for two or more words;
/// - parties: `ref` when a party was found through a pronoun or description,
///   else `both` when there are actor and recipient (or a symmetric pair),
///   else `one`;
/// - quad: the event's quad class (1–4).
pub fn confidence_key(e: &CodedEvent) -> String {
    let spec = if e.specificity >= 2 { 2 } else { 1 };
    let parties = e.actors.iter().chain(&e.recipients);
    let parties = if parties.clone().any(|p| p.antecedent.is_some()) {
        "ref"
    } else if (!e.actors.is_empty() && !e.recipients.is_empty())
        || (e.symmetric && e.actors.len() + e.recipients.len() >= 2)
    {
        "both"
    } else {
        "one"
    };
    format!("{spec}/{parties}/{}", e.quad)
}
