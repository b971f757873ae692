//! Part-of-speech tagger: greedy left-to-right averaged perceptron over joint
//! UPOS+XPOS tags, with a tag dictionary for frequent unambiguous words.

use std::collections::{BTreeMap, HashMap};

use crate::clusters::Clusters;
use crate::perceptron::{best, hash_str, Classifier, Mix, Rng, Trainer};

/// A joint tag: UPOS and XPOS.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tag {
    /// Universal part of speech.
    pub upos: String,
    /// Language-specific (Penn Treebank) tag.
    pub xpos: String,
}

/// Hashed facts about one word form, computed once per token and shared by
/// the tagger's and the parser's features.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordAtoms {
    /// The form as written, garbled punctuation repaired ("Indiaâ€™s" is
    /// "India’s").
    pub form: u64,
    /// Lower-cased, digits folded to `0`.
    pub word: u64,
    /// Last 1..=4 characters of `word`.
    pub suffix: [u64; 4],
    /// First 1..=3 characters of `word`.
    pub prefix: [u64; 3],
    /// Character-class shape with runs collapsed (`Xx`, `X.X.`, `d,d`).
    pub shape: u64,
    /// Starts with an upper-case letter.
    pub capitalised: bool,
}

impl WordAtoms {
    /// Atoms of `form`. One allocation (the folded word; a second for a form
    /// with garbled punctuation to repair); affixes are hashed
    /// from slices of it and the shape as it is built.
    pub fn new(form: &str) -> WordAtoms {
        // Garbled punctuation is read as what it stands for ("Indiaâ€™s").
        let form: &str = &parley_text::repair_mojibake(form);
        let word: String = form
            .chars()
            .flat_map(char::to_lowercase)
            .map(|c| match c {
                '0'..='9' => '0',
                '\u{2019}' | '\u{2018}' => '\'',
                c => c,
            })
            .collect();
        // Byte offset of each character of `word`, and the end.
        let mut bounds: [usize; 5] = [0; 5];
        let n_chars = word.chars().count();
        let mut suffix = [0u64; 4];
        for (k, s) in suffix.iter_mut().enumerate() {
            let take = (k + 1).min(n_chars);
            let start = word
                .char_indices()
                .nth(n_chars - take)
                .map_or(word.len(), |(b, _)| b);
            *s = hash_str(&word[start..]) ^ (k as u64 + 1);
        }
        for (k, b) in bounds.iter_mut().enumerate().skip(1) {
            *b = word.char_indices().nth(k).map_or(word.len(), |(b, _)| b);
        }
        let mut prefix = [0u64; 3];
        for (k, p) in prefix.iter_mut().enumerate() {
            *p = hash_str(&word[..bounds[k + 1]]) ^ ((k as u64 + 1) << 8);
        }
        let mut shape = Fnv::new();
        let mut last = None;
        for c in form.chars() {
            let class = if c.is_uppercase() {
                'X'
            } else if c.is_lowercase() {
                'x'
            } else if c.is_ascii_digit() {
                'd'
            } else {
                c
            };
            if last != Some(class) {
                shape.push(class);
                last = Some(class);
            }
        }
        WordAtoms {
            capitalised: form.chars().next().is_some_and(char::is_uppercase),
            form: hash_str(form),
            word: hash_str(&word),
            suffix,
            prefix,
            shape: shape.finish(),
        }
    }

    /// Atoms of the padding before a sentence's first word (`k` = 1 or 2) or after its last.
    fn pad(k: u64) -> WordAtoms {
        let h = 0xDEAD_0000 + k;
        WordAtoms {
            capitalised: false,
            form: h,
            word: h,
            suffix: [h; 4],
            prefix: [h; 3],
            shape: h,
        }
    }
}

const PAD_TAG: u64 = 0xFFFF_FFFF;

/// [`hash_str`] of a string fed one character at a time.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xCBF2_9CE4_8422_2325)
    }
    fn push(&mut self, c: char) {
        let mut buf = [0u8; 4];
        for b in c.encode_utf8(&mut buf).bytes() {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x100_0000_01B3);
        }
    }
    fn finish(&self) -> u64 {
        crate::perceptron::fmix(self.0)
    }
}

