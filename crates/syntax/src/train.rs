//! Training and evaluation of the whole syntax model from CoNLL-U treebanks.

use std::collections::{BTreeSet, HashMap};

use crate::clusters::{learn, ClusterSettings, Clusters};
use crate::conllu::Sentence;
use crate::lemma::Lemmatiser;
use crate::model::Model;
use crate::parser::{ParseExample, Parser, ParserSettings, ParserWord};
use crate::perceptron::Rng;
use crate::tagger::{Tag, TaggedSentence, Tagger, TaggerSettings, WordAtoms};

/// Settings for [`train`].
#[derive(Debug, Clone)]
pub struct TrainSettings {
    /// Tagger settings.
    pub tagger: TaggerSettings,
    /// Parser settings.
    pub parser: ParserSettings,
    /// Folds for jackknife tagging of the parser's training data (its tags are
    /// then as noisy as at run time); 0 or 1 trains the parser on gold tags.
    pub jackknife: usize,
    /// Word clusters, learned when [`train_with_text`] is given unlabelled text.
    pub clusters: ClusterSettings,
}

impl Default for TrainSettings {
    fn default() -> Self {
        TrainSettings {
            tagger: TaggerSettings::default(),
            parser: ParserSettings::default(),
            jackknife: 5,
            clusters: ClusterSettings::default(),
        }
    }
}

/// Why a treebank cannot be trained on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TrainError {
    /// No sentence with at least one word.
    #[error("the training treebank has no words")]
    Empty,
    /// The model stores tag numbers in one byte.
    #[error("the training treebank has {0} distinct UPOS+XPOS tags; at most 256 fit")]
    TooManyTags(usize),
    /// The model stores relation numbers in one byte.
    #[error("the training treebank has {0} distinct relations; at most 256 fit")]
    TooManyLabels(usize),
}

/// Most tags or relations a model holds (class numbers are stored in a byte).
pub const MAX_CLASSES: usize = 256;

/// Accuracy figures of a model on gold sentences (all tokens, punctuation included).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    /// Tokens scored.
    pub tokens: usize,
    /// UPOS accuracy, percent.
    pub upos: f64,
    /// XPOS accuracy, percent.
    pub xpos: f64,
    /// Lemma accuracy, percent.
    pub lemma: f64,
    /// Unlabelled attachment score, percent.
    pub uas: f64,
    /// Labelled attachment score (full relation with subtype), percent.
    pub las: f64,
}

impl std::fmt::Display for Scores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "UPOS {:.2}  XPOS {:.2}  lemma {:.2}  UAS {:.2}  LAS {:.2}  ({} tokens)",
            self.upos, self.xpos, self.lemma, self.uas, self.las, self.tokens
        )
    }
}

/// Compares predicted sentences with gold ones, word by word (same tokenisation).
pub fn score(gold: &[Sentence], predicted: &[Sentence]) -> Scores {
    let (mut n, mut upos, mut xpos, mut lemma, mut uas, mut las) =
        (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    for (g, p) in gold.iter().zip(predicted) {
        for (gw, pw) in g.words.iter().zip(&p.words) {
            n += 1;
            upos += usize::from(gw.upos == pw.upos);
            xpos += usize::from(gw.xpos == pw.xpos);
            lemma += usize::from(gw.lemma == pw.lemma);
            if gw.head == pw.head {
                uas += 1;
                las += usize::from(gw.deprel == pw.deprel);
            }
        }
    }
    let pct = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
    Scores {
        tokens: n,
        upos: pct(upos),
        xpos: pct(xpos),
        lemma: pct(lemma),
        uas: pct(uas),
        las: pct(las),
    }
}

/// Parses the forms of each gold sentence and scores the result.
pub fn evaluate(model: &Model, gold: &[Sentence]) -> Scores {
    let predicted: Vec<Sentence> = gold.iter().map(|s| model.parse_sentence(s)).collect();
    score(gold, &predicted)
}

/// The forms and gold tags of CoNLL-U sentences, as the tagger trains on them.
pub fn tagged(sentences: &[Sentence]) -> Vec<TaggedSentence> {
    sentences
        .iter()
        .map(|s| {
            let forms = s.words.iter().map(|w| w.form.clone()).collect();
            let tags = s
                .words
                .iter()
                .map(|w| Tag {
                    upos: w.upos.clone(),
                    xpos: w.xpos.clone(),
                })
                .collect();
            (forms, tags)
        })
        .collect()
}

/// Trains tagger, lemmatiser and parser on `train`, printing progress through
/// `log`; with `dev`, each parser epoch is followed by its dev scores.
/// Deterministic: the same sentences and settings give the same model.
///
/// Sentences whose heads do not form one tree (no words, `_` heads, several
/// roots, cycles) are left out, and counted in the log. Jackknifing uses at most one fold
/// per sentence, so a tiny treebank still trains.
pub fn train(
    train: &[Sentence],
    dev: Option<&[Sentence]>,
    settings: &TrainSettings,
    log: &mut dyn FnMut(String),
) -> Result<Model, TrainError> {
    train_with_text(train, &[], dev, settings, log)
}

/// Word hashes of a sentence's forms, as the clusters key them.
pub fn word_hashes<'a>(forms: impl IntoIterator<Item = &'a str>) -> Vec<u64> {
    forms.into_iter().map(|f| WordAtoms::new(f).word).collect()
}

