//! Learned name recogniser: which words of a sentence are the name of a
//! person, an organisation or a place, whether or not the knowledge base
//! knows the name ("Shankaracharya", "aimac", "Awami League").
//!
//! A greedy left-to-right averaged perceptron (the learner of the tagger,
//! [`parley_syntax::perceptron`]) labels each token `O`, `B-kind` or `I-kind`
//! from the word, its affixes and shape, its part of speech (the syntax
//! model's, so the same tags as at run time), word clusters learned from
//! unlabelled news, its neighbours and the labels already chosen. It is
//! trained on GUM's entity layer ([`gum_names`]), each sentence twice: as
//! written and lower-cased, so that caseless text (the Times of India feed,
//! headlines) still shows its names.
//!
//! What counts as a name: a GUM entity of type person, organization or place
//! whose syntactic head is a proper noun; the name is the run of proper nouns
//! around that head (with "of", "the", "and", "&" between them), so "the
//! University of Portsmouth, United Kingdom" gives the organisation
//! "University of Portsmouth" and the place "United Kingdom", and "the Obama
//! administration" gives only the person "Obama".
//!
//! # File format (`models/names-en.bin`, version 1)
//!
//! The header of [`parley_syntax::model::seal_as`] with magic `PARLEYNM`, then
//! the word clusters and the classifier, in the layout of
//! [`parley_syntax::model`]. `parley train-names` writes it; the same data and
//! settings give the same bytes.

use std::ops::Range;

use parley_syntax::clusters::Clusters;
use parley_syntax::conllu::Sentence;
use parley_syntax::model::{open_as, seal_as, ModelError, Writer};
use parley_syntax::perceptron::{best, hash_str, Classifier, Mix, Rng, Trainer};
use parley_syntax::tagger::WordAtoms;

/// First bytes of a name model file.
pub const MAGIC: &[u8; 8] = b"PARLEYNM";
/// Format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// What a name names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NameKind {
    /// A person ("Kim Yong Hyun").
    Person,
    /// An organisation ("Awami League", "General Motors").
    Organisation,
    /// A place ("Vientiane", "United Kingdom").
    Place,
    /// People or a body named by a common noun: "several suspects", "the
    /// truckers", "a Swiss court" (the span is the noun and its modifiers).
    Group,
}

impl NameKind {
    /// All kinds, in label order.
    pub const ALL: [NameKind; 4] = [
        NameKind::Person,
        NameKind::Organisation,
        NameKind::Place,
        NameKind::Group,
    ];

    /// Short name: `PER`, `ORG`, `PLC`, `GRP`.
    pub fn code(self) -> &'static str {
        match self {
            NameKind::Person => "PER",
            NameKind::Organisation => "ORG",
            NameKind::Place => "PLC",
            NameKind::Group => "GRP",
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The kind of a GUM entity type (`person`, `organization`, `place`)
    /// whose head is a proper noun.
    pub fn of_gum(entity_type: &str) -> Option<NameKind> {
        match entity_type {
            "person" => Some(NameKind::Person),
            "organization" => Some(NameKind::Organisation),
            "place" => Some(NameKind::Place),
            _ => None,
        }
    }
}

/// One recognised name: a token range of its sentence and its kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Name {
    /// Token range within the sentence.
    pub tokens: Range<usize>,
    /// What it names.
    pub kind: NameKind,
}

/// Number of labels: `O`, then `B` and `I` for each kind.
const N_LABELS: usize = 1 + 2 * NameKind::ALL.len();

fn begin(kind: NameKind) -> usize {
    1 + 2 * kind.index()
}

fn inside(kind: NameKind) -> usize {
    2 + 2 * kind.index()
}

/// True when `label` may follow `prev`: `I-k` only after `B-k` or `I-k`.
fn may_follow(prev: usize, label: usize) -> bool {
    // Label `l > 0` is of kind `(l - 1) / 2`.
    label == 0 || label % 2 == 1 || (prev != 0 && (prev - 1) / 2 == (label - 1) / 2)
}

/// Labels of a sentence of `n` tokens with `names` (which must not overlap).
fn labels_of(n: usize, names: &[Name]) -> Vec<usize> {
    let mut labels = vec![0; n];
    for name in names {
        for (k, i) in name.tokens.clone().enumerate() {
            labels[i] = if k == 0 {
                begin(name.kind)
            } else {
                inside(name.kind)
            };
        }
    }
    labels
}