/// 1 when most words of the sentence start with a capital (a headline), else 0.
fn title_case(atoms: &[WordAtoms]) -> u64 {
    let capitalised = atoms.iter().filter(|a| a.capitalised).count();
    u64::from(atoms.len() >= 3 && capitalised * 2 > atoms.len())
}

/// Number of [`word_features`].
const N_WORD_FEATURES: usize = 41;
/// Number of [`tag_features`].
const N_TAG_FEATURES: usize = 10;

/// Positions of the [`tag_features`] in the [`features`] list; the
/// [`word_features`] fill the others, in order. A test checks the split.
const TAG_POSITIONS: [usize; N_TAG_FEATURES] = [16, 17, 18, 25, 28, 30, 37, 39, 43, 50];

/// The atoms the features of word `i` look at: the word, the two before and the two after.
struct Window {
    w: WordAtoms,
    p1: WordAtoms,
    p2: WordAtoms,
    n1: WordAtoms,
    n2: WordAtoms,
}

impl Window {
    fn new(atoms: &[WordAtoms], i: usize) -> Window {
        let at = |d: isize| -> WordAtoms {
            let j = i as isize + d;
            if j < 0 {
                WordAtoms::pad(-j as u64)
            } else if j as usize >= atoms.len() {
                WordAtoms::pad(3 + (j as usize - atoms.len()).min(1) as u64)
            } else {
                atoms[j as usize]
            }
        };
        Window {
            w: at(0),
            p1: at(-1),
            p2: at(-2),
            n1: at(1),
            n2: at(2),
        }
    }
}

/// Sentence-level inputs of the tagger's features: atoms, ambiguity
/// classes, cluster features and the headline flag.
struct Context<'a> {
    atoms: &'a [WordAtoms],
    amb: &'a [u64],
    clus: &'a [u64],
    title: u64,
}

impl Context<'_> {
    fn amb_at(&self, i: usize, d: usize) -> u64 {
        self.amb.get(i + d).copied().unwrap_or(PAD_TAG)
    }

    fn clus_at(&self, i: usize, d: isize) -> u64 {
        (i as isize + d)
            .try_into()
            .ok()
            .and_then(|j: usize| self.clus.get(j).copied())
            .unwrap_or(PAD_TAG)
    }
}

/// The features of word `i` that do not depend on the tags already chosen,
/// so that a sentence's can be scored all at once.
fn word_features(cx: &Context, i: usize) -> [u64; N_WORD_FEATURES] {
    let Window { w, p1, p2, n1, n2 } = Window::new(cx.atoms, i);
    let amb_at = |d: usize| cx.amb_at(i, d);
    let clus_at = |d: isize| cx.clus_at(i, d);
    let title = cx.title;
    let first = u64::from(i == 0);
    let f = |t: u64| Mix::new(t);
    [
        f(1).finish(),
        f(2).with(w.word).finish(),
        f(3).with(w.form).finish(),
        f(4).with(w.suffix[0]).finish(),
        f(5).with(w.suffix[1]).finish(),
        f(6).with(w.suffix[2]).finish(),
        f(7).with(w.suffix[3]).finish(),
        f(8).with(w.prefix[0]).finish(),
        f(9).with(w.prefix[1]).finish(),
        f(10).with(w.prefix[2]).finish(),
        f(11).with(w.shape).finish(),
        f(12).with(w.shape).with(first).finish(),
        f(13).with(p1.word).finish(),
        f(14).with(p2.word).finish(),
        f(15).with(n1.word).finish(),
        f(16).with(n2.word).finish(),
        f(20).with(p1.suffix[2]).finish(),
        f(21).with(n1.suffix[2]).finish(),
        f(22).with(n1.shape).finish(),
        f(23).with(p1.shape).finish(),
        f(24).with(w.word).with(n1.word).finish(),
        f(25).with(p1.word).with(w.word).finish(),
        f(27).with(n1.suffix[1]).finish(),
        f(28).with(n1.word).with(n2.word).finish(),
        f(30).with(w.shape).with(w.suffix[2]).finish(),
        f(32).with(w.word).with(n1.suffix[2]).finish(),
        f(33).with(p1.form).with(first).with(w.shape).finish(),
        f(34).with(amb_at(0)).finish(),
        f(35).with(amb_at(1)).finish(),
        f(36).with(amb_at(2)).finish(),
        f(37).with(amb_at(0)).with(amb_at(1)).finish(),
        f(39).with(w.word).with(amb_at(1)).finish(),
        f(41).with(p1.form).finish(),
        f(42).with(n1.form).finish(),
        f(43).with(p1.shape).with(w.shape).with(n1.shape).finish(),
        f(45).with(w.shape).with(title).finish(),
        f(46).with(w.word).with(title).finish(),
        // Word clusters from unlabelled text.
        f(47).with(clus_at(0)).finish(),
        f(48).with(clus_at(1)).finish(),
        f(49).with(clus_at(-1)).finish(),
        f(50).with(clus_at(0)).with(clus_at(1)).finish(),
    ]
}

