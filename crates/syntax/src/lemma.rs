//! Lemmatiser learned from a treebank's LEMMA column.
//!
//! A lemma is produced by an edit [`Rule`]: optionally lower-case the form, cut
//! some characters from its end, append a string. Training records, for each
//! (lower-cased form, XPOS) pair, its most frequent rule (the lexicon), and for
//! each XPOS and word ending of up to six characters, the most frequent rule of
//! the words with that ending (the suffix table). Lookup order is given on
//! [`Lemmatiser::lemma`]: irregular verbs, lexicon, tag family, endings (a
//! known lemma preferred), regular-inflection candidates, then the form itself.
//! The morphological features (FEATS) are learned the same way:
//! by (form, XPOS), falling back to the most frequent value for the tag pair.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

/// An edit from a form to its lemma.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Rule {
    /// Lower-case the form first.
    pub lower: bool,
    /// Characters cut from the end.
    pub cut: u8,
    /// String appended after cutting.
    pub append: String,
}

impl Rule {
    /// The rule that turns `form` into `lemma` with the fewest edits.
    pub fn between(form: &str, lemma: &str) -> Rule {
        let lower = form.to_lowercase();
        let edit = |base: &str| -> (usize, u8, String) {
            let common = base
                .chars()
                .zip(lemma.chars())
                .take_while(|(a, b)| a == b)
                .count();
            let cut = base.chars().count() - common;
            let append: String = lemma.chars().skip(common).collect();
            (cut + append.chars().count(), cut.min(255) as u8, append)
        };
        let (cost_keep, cut_keep, app_keep) = edit(form);
        let (cost_low, cut_low, app_low) = edit(&lower);
        let lemma_is_lower = !lemma.chars().any(char::is_uppercase);
        if cost_low < cost_keep || (cost_low == cost_keep && lemma_is_lower) {
            Rule {
                lower: true,
                cut: cut_low,
                append: app_low,
            }
        } else {
            Rule {
                lower: false,
                cut: cut_keep,
                append: app_keep,
            }
        }
    }

    /// Applies the rule; a cut longer than the form leaves just the appended string.
    pub fn apply(&self, form: &str) -> String {
        if self.lower {
            self.apply_lowered(form, &form.to_lowercase())
        } else {
            self.apply_lowered(form, form)
        }
    }

    /// [`Rule::apply`] for a caller that already has `lower`, which must be
    /// `form.to_lowercase()` (it is read only when the rule lower-cases).
    fn apply_lowered(&self, form: &str, lower: &str) -> String {
        let base = if self.lower { lower } else { form };
        let keep = base.chars().count().saturating_sub(self.cut as usize);
        let end = base.char_indices().nth(keep).map_or(base.len(), |(i, _)| i);
        if end == 0 && self.append.is_empty() {
            return form.to_string();
        }
        let mut out = String::with_capacity(end + self.append.len());
        out.push_str(&base[..end]);
        out.push_str(&self.append);
        out
    }
}

/// Longest word ending the suffix table looks at.
pub const MAX_SUFFIX: usize = 6;

/// A trained lemmatiser (and morphological-feature guesser).
#[derive(Debug, Clone, Default)]
pub struct Lemmatiser {
    /// Distinct rules; entries below refer to them by index.
    pub rules: Vec<Rule>,
    /// Distinct FEATS values.
    pub feats: Vec<String>,
    /// (lower-cased form, XPOS) → (rule, feats).
    pub lexicon: HashMap<(String, String), (u32, u32)>,
    /// (XPOS, ending) → rule.
    pub suffixes: HashMap<(String, String), u32>,
    /// (UPOS, XPOS) → feats.
    pub tag_feats: HashMap<(String, String), u32>,
    /// Lookup tables derived from the ones above, built on first use.
    index: OnceLock<LemmaIndex>,
}