/// Names read back from labels.
fn names_of(labels: &[usize]) -> Vec<Name> {
    let mut out: Vec<Name> = Vec::new();
    for (i, &l) in labels.iter().enumerate() {
        if l == 0 {
            continue;
        }
        let kind = NameKind::ALL[(l - 1) / 2];
        let continues = l % 2 == 0
            && out
                .last()
                .is_some_and(|n| n.tokens.end == i && n.kind == kind);
        if continues {
            out.last_mut().expect("checked").tokens.end = i + 1;
        } else {
            out.push(Name {
                tokens: i..i + 1,
                kind,
            });
        }
    }
    out
}

/// One training sentence: forms, the syntax model's XPOS tags, gold names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameSentence {
    /// Word forms.
    pub forms: Vec<String>,
    /// Penn Treebank tags as the syntax model predicts them.
    pub xpos: Vec<String>,
    /// Gold names, not overlapping, in order.
    pub names: Vec<Name>,
}

/// Reads the names of one GUM sentence from the `Entity=` annotations of its
/// MISC column. Total: malformed or unclosed annotations are skipped.
pub fn gum_names(sentence: &Sentence) -> Vec<Name> {
    // (entity id, type, first word) of the entities open so far.
    let mut open: Vec<(String, String, usize)> = Vec::new();
    // (kind, words) of the closed entities of the kinds we keep.
    let mut entities: Vec<(NameKind, Range<usize>)> = Vec::new();
    for (i, w) in sentence.words.iter().enumerate() {
        let Some(spec) = w.misc.split('|').find_map(|f| f.strip_prefix("Entity=")) else {
            continue;
        };
        let mut rest = spec;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('(') {
                let end = after.find(['(', ')']).unwrap_or(after.len());
                let body = &after[..end];
                let mut fields = body.split('-');
                let id = fields.next().unwrap_or("").to_string();
                let ty = fields.next().unwrap_or("").to_string();
                rest = &after[end..];
                if let Some(after_close) = rest.strip_prefix(')') {
                    // Opened and closed on this word.
                    if let Some(kind) = NameKind::of_gum(&ty) {
                        entities.push((kind, i..i + 1));
                    }
                    rest = after_close;
                } else {
                    open.push((id, ty, i));
                }
            } else {
                let end = rest.find(')').unwrap_or(rest.len());
                let id = &rest[..end];
                if let Some(k) = open.iter().rposition(|(o, _, _)| o == id) {
                    let (_, ty, start) = open.remove(k);
                    if let Some(kind) = NameKind::of_gum(&ty) {
                        entities.push((kind, start..i + 1));
                    }
                }
                rest = rest.get(end + 1..).unwrap_or("");
            }
        }
    }
    // Longest entities first: an outer name covers the names inside it.
    entities.sort_by_key(|(_, r)| (std::cmp::Reverse(r.len()), r.start));
    let mut taken = vec![false; sentence.words.len()];
    let mut names = Vec::new();
    for (kind, range) in entities {
        let Some((name, kind)) = name_core(sentence, range, kind) else {
            continue;
        };
        if name.clone().any(|i| taken[i]) {
            continue;
        }
        for i in name.clone() {
            taken[i] = true;
        }
        names.push(Name { tokens: name, kind });
    }
    names.sort_by_key(|n| n.tokens.start);
    names
}