/// The features of word `i` that depend on the tags of the two words before
/// it (`prev`: the previous word's, then the one before).
fn tag_features(cx: &Context, i: usize, prev: [u64; 2]) -> [u64; N_TAG_FEATURES] {
    let Window { w, n1, .. } = Window::new(cx.atoms, i);
    let amb_at = |d: usize| cx.amb_at(i, d);
    let clus_at = |d: isize| cx.clus_at(i, d);
    let [t1, t2] = prev;
    let f = |t: u64| Mix::new(t);
    [
        f(17).with(t1).finish(),
        f(18).with(t1).with(t2).finish(),
        f(19).with(t1).with(w.word).finish(),
        f(26).with(t1).with(w.suffix[2]).finish(),
        f(29).with(t2).finish(),
        f(31).with(t1).with(n1.word).finish(),
        f(38).with(t1).with(amb_at(1)).finish(),
        f(40).with(t1).with(amb_at(0)).with(amb_at(1)).finish(),
        f(44).with(w.form).with(t1).finish(),
        f(51).with(t1).with(clus_at(0)).finish(),
    ]
}

/// Features of word `i` given the atoms of the sentence and the tags already
/// chosen: [`word_features`] and [`tag_features`] merged in template order
/// (the order training saw them in, which fixes the model's row order).
fn features(
    atoms: &[WordAtoms],
    amb: &[u64],
    clus: &[u64],
    title: u64,
    i: usize,
    prev: [u64; 2],
    out: &mut Vec<u64>,
) {
    let cx = Context {
        atoms,
        amb,
        clus,
        title,
    };
    out.clear();
    let mut fixed = word_features(&cx, i).into_iter();
    let mut by_tag = tag_features(&cx, i, prev).into_iter();
    let mut next = TAG_POSITIONS.iter().peekable();
    for p in 0..N_WORD_FEATURES + N_TAG_FEATURES {
        let f = if next.next_if(|&&q| q == p).is_some() {
            by_tag.next()
        } else {
            fixed.next()
        };
        out.push(f.expect("as many features as positions"));
    }
}

/// A trained tagger.
#[derive(Debug, Clone, PartialEq)]
pub struct Tagger {
    /// The tag set; class `k` of the classifier is `tags[k]`.
    pub tags: Vec<Tag>,
    /// The perceptron.
    pub classifier: Classifier,
    /// Frequent unambiguous word forms and their tag.
    pub dictionary: HashMap<String, u16>,
    /// Ambiguity classes: for words (by [`WordAtoms::word`]) seen at least
    /// [`AMBIGUITY_MIN_COUNT`] times in training, a hash of the set of tags they took.
    pub ambiguity: crate::perceptron::HashKeyed<u64>,
    /// Word clusters learned from unlabelled text (empty: none).
    pub clusters: Clusters,
}

/// Training occurrences a word needs before its ambiguity class is kept.
pub const AMBIGUITY_MIN_COUNT: usize = 5;

const UNKNOWN_AMBIGUITY: u64 = 0xA4B1_0000;

/// Training settings for the tagger.
#[derive(Debug, Clone)]
pub struct TaggerSettings {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed for shuffling.
    pub seed: u64,
    /// Rows with all averaged weights below this are dropped.
    pub prune: f32,
    /// Single weights below this are dropped from the rows kept.
    pub prune_pairs: f32,
}