/// [`train`], with word clusters learned first from `unlabelled` sentences
/// (see [`word_hashes`]) together with the treebank's own; no unlabelled text
/// means no clusters.
pub fn train_with_text(
    train: &[Sentence],
    unlabelled: &[Vec<u64>],
    dev: Option<&[Sentence]>,
    settings: &TrainSettings,
    log: &mut dyn FnMut(String),
) -> Result<Model, TrainError> {
    let total = train.len();
    let train: Vec<Sentence> = train.iter().filter(|s| s.is_tree()).cloned().collect();
    if train.len() < total {
        log(format!(
            "left out {} sentences whose heads do not form a tree",
            total - train.len()
        ));
    }
    if train.is_empty() {
        return Err(TrainError::Empty);
    }
    let data = tagged(&train);
    let n_tags = data
        .iter()
        .flat_map(|(_, t)| t.iter())
        .collect::<BTreeSet<_>>()
        .len();
    if n_tags > MAX_CLASSES {
        return Err(TrainError::TooManyTags(n_tags));
    }
    let n_labels = train
        .iter()
        .flat_map(|s| s.words.iter().map(|w| w.deprel.as_str()))
        .collect::<BTreeSet<_>>()
        .len();
    if n_labels > MAX_CLASSES {
        return Err(TrainError::TooManyLabels(n_labels));
    }
    log(format!(
        "tagger: {} sentences, {} tokens",
        data.len(),
        data.iter().map(|s| s.0.len()).sum::<usize>()
    ));
    let clusters = if unlabelled.is_empty() {
        Clusters::default()
    } else {
        let mut text: Vec<Vec<u64>> = unlabelled.to_vec();
        text.extend(
            train
                .iter()
                .map(|s| word_hashes(s.words.iter().map(|w| w.form.as_str()))),
        );
        log(format!(
            "clusters: {} sentences, {} tokens",
            text.len(),
            text.iter().map(Vec::len).sum::<usize>()
        ));
        let c = learn(&text, &settings.clusters, |pass, moved, ll| {
            log(format!(
                "clusters pass {pass}: {moved} words moved, log-likelihood term {ll:.0}"
            ))
        });
        log(format!(
            "clusters: {} words in {} clusters",
            c.of.len(),
            c.count
        ));
        c
    };
    let tagger = Tagger::train(&data, &settings.tagger, &clusters, |e, acc| {
        log(format!(
            "tagger epoch {e}: train accuracy {:.2}",
            100.0 * acc
        ))
    });
    let lemmatiser = Lemmatiser::train(train.iter().flat_map(|s| s.words.iter()).map(|w| {
        (
            w.form.as_str(),
            w.upos.as_str(),
            w.xpos.as_str(),
            w.lemma.as_str(),
            w.feats.as_str(),
        )
    }));
    let tag_index: HashMap<&Tag, usize> = tagger
        .tags
        .iter()
        .enumerate()
        .map(|(i, t)| (t, i))
        .collect();
    // Tags the parser trains on: jackknifed predictions, or gold.
    let mut parser_tags: Vec<Vec<usize>> = data
        .iter()
        .map(|(_, tags)| tags.iter().map(|t| tag_index[t]).collect())
        .collect();
    let k = settings.jackknife.min(data.len());
    if k > 1 {
        let mut order: Vec<usize> = (0..data.len()).collect();
        Rng::new(settings.tagger.seed ^ 0x5EED).shuffle(&mut order);
        for fold in 0..k {
            let held: BTreeSet<usize> = order.iter().copied().skip(fold).step_by(k).collect();
            let rest: Vec<TaggedSentence> = (0..data.len())
                .filter(|i| !held.contains(i))
                .map(|i| data[i].clone())
                .collect();
            let fold_tagger = Tagger::train(&rest, &settings.tagger, &clusters, |_, _| {});
            let (mut right, mut total) = (0, 0);
            for &i in &held {
                let forms: Vec<&str> = data[i].0.iter().map(String::as_str).collect();
                let predicted = fold_tagger.tag(&forms);
                parser_tags[i] = predicted
                    .iter()
                    .zip(&parser_tags[i])
                    .map(|(&p, &g)| tag_index.get(&fold_tagger.tags[p]).copied().unwrap_or(g))
                    .collect();
                right += predicted
                    .iter()
                    .zip(&data[i].1)
                    .filter(|(&p, g)| fold_tagger.tags[p] == **g)
                    .count();
                total += predicted.len();
            }
            log(format!(
                "jackknife fold {}/{k}: held-out tag accuracy {:.2}",
                fold + 1,
                100.0 * right as f64 / total.max(1) as f64
            ));
        }
    }
    let labels: Vec<String> = train
        .iter()
        .flat_map(|s| s.words.iter().map(|w| w.deprel.clone()))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let label_index: HashMap<&str, u16> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), i as u16))
        .collect();
    let examples: Vec<ParseExample> = train
        .iter()
        .zip(&parser_tags)
        .map(|(s, tags)| ParseExample {
            words: s
                .words
                .iter()
                .zip(tags)
                .map(|(w, &t)| ParserWord::new(&WordAtoms::new(&w.form), t, &tagger))
                .collect(),
            heads: s.words.iter().map(|w| w.head).collect(),
            labels: s
                .words
                .iter()
                .map(|w| label_index[w.deprel.as_str()])
                .collect(),
        })
        .collect();
    log(format!(
        "parser: {} sentences, {} labels",
        examples.len(),
        labels.len()
    ));
    let mut snapshot = Model {
        tagger,
        lemmatiser,
        parser: Parser {
            labels: labels.clone(),
            ..Parser::empty()
        },
    };
    let parser = Parser::train(labels, &examples, &settings.parser, |epoch, uas, parser| {
        let mut line = format!("parser epoch {epoch}: train UAS {:.2}", 100.0 * uas);
        if let Some(dev) = dev {
            snapshot.parser = parser();
            line.push_str(&format!("; dev {}", evaluate(&snapshot, dev)));
        }
        log(line);
    });
    snapshot.parser = parser;
    Ok(snapshot)
}