/// The name in the entity of `kind` over `range`: the proper-noun run
/// around its head when the head is a proper noun; for people and
/// organisations headed by a common noun, that noun and the adjectives,
/// nouns and numbers before it ([`NameKind::Group`]).
fn name_core(
    sentence: &Sentence,
    range: Range<usize>,
    kind: NameKind,
) -> Option<(Range<usize>, NameKind)> {
    let words = &sentence.words;
    let head = range.clone().find(|&i| {
        let h = words[i].head;
        h == 0 || !range.contains(&(h - 1))
    })?;
    if words[head].upos == "NOUN" && kind != NameKind::Place {
        let mut start = head;
        while start > range.start
            && matches!(words[start - 1].upos.as_str(), "ADJ" | "NOUN" | "NUM")
        {
            start -= 1;
        }
        return Some((start..head + 1, NameKind::Group));
    }
    if words[head].upos != "PROPN" {
        return None;
    }
    // Proper nouns, and capitalised words of the name that the treebank
    // tags otherwise ("National Library", "Digital Humanities").
    let proper = |i: usize| {
        words[i].upos == "PROPN"
            || (matches!(words[i].upos.as_str(), "ADJ" | "NOUN" | "NUM")
                && words[i].form.chars().next().is_some_and(char::is_uppercase))
    };
    let joins = |i: usize| {
        matches!(
            words[i].form.to_lowercase().as_str(),
            "of" | "the" | "and" | "&" | "for" | "de" | "-"
        )
    };
    let mut start = head;
    while start > range.start {
        if proper(start - 1) {
            start -= 1;
        } else if start - 1 > range.start && joins(start - 1) && proper(start - 2) {
            start -= 2;
        } else {
            break;
        }
    }
    let mut end = head + 1;
    while end < range.end {
        if proper(end) {
            end += 1;
        } else if end + 1 < range.end && joins(end) && proper(end + 1) {
            end += 2;
        } else {
            break;
        }
    }
    Some((start..end, kind))
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct NameSettings {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed for shuffling.
    pub seed: u64,
    /// Rows with all averaged weights below this are dropped.
    pub prune: f32,
}

impl Default for NameSettings {
    fn default() -> Self {
        NameSettings {
            epochs: 10,
            seed: 5,
            prune: 0.5,
        }
    }
}

/// A trained name recogniser.
#[derive(Debug, Clone, PartialEq)]
pub struct NameRecogniser {
    /// Word clusters (the syntax model's, copied so the file stands alone).
    pub clusters: Clusters,
    /// The perceptron over the labels `O`, `B-PER`, `I-PER`, `B-ORG`, …
    pub classifier: Classifier,
}

/// The model shipped with parley (`models/names-en.bin`).
pub static EMBEDDED: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../models/names-en.bin"
));

/// Tags of words that are never part of a name or group: pronouns,
/// punctuation, adverbs, modals, finite present-tense verbs, wh-words. Such
/// a word is `O` without being scored (about half of all words), in
/// training as at run time.
const NEVER_IN_NAMES: &[&str] = &[
    "PRP", "PRP$", ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "TO", "MD", "UH", "WDT", "WRB",
    "WP", "WP$", "EX", "POS", "RB", "RBR", "RBS", "RP", "PDT", "LS", "VBZ", "VBP",
];

/// Tags of words that may link the words of a name ("University of
/// Portsmouth", "Bosnia and Herzegovina") but never begin one.
const ONLY_INSIDE_NAMES: &[&str] = &["IN", "DT", "CC"];

/// Per-sentence facts shared by the features of its words.
struct Context {
    atoms: Vec<WordAtoms>,
    xpos: Vec<u64>,
    clusters: Vec<u64>,
    /// 1 when no word of the sentence has a capital letter.
    caseless: u64,
    /// Per word: 0 when it may be labelled, 1 when it is never in a name,
    /// 2 when it is only inside one.
    closed: Vec<u8>,
}

const PAD: u64 = 0xFEED_0000;

impl Context {
    fn new(forms: &[&str], xpos: &[&str], clusters: &Clusters) -> Context {
        let atoms: Vec<WordAtoms> = forms.iter().map(|f| WordAtoms::new(f)).collect();
        let caseless = u64::from(!forms.iter().any(|f| f.chars().any(char::is_uppercase)));
        Context {
            clusters: atoms.iter().map(|a| clusters.feature(a.word)).collect(),
            xpos: xpos.iter().map(|x| hash_str(x)).collect(),
            closed: xpos
                .iter()
                .map(|x| {
                    if NEVER_IN_NAMES.contains(x) {
                        1
                    } else if ONLY_INSIDE_NAMES.contains(x) {
                        2
                    } else {
                        0
                    }
                })
                .collect(),
            atoms,
            caseless,
        }
    }

    /// True when word `i` is `O` whatever the model says, given the label
    /// before it.
    fn settled(&self, i: usize, last: usize) -> bool {
        match self.closed[i] {
            1 => true,
            2 => last == 0,
            _ => false,
        }
    }