impl Default for TaggerSettings {
    fn default() -> Self {
        TaggerSettings {
            epochs: 8,
            seed: 7,
            prune: 1.0,
            prune_pairs: 0.6,
        }
    }
}

/// One training sentence for the tagger: forms and gold tags.
pub type TaggedSentence = (Vec<String>, Vec<Tag>);

impl Tagger {
    /// Trains a tagger. `report` is called after each epoch with the epoch number
    /// and the training accuracy of that pass.
    pub fn train(
        data: &[TaggedSentence],
        settings: &TaggerSettings,
        clusters: &Clusters,
        mut report: impl FnMut(usize, f64),
    ) -> Tagger {
        let tagset: Vec<Tag> = data
            .iter()
            .flat_map(|(_, t)| t.iter().cloned())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let tag_index: HashMap<&Tag, usize> =
            tagset.iter().enumerate().map(|(i, t)| (t, i)).collect();
        // Tag dictionary: forms seen at least 20 times with one tag 97% of the time or more.
        let mut counts: BTreeMap<&str, BTreeMap<usize, usize>> = BTreeMap::new();
        for (forms, tags) in data {
            for (f, t) in forms.iter().zip(tags) {
                *counts
                    .entry(f)
                    .or_default()
                    .entry(tag_index[t])
                    .or_default() += 1;
            }
        }
        let mut dictionary = HashMap::new();
        for (form, by_tag) in &counts {
            let total: usize = by_tag.values().sum();
            let (&tag, &n) = by_tag
                .iter()
                .max_by_key(|(t, n)| (**n, std::cmp::Reverse(**t)))
                .expect("non-empty");
            if total >= 20 && n as f64 / total as f64 >= 0.97 {
                dictionary.insert((*form).to_string(), tag as u16);
            }
        }
        let mut seen: BTreeMap<u64, (usize, std::collections::BTreeSet<usize>)> = BTreeMap::new();
        for (forms, tags) in data {
            for (f, t) in forms.iter().zip(tags) {
                let e = seen.entry(WordAtoms::new(f).word).or_default();
                e.0 += 1;
                e.1.insert(tag_index[t]);
            }
        }
        let ambiguity: crate::perceptron::HashKeyed<u64> = seen
            .into_iter()
            .filter(|(_, (n, _))| *n >= AMBIGUITY_MIN_COUNT)
            .map(|(w, (_, set))| {
                (
                    w,
                    set.into_iter()
                        .fold(Mix::new(77), |m, t| m.with(t as u64))
                        .finish(),
                )
            })
            .collect();
        let atoms: Vec<Vec<WordAtoms>> = data
            .iter()
            .map(|(forms, _)| forms.iter().map(|f| WordAtoms::new(f)).collect())
            .collect();
        let gold: Vec<Vec<usize>> = data
            .iter()
            .map(|(_, tags)| tags.iter().map(|t| tag_index[t]).collect())
            .collect();
        let mut trainer = Trainer::new(tagset.len());
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut rng = Rng::new(settings.seed);
        let mut feats = Vec::new();
        let mut scores = vec![0f32; tagset.len()];
        for epoch in 1..=settings.epochs {
            rng.shuffle(&mut order);
            let (mut right, mut total) = (0usize, 0usize);
            for &s in &order {
                let (forms, _) = &data[s];
                let amb = ambiguity_classes(&ambiguity, &atoms[s]);
                let clus = cluster_features(clusters, &atoms[s]);
                let title = title_case(&atoms[s]);
                let mut prev = [PAD_TAG, PAD_TAG + 1];
                for i in 0..forms.len() {
                    let truth = gold[s][i];
                    let guess = match dictionary.get(forms[i].as_str()) {
                        Some(&t) => t as usize,
                        None => {
                            features(&atoms[s], &amb, &clus, title, i, prev, &mut feats);
                            trainer.score(&feats, &mut scores);
                            let g = best(&scores, |_| true).expect("classes");
                            trainer.update(&feats, truth, g);
                            trainer.tick();
                            g
                        }
                    };
                    right += usize::from(guess == truth);
                    total += 1;
                    prev = [guess as u64, prev[0]];
                }
            }
            report(epoch, right as f64 / total.max(1) as f64);
        }
        Tagger {
            tags: tagset,
            classifier: trainer.finish(settings.prune, settings.prune_pairs),
            dictionary,
            ambiguity,
            clusters: clusters.clone(),
        }
    }