/// The lemmatiser's tables rearranged for lookup: keyed by tag first, so that
/// a word (or ending) is looked up by `&str` without building a key, and
/// hashed with FxHash, which is much cheaper than SipHash on short strings.
/// Derived from [`Lemmatiser`]'s public tables, never stored.
#[derive(Debug, Clone, Default)]
struct LemmaIndex {
    /// XPOS → lower-cased form → (rule, feats); the same entries as [`Lemmatiser::lexicon`].
    lexicon: FxHashMap<String, FxHashMap<String, (u32, u32)>>,
    /// XPOS → ending → rule; the same entries as [`Lemmatiser::suffixes`].
    suffixes: FxHashMap<String, FxHashMap<String, u32>>,
    /// The lexicon's words and their lemmas.
    known: FxHashSet<String>,
}

impl LemmaIndex {
    fn new(l: &Lemmatiser) -> LemmaIndex {
        let mut index = LemmaIndex::default();
        for ((form, xpos), &entry) in &l.lexicon {
            index
                .lexicon
                .entry(xpos.clone())
                .or_default()
                .insert(form.clone(), entry);
            index.known.insert(form.clone());
            index.known.insert(l.rules[entry.0 as usize].apply(form));
        }
        for ((xpos, ending), &rule) in &l.suffixes {
            index
                .suffixes
                .entry(xpos.clone())
                .or_default()
                .insert(ending.clone(), rule);
        }
        index
    }
}

impl PartialEq for Lemmatiser {
    /// Equal when the learned tables are equal (the lookup index is derived from them).
    fn eq(&self, other: &Self) -> bool {
        self.rules == other.rules
            && self.feats == other.feats
            && self.lexicon == other.lexicon
            && self.suffixes == other.suffixes
            && self.tag_feats == other.tag_feats
    }
}

/// Tags whose words share forms: a form known under one is tried under the others.
const TAG_FAMILIES: &[&[&str]] = &[
    &["VBD", "VBN", "VB", "VBP", "VBZ", "VBG"],
    &["NN", "NNS"],
    &["JJ", "JJR", "JJS"],
    &["RB", "RBR", "RBS"],
];

/// One training word: form, UPOS, XPOS, lemma, FEATS.
pub type LemmaExample<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str);

fn most_frequent<K: Ord + Clone>(counts: &BTreeMap<K, usize>) -> K {
    counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(k, _)| k.clone())
        .expect("non-empty counts")
}