    fn features(&self, i: usize, prev: [u64; 2], out: &mut Vec<u64>) {
        out.clear();
        let get = |d: isize, f: &dyn Fn(usize) -> u64| -> u64 {
            let j = i as isize + d;
            if j < 0 || j as usize >= self.atoms.len() {
                PAD + (d + 3) as u64
            } else {
                f(j as usize)
            }
        };
        let word = |d| get(d, &|j| self.atoms[j].word);
        let shape = |d| get(d, &|j| self.atoms[j].shape);
        let xpos = |d| get(d, &|j| self.xpos[j]);
        let clus = |d| get(d, &|j| self.clusters[j]);
        let w = &self.atoms[i];
        let [t1, t2] = prev;
        let first = u64::from(i == 0);
        let c = self.caseless;
        let f = |t: u64| Mix::new(t);
        out.extend([
            f(1).finish(),
            f(5).with(w.suffix[2]).finish(),
            f(6).with(w.suffix[3]).finish(),
            f(7).with(w.prefix[0]).finish(),
            f(9).with(w.shape).with(first).finish(),
            f(10).with(xpos(0)).finish(),
            f(11).with(xpos(-1)).with(xpos(0)).finish(),
            f(13).with(word(-1)).finish(),
            f(14).with(word(1)).finish(),
            f(19).with(clus(0)).finish(),
            f(20).with(clus(-1)).finish(),
            f(21).with(clus(1)).finish(),
            f(23).with(t1).with(t2).finish(),
            f(24).with(t1).with(w.word).finish(),
            f(26).with(t1).with(w.shape).finish(),
            f(28).with(word(-1)).with(w.word).finish(),
            f(30).with(c).with(clus(0)).finish(),
            f(32).with(shape(-1)).with(w.shape).with(shape(1)).finish(),
            f(37).with(t1).with(word(1)).finish(),
            f(38).with(clus(0)).with(clus(1)).finish(),
        ]);
    }
}

const START: [u64; 2] = [0xA0, 0xA1];

impl NameRecogniser {
    /// Trains a recogniser. `report` is called after each epoch with the
    /// epoch number and the token accuracy of that pass.
    pub fn train(
        data: &[NameSentence],
        settings: &NameSettings,
        clusters: &Clusters,
        mut report: impl FnMut(usize, f64),
    ) -> NameRecogniser {
        let gold: Vec<Vec<usize>> = data
            .iter()
            .map(|s| labels_of(s.forms.len(), &s.names))
            .collect();
        let contexts: Vec<Context> = data
            .iter()
            .map(|s| {
                let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
                let xpos: Vec<&str> = s.xpos.iter().map(String::as_str).collect();
                Context::new(&forms, &xpos, clusters)
            })
            .collect();
        let mut trainer = Trainer::new(N_LABELS);
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut rng = Rng::new(settings.seed);
        let mut feats = Vec::new();
        let mut scores = [0f32; N_LABELS];
        for epoch in 1..=settings.epochs {
            rng.shuffle(&mut order);
            let (mut right, mut total) = (0usize, 0usize);
            for &s in &order {
                let mut prev = START;
                let mut last = 0usize;
                for (i, &truth) in gold[s].iter().enumerate() {
                    let guess = if contexts[s].settled(i, last) {
                        0
                    } else {
                        contexts[s].features(i, prev, &mut feats);
                        trainer.score(&feats, &mut scores);
                        let guess = best(&scores, |l| may_follow(last, l)).expect("O is allowed");
                        trainer.update(&feats, truth, guess);
                        trainer.tick();
                        guess
                    };
                    right += usize::from(guess == truth);
                    total += 1;
                    last = guess;
                    prev = [guess as u64, prev[0]];
                }
            }
            report(epoch, right as f64 / total.max(1) as f64);
        }
        NameRecogniser {
            clusters: clusters.clone(),
            classifier: trainer.finish(settings.prune, settings.prune),
        }
    }