    /// Tags a sentence: one index into [`Tagger::tags`] per form.
    pub fn tag(&self, forms: &[&str]) -> Vec<usize> {
        let atoms: Vec<WordAtoms> = forms.iter().map(|f| WordAtoms::new(f)).collect();
        self.tag_atoms(forms, &atoms)
    }

    /// Tags a sentence whose atoms are already computed.
    ///
    /// The [`word_features`] of all the words the dictionary does not tag
    /// are scored first, in one batch (their memory reads overlap); then,
    /// word by word, the [`tag_features`] are added and the best tag taken.
    pub fn tag_atoms(&self, forms: &[&str], atoms: &[WordAtoms]) -> Vec<usize> {
        let n_tags = self.tags.len();
        let amb = ambiguity_classes(&self.ambiguity, atoms);
        let clus = cluster_features(&self.clusters, atoms);
        let cx = Context {
            atoms,
            amb: &amb,
            clus: &clus,
            title: title_case(atoms),
        };
        let known: Vec<Option<usize>> = forms
            .iter()
            .map(|f| self.dictionary.get(*f).map(|&t| t as usize))
            .collect();
        let mut fixed = Vec::with_capacity(forms.len() * N_WORD_FEATURES);
        for (i, _) in known.iter().enumerate().filter(|(_, k)| k.is_none()) {
            fixed.extend(word_features(&cx, i));
        }
        let mut fixed_scores = vec![0i32; fixed.len() / N_WORD_FEATURES * n_tags];
        self.classifier
            .add_scores_grouped(&fixed, N_WORD_FEATURES, &mut fixed_scores);
        let mut fixed_scores = fixed_scores.chunks(n_tags.max(1));
        let mut scores = vec![0i32; n_tags];
        let mut out = Vec::with_capacity(forms.len());
        let mut prev = [PAD_TAG, PAD_TAG + 1];
        for (i, k) in known.iter().enumerate() {
            let t = match k {
                Some(t) => *t,
                None => {
                    scores.copy_from_slice(fixed_scores.next().unwrap_or(&[]));
                    self.classifier
                        .add_scores(&tag_features(&cx, i, prev), &mut scores);
                    best(&scores, |_| true).unwrap_or(0)
                }
            };
            out.push(t);
            prev = [t as u64, prev[0]];
        }
        out
    }
}

fn cluster_features(clusters: &Clusters, atoms: &[WordAtoms]) -> Vec<u64> {
    atoms.iter().map(|a| clusters.feature(a.word)).collect()
}

fn ambiguity_classes(table: &crate::perceptron::HashKeyed<u64>, atoms: &[WordAtoms]) -> Vec<u64> {
    atoms
        .iter()
        .map(|a| table.get(&a.word).copied().unwrap_or(UNKNOWN_AMBIGUITY))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `TAG_POSITIONS` name exactly the features that change with the tags
    /// already chosen, so scoring the others once per sentence is exact.
    #[test]
    fn tag_features_sit_where_the_tagger_expects_them() {
        let forms = ["The", "talks", "in", "Oslo", "ended", "."];
        let atoms: Vec<WordAtoms> = forms.iter().map(|f| WordAtoms::new(f)).collect();
        let amb: Vec<u64> = (0..forms.len() as u64).map(|k| 500 + k % 3).collect();
        let clus: Vec<u64> = (0..forms.len() as u64).map(|k| 900 + k % 2).collect();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for i in 0..forms.len() {
            features(&atoms, &amb, &clus, 0, i, [3, 4], &mut a);
            features(&atoms, &amb, &clus, 0, i, [5, 6], &mut b);
            assert_eq!(a.len(), N_WORD_FEATURES + N_TAG_FEATURES);
            let changed: Vec<usize> = (0..a.len()).filter(|&p| a[p] != b[p]).collect();
            assert_eq!(changed, TAG_POSITIONS);
        }
    }
}