impl Lemmatiser {
    /// Learns from treebank words. Words whose lemma is `_` are skipped.
    pub fn train<'a>(examples: impl IntoIterator<Item = LemmaExample<'a>>) -> Lemmatiser {
        let mut by_word: BTreeMap<(String, String), BTreeMap<(Rule, String), usize>> =
            BTreeMap::new();
        let mut by_suffix: BTreeMap<(String, String), BTreeMap<Rule, usize>> = BTreeMap::new();
        let mut by_tag: BTreeMap<(String, String), BTreeMap<String, usize>> = BTreeMap::new();
        for (form, upos, xpos, lemma, feats) in examples {
            if lemma == "_" || form.is_empty() {
                continue;
            }
            let rule = Rule::between(form, lemma);
            let lower = form.to_lowercase();
            *by_word
                .entry((lower.clone(), xpos.to_string()))
                .or_default()
                .entry((rule.clone(), feats.to_string()))
                .or_default() += 1;
            let chars: Vec<char> = lower.chars().collect();
            // An ending only speaks for rules that change nothing before it:
            // "went" → "go" says nothing about other words in "-ent".
            for k in (rule.cut as usize).max(1)..=MAX_SUFFIX.min(chars.len()) {
                let ending: String = chars[chars.len() - k..].iter().collect();
                *by_suffix
                    .entry((xpos.to_string(), ending))
                    .or_default()
                    .entry(rule.clone())
                    .or_default() += 1;
            }
            *by_tag
                .entry((upos.to_string(), xpos.to_string()))
                .or_default()
                .entry(feats.to_string())
                .or_default() += 1;
        }
        let mut out = Lemmatiser::default();
        let mut rule_ids: HashMap<Rule, u32> = HashMap::new();
        let mut feat_ids: HashMap<String, u32> = HashMap::new();
        let mut rule_id = |r: Rule, out: &mut Lemmatiser| -> u32 {
            *rule_ids.entry(r.clone()).or_insert_with(|| {
                out.rules.push(r);
                out.rules.len() as u32 - 1
            })
        };
        let mut feat_id = |f: String, out: &mut Lemmatiser| -> u32 {
            *feat_ids.entry(f.clone()).or_insert_with(|| {
                out.feats.push(f);
                out.feats.len() as u32 - 1
            })
        };
        // A lemma that is never a word form of the treebank, for a word whose
        // regular inflection offers another lemma that is one, is most likely
        // a slip of the annotator ("freed" → "fre", not "free"): such entries
        // are left out, and the word falls to the rules.
        let forms: std::collections::HashSet<&str> =
            by_word.keys().map(|(form, _)| form.as_str()).collect();
        let mut kept = BTreeMap::new();
        for (key, counts) in &by_word {
            let (rule, feats) = most_frequent(counts);
            let lemma = rule.apply(&key.0).to_lowercase();
            let slip = !forms.contains(lemma.as_str())
                && crate::lemma_candidates(&key.0)
                    .iter()
                    .any(|c| *c != lemma && *c != key.0 && forms.contains(c.as_str()));
            if !slip {
                kept.insert(key.clone(), (rule, feats));
            }
        }
        for (key, (rule, feats)) in kept {
            let entry = (rule_id(rule, &mut out), feat_id(feats, &mut out));
            out.lexicon.insert(key, entry);
        }
        for (key, counts) in by_suffix {
            let rule = most_frequent(&counts);
            let r = rule_id(rule, &mut out);
            out.suffixes.insert(key, r);
        }
        for (key, counts) in by_tag {
            let f = feat_id(most_frequent(&counts), &mut out);
            out.tag_feats.insert(key, f);
        }
        out
    }

    /// The lemma of `form` tagged `upos`/`xpos`, found in this order: for
    /// verbs, the irregular-verb table (hand-checked, so it overrides the
    /// treebank's slips); the lexicon under this tag; the lexicon under a tag
    /// of the same family (`shot` known as VBN, asked as VBD); the rules of the
    /// word's known endings, longest first, taking the first whose result is a
    /// lemma seen in training; the regular-inflection candidates, if one is
    /// such a lemma (`blockaded` → `blockade`, not `blockad`); the longest
    /// ending's guess; the lower-cased form (the form itself for proper nouns).
    pub fn lemma(&self, form: &str, upos: &str, xpos: &str) -> String {
        let lower = form.to_lowercase();
        if xpos.starts_with("VB") {
            if let Some(lemmas) = crate::irregular_lemmas(&lower) {
                return lemmas[0].to_string();
            }
        }
        let index = self.index();
        let in_lexicon = |tag: &str| {
            index
                .lexicon
                .get(tag)
                .and_then(|words| words.get(lower.as_str()))
                .map(|&(r, _)| &self.rules[r as usize])
        };
        if let Some(rule) = in_lexicon(xpos) {
            return rule.apply_lowered(form, &lower);
        }
        if let Some(family) = TAG_FAMILIES.iter().find(|f| f.contains(&xpos)) {
            for other in family.iter().filter(|t| **t != xpos) {
                if let Some(rule) = in_lexicon(other) {
                    return rule.apply_lowered(form, &lower);
                }
            }
        }
        let mut first_guess = None;
        if let Some(endings) = index.suffixes.get(xpos) {
            // Byte offsets where the word's last 1, 2, … characters start.
            let longest = MAX_SUFFIX.min(lower.chars().count().saturating_sub(1));
            let mut starts = [0usize; MAX_SUFFIX];
            for (slot, (at, _)) in starts.iter_mut().zip(lower.char_indices().rev()) {
                *slot = at;
            }
            for k in (1..=longest).rev() {
                if let Some(&r) = endings.get(&lower[starts[k - 1]..]) {
                    let guess = self.rules[r as usize].apply_lowered(form, &lower);
                    if index.known.contains(&guess) {
                        return guess;
                    }
                    first_guess.get_or_insert(guess);
                }
            }
        }
        if let Some(known) = crate::lemma_candidates(&lower)
            .into_iter()
            .find(|c| index.known.contains(c))
        {
            return known;
        }
        if let Some(guess) = first_guess {
            return guess;
        }
        if upos == "PROPN" {
            form.to_string()
        } else {
            lower
        }
    }

    /// True when `lemma` is a word of the lexicon or the lemma of one.
    pub fn known_lemma(&self, lemma: &str) -> bool {
        self.index().known.contains(lemma)
    }

    /// The lookup tables, built on first use from the learned ones (which
    /// must not change afterwards).
    fn index(&self) -> &LemmaIndex {
        self.index.get_or_init(|| LemmaIndex::new(self))
    }

    /// The morphological features of `form` tagged `upos`/`xpos` (`_` when none).
    pub fn feats(&self, form: &str, upos: &str, xpos: &str) -> &str {
        let lower = form.to_lowercase();
        if let Some(&(_, f)) = self.lexicon.get(&(lower, xpos.to_string())) {
            return &self.feats[f as usize];
        }
        match self.tag_feats.get(&(upos.to_string(), xpos.to_string())) {
            Some(&f) => &self.feats[f as usize],
            None => "_",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_are_minimal_edits() {
        let cases = [
            (
                "Ministers",
                "minister",
                Rule {
                    lower: true,
                    cut: 1,
                    append: String::new(),
                },
            ),
            (
                "met",
                "meet",
                Rule {
                    lower: true,
                    cut: 1,
                    append: "et".into(),
                },
            ),
            (
                "AP",
                "AP",
                Rule {
                    lower: false,
                    cut: 0,
                    append: String::new(),
                },
            ),
            (
                "The",
                "the",
                Rule {
                    lower: true,
                    cut: 0,
                    append: String::new(),
                },
            ),
            (
                "studies",
                "study",
                Rule {
                    lower: true,
                    cut: 3,
                    append: "y".into(),
                },
            ),
        ];
        for (form, lemma, rule) in cases {
            let r = Rule::between(form, lemma);
            assert_eq!(r, rule, "{form}");
            assert_eq!(r.apply(form), lemma, "{form}");
        }
    }

    #[test]
    fn unknown_words_follow_the_endings_of_known_ones() {
        let data = [
            ("studies", "NOUN", "NNS", "study", "Number=Plur"),
            ("parties", "NOUN", "NNS", "party", "Number=Plur"),
            ("talks", "NOUN", "NNS", "talk", "Number=Plur"),
            ("signed", "VERB", "VBD", "sign", "Tense=Past"),
            ("met", "VERB", "VBD", "meet", "Tense=Past"),
            ("Paris", "PROPN", "NNP", "Paris", "Number=Sing"),
        ];
        let l = Lemmatiser::train(data);
        assert_eq!(l.lemma("Studies", "NOUN", "NNS"), "study");
        assert_eq!(l.lemma("treaties", "NOUN", "NNS"), "treaty");
        assert_eq!(l.lemma("walked", "VERB", "VBD"), "walk");
        assert_eq!(l.lemma("met", "VERB", "VBD"), "meet");
        assert_eq!(l.lemma("Oslo", "PROPN", "NNP"), "Oslo");
        assert_eq!(l.lemma("xyz", "X", "FW"), "xyz");
        assert_eq!(l.feats("parties", "NOUN", "NNS"), "Number=Plur");
        assert_eq!(l.feats("boats", "NOUN", "NNS"), "Number=Plur");
        assert_eq!(l.feats("boats", "NOUN", "XX"), "_");
    }
}