    /// The names of one sentence, given its forms and XPOS tags (`XX` where
    /// none is known). Total: any input gives a result.
    pub fn recognise(&self, forms: &[&str], xpos: &[&str]) -> Vec<Name> {
        let n = forms.len().min(xpos.len());
        let ctx = Context::new(&forms[..n], &xpos[..n], &self.clusters);
        let mut feats = Vec::with_capacity(40);
        let mut scores = [0i32; N_LABELS];
        let mut labels = Vec::with_capacity(n);
        let mut prev = START;
        let mut last = 0usize;
        for i in 0..n {
            let l = if ctx.settled(i, last) {
                0
            } else {
                ctx.features(i, prev, &mut feats);
                self.classifier.score(&feats, &mut scores);
                best(&scores, |l| may_follow(last, l)).unwrap_or(0)
            };
            labels.push(l);
            last = l;
            prev = [l as u64, prev[0]];
        }
        names_of(&labels)
    }

    /// Serialises the recogniser (deterministic bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::new();
        w.clusters(&self.clusters);
        w.classifier(&self.classifier);
        seal_as(MAGIC, FORMAT_VERSION, &w.into_bytes())
    }

    /// Reads a recogniser written by [`NameRecogniser::to_bytes`].
    ///
    /// # Errors
    /// When the file is not a name model of this format version, or is damaged.
    pub fn from_bytes(bytes: &[u8]) -> Result<NameRecogniser, ModelError> {
        let mut r = open_as(bytes, MAGIC, FORMAT_VERSION)?;
        let clusters = r.clusters()?;
        let classifier = r.classifier("name weights")?;
        if classifier.n_classes() != N_LABELS {
            return Err(ModelError::Malformed {
                offset: r.at(),
                what: "name labels",
            });
        }
        r.finish()?;
        Ok(NameRecogniser {
            clusters,
            classifier,
        })
    }

    /// The recogniser shipped in the binary, decoded on first use.
    ///
    /// # Panics
    /// If the embedded file is not a valid name model of this format version
    /// (a build error caught by the tests).
    pub fn embedded() -> &'static NameRecogniser {
        static MODEL: std::sync::OnceLock<NameRecogniser> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| {
            NameRecogniser::from_bytes(EMBEDDED).expect("the embedded name model is valid")
        })
    }
}

/// Exact-match counts of recognised names against gold, per kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NameScore {
    /// Names found with the gold span and kind.
    pub right: usize,
    /// Names found.
    pub found: usize,
    /// Gold names.
    pub gold: usize,
}

impl NameScore {
    /// Precision, recall and F1 (0 where undefined).
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = self.right as f64 / self.found.max(1) as f64;
        let r = self.right as f64 / self.gold.max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

/// Scores `recogniser` on `data`: one [`NameScore`] per kind (in
/// [`NameKind::ALL`] order), one for all kinds together, and one for the
/// spans alone, whatever their kind.
pub fn evaluate(
    recogniser: &NameRecogniser,
    data: &[NameSentence],
) -> ([NameScore; 4], NameScore, NameScore) {
    let mut by_kind = [NameScore::default(); 4];
    let mut all = NameScore::default();
    let mut spans = NameScore::default();
    for s in data {
        let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
        let xpos: Vec<&str> = s.xpos.iter().map(String::as_str).collect();
        let found = recogniser.recognise(&forms, &xpos);
        for n in &found {
            by_kind[n.kind.index()].found += 1;
            all.found += 1;
            if s.names.contains(n) {
                by_kind[n.kind.index()].right += 1;
                all.right += 1;
            }
            if s.names.iter().any(|g| g.tokens == n.tokens) {
                spans.right += 1;
            }
        }
        for n in &s.names {
            by_kind[n.kind.index()].gold += 1;
            all.gold += 1;
        }
    }
    spans.found = all.found;
    spans.gold = all.gold;
    (by_kind, all, spans)
}

#[cfg(test)]
mod tests {
    use super::*;
    use parley_syntax::conllu::parse;

    #[test]
    fn labels_and_names_round_trip() {
        let names = vec![
            Name {
                tokens: 0..2,
                kind: NameKind::Person,
            },
            Name {
                tokens: 2..3,
                kind: NameKind::Place,
            },
            Name {
                tokens: 5..8,
                kind: NameKind::Organisation,
            },
        ];
        let labels = labels_of(9, &names);
        assert_eq!(labels, vec![1, 2, 5, 0, 0, 3, 4, 4, 0]);
        let group = [Name {
            tokens: 1..3,
            kind: NameKind::Group,
        }];
        assert_eq!(labels_of(3, &group), vec![0, 7, 8]);
        assert_eq!(names_of(&[0, 7, 8]), group);
        assert_eq!(names_of(&labels), names);
    }

    #[test]
    fn inside_follows_only_its_own_kind() {
        let cases = [
            (0, 2, false), // O, I-PER
            (1, 2, true),  // B-PER, I-PER
            (2, 2, true),  // I-PER, I-PER
            (3, 2, false), // B-ORG, I-PER
            (4, 4, true),  // I-ORG, I-ORG
            (5, 1, true),  // B-PLC, B-PER
            (6, 0, true),
            (7, 8, true),  // B-GRP, I-GRP
            (6, 8, false), // I-PLC, I-GRP
        ];
        for (prev, label, ok) in cases {
            assert_eq!(may_follow(prev, label), ok, "{prev} -> {label}");
        }
    }

    /// A GUM-style sentence written for this test: nested entities, a
    /// title, a common-noun organisation around a person's name.
    const GUM: &str = "\
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-organization-new-x-x-1-sgl
2\tadministration\tadministration\tNOUN\tNN\t_\t9\tnsubj\t_\tEntity=1)
3\tof\tof\tADP\tIN\t_\t6\tcase\t_\t_
4\tPresident\tPresident\tPROPN\tNNP\t_\t6\tcompound\t_\tEntity=(2-person-new-x-x-1-coref
5\tAnna\tAnna\tPROPN\tNNP\t_\t6\tflat\t_\t_
6\tKovac\tKovac\tPROPN\tNNP\t_\t2\tnmod\t_\tEntity=2)
7\tat\tat\tADP\tIN\t_\t8\tcase\t_\t_
8\tUniversity\tUniversity\tPROPN\tNNP\t_\t2\tnmod\t_\tEntity=(3-organization-new-x-x-1-sgl
9\tof\tof\tADP\tIN\t_\t10\tcase\t_\t_
10\tTrenton\tTrenton\tPROPN\tNNP\t_\t8\tnmod\t_\tEntity=(4-place-new-x-x-1-sgl-Trenton)3)
11\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\t_
12\tin\tin\tADP\tIN\t_\t13\tcase\t_\t_
13\tOslo\tOslo\tPROPN\tNNP\t_\t11\tobl\t_\tEntity=(5-place-new-x-x-1-sgl-Oslo)
";

    #[test]
    fn gum_names_keep_proper_noun_heads_outer_names_and_groups() {
        let (sentences, errors) = parse(GUM);
        assert!(errors.is_empty(), "{errors:?}");
        let names = gum_names(&sentences[0]);
        let shown: Vec<(String, &str)> = names
            .iter()
            .map(|n| {
                let words: Vec<&str> = sentences[0].words[n.tokens.clone()]
                    .iter()
                    .map(|w| w.form.as_str())
                    .collect();
                (words.join(" "), n.kind.code())
            })
            .collect();
        assert_eq!(
            shown,
            vec![
                ("administration".to_string(), "GRP"),
                ("President Anna Kovac".to_string(), "PER"),
                ("University of Trenton".to_string(), "ORG"),
                ("Oslo".to_string(), "PLC"),
            ]
        );
    }

    #[test]
    fn malformed_entity_annotations_are_skipped() {
        for misc in [
            "Entity=(",
            "Entity=)",
            "Entity=((",
            "Entity=7)",
            "Entity=(x-person",
        ] {
            let text = format!("1\tA\ta\tPROPN\tNNP\t_\t0\troot\t_\t{misc}\n");
            let (sentences, _) = parse(&text);
            assert!(gum_names(&sentences[0]).is_empty(), "{misc}");
        }
    }

    #[test]
    fn the_embedded_model_loads_and_round_trips() {
        let model = NameRecogniser::embedded();
        assert_eq!(model.to_bytes(), EMBEDDED);
        let mut damaged = EMBEDDED.to_vec();
        let last = damaged.len() - 1;
        damaged[last] ^= 1;
        assert_eq!(
            NameRecogniser::from_bytes(&damaged).unwrap_err(),
            ModelError::Checksum
        );
        assert_eq!(
            NameRecogniser::from_bytes(parley_syntax::model::EMBEDDED).unwrap_err(),
            ModelError::BadMagic
        );
    }
}
