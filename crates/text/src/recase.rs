//! Restoring capitals to caseless text.
//!
//! Some news feeds arrive all in lower case ("new delhi: police on monday
//! arrested 12 vhp activists in ahmedabad..."). Sentence splitting, the
//! tagger and the mention finder all lean on capitals, so such a text is
//! analysed through a *recased view*: the same text with capitals restored
//! at sentence starts and on known names. Only ASCII letters change case,
//! so the view has the same length and every byte offset into it is an
//! offset into the original: spans found on the view index the original
//! text, and surfaces are read from the original.
//!
//! ```
//! use parley_text::Recaser;
//!
//! let mut r = Recaser::default();
//! r.add_name("New Delhi");
//! r.add_name("Gujarat");
//! let text = "new delhi: police arrested 12 men in gujarat. the men were freed.";
//! let view = r.recase(text).expect("caseless");
//! assert_eq!(view, "New Delhi: police arrested 12 men in Gujarat. The men were freed.");
//! assert_eq!(view.len(), text.len());
//! assert!(r.recase("Police arrested 12 men in Gujarat.").is_none());
//! ```

use std::collections::{HashMap, HashSet};

/// Names to restore, by their lower-case words, and the rules of the view.
#[derive(Debug, Clone, Default)]
pub struct Recaser {
    /// Lower-case name (words joined by one space) → its cased form.
    names: HashMap<String, String>,
    /// Lower-case full names of people whose last word, once the full name
    /// is restored in a text, is restored after it alone too.
    people: HashSet<String>,
    /// Lower-case words of titles and roles ("minister", "spokesperson")
    /// after which the words no lexicon knows are a person's name.
    titles: HashSet<String>,
    /// Lower-case words the language has as common words: never part of
    /// a name found after a title.
    common: HashSet<String>,
    /// Longest name, in words.
    max_words: usize,
}

/// Words a text needs before its lack of capitals means anything.
const MIN_WORDS: usize = 8;
/// Leading words not counted (a feed's cased boilerplate).
const BOILERPLATE_WORDS: usize = 8;
/// A run of at least this many capitalised words (and at most
/// [`BOILERPLATE_WORDS`]) closing a text of six times as many words is a
/// feed's trailing boilerplate ("Facebook Twitter Linkedin Mail"), not
/// counted. A single closing name ("Reuter", "Japan") is not boilerplate.
const TRAILING_RUN_WORDS: usize = 3;

impl Recaser {
    /// Adds a name as it is written ("New Delhi", "NATO"). Names with
    /// non-ASCII letters, or without a capital, are ignored (their case
    /// cannot be restored without changing the text's length, or there is
    /// nothing to restore).
    pub fn add_name(&mut self, cased: &str) {
        let words: Vec<&str> = cased.split_whitespace().collect();
        if words.is_empty()
            || !cased.is_ascii()
            || !cased.bytes().any(|b| b.is_ascii_uppercase())
            || words
                .iter()
                .any(|w| !w.bytes().any(|b| b.is_ascii_alphabetic()))
        {
            return;
        }
        let key = words.join(" ").to_ascii_lowercase();
        self.max_words = self.max_words.max(words.len());
        // The first form added wins: callers add the surest sources first.
        self.names.entry(key).or_insert_with(|| words.join(" "));
    }

    /// Adds a person's full name ("Ajit Singh"): besides the name, its last
    /// word alone is restored after the full name has been met in a text
    /// ("ajit singh said … singh welcomed …"), as news names a person again
    /// by surname. Callers leave out surnames that are common words.
    pub fn add_person(&mut self, cased: &str) {
        self.add_name(cased);
        let words: Vec<&str> = cased.split_whitespace().collect();
        if words.len() >= 2
            && self
                .names
                .contains_key(&words.join(" ").to_ascii_lowercase())
        {
            self.people.insert(words.join(" ").to_ascii_lowercase());
        }
    }

    /// Adds a title or role word ("minister", "mla"): in a text, the words
    /// right after it that are no common word (see
    /// [`Recaser::set_common_words`]), up to four, are a person's name and
    /// restored ("home minister t devender goud" → "T Devender Goud"); its
    /// last word alone is restored after it too, as for [`Recaser::add_person`].
    pub fn add_title(&mut self, word: &str) {
        self.titles.insert(word.to_ascii_lowercase());
    }

    /// Sets the common words of the language (lower case): no word of a
    /// name found after a title is one.
    pub fn set_common_words(&mut self, words: HashSet<String>) {
        self.common = words;
    }

    /// Number of names known.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// True when no name is known.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// True when `text` has enough words and almost none of them starts
    /// with a capital: a caseless text. Cased English news capitalises one
    /// word in ten or more (sentence starts, names); a lower-case feed at
    /// most one in 40 after its first words, which may be boilerplate ("This
    /// story is from March 3, 2002") and are not counted.
    pub fn is_caseless(text: &str) -> bool {
        let all: Vec<&str> = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        if all.len() < MIN_WORDS {
            return false;
        }
        // Boilerplate is only told apart in a text three times its length.
        let skip = if all.len() >= 3 * BOILERPLATE_WORDS {
            BOILERPLATE_WORDS
        } else {
            0
        };
        let counted = &all[skip..];
        let run = counted
            .iter()
            .rev()
            .take(BOILERPLATE_WORDS)
            .take_while(|w| w.starts_with(char::is_uppercase))
            .count();
        let counted = if run >= TRAILING_RUN_WORDS
            && run < counted.len()
            && all.len() >= 6 * BOILERPLATE_WORDS
        {
            &counted[..counted.len() - run]
        } else {
            counted
        };
        let capitalised = counted
            .iter()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count();
        capitalised * 40 < counted.len()
    }

    /// The recased view of a caseless `text`, or `None` when the text has
    /// capitals of its own (it is then analysed as it is). Capitals are
    /// restored on known names (longest match, whole words) and on the
    /// first letter of each sentence: the text's first word and any word
    /// after `.`, `!` or `?` (and closing quotes or brackets) and a space,
    /// and after a blank line.
    pub fn recase(&self, text: &str) -> Option<String> {
        if !Recaser::is_caseless(text) {
            return None;
        }
        let mut out = text.as_bytes().to_vec();
        let words = word_spans(text);
        // Names.
        let mut surnames: HashMap<String, String> = HashMap::new();
        let mut i = 0;
        while i < words.len() {
            let mut matched = 0;
            let top = self.max_words.min(words.len() - i);
            for n in (1..=top).rev() {
                // Words of a name are separated by plain spaces only.
                let (start, end) = (words[i].0, words[i + n - 1].1);
                let phrase = &text[start..end];
                if phrase.split(' ').count() != n {
                    continue;
                }
                if let Some(cased) = self.names.get(&phrase.to_ascii_lowercase()) {
                    let pronoun = n == 1 && !pronoun_is_name(text, &words, i);
                    if cased.len() == phrase.len() && !pronoun {
                        out[start..end].copy_from_slice(cased.as_bytes());
                        matched = n;
                        let key = phrase.to_ascii_lowercase();
                        if self.people.contains(&key) {
                            if let Some(last) = cased.rsplit(' ').next() {
                                surnames.insert(last.to_ascii_lowercase(), last.to_string());
                            }
                        }
                        break;
                    }
                }
            }
            if matched == 0
                && self
                    .titles
                    .contains(&text[words[i].0..words[i].1].to_ascii_lowercase())
            {
                // Words no lexicon knows after a title: a name.
                let mut k = i + 1;
                while k < words.len() && k <= i + 4 {
                    let (start, end) = words[k];
                    let gap = &text[words[k - 1].1..start];
                    let word = text[start..end].to_ascii_lowercase();
                    let plain = word.bytes().all(|b| b.is_ascii_lowercase());
                    // An initial is one letter, whatever a lexicon says.
                    let common = word.len() > 1 && self.common.contains(&word);
                    if gap != " " || !plain || common || self.titles.contains(&word) {
                        break;
                    }
                    k += 1;
                }
                // The name's words, initials aside, must not all be single
                // letters.
                if k > i + 1 && (i + 1..k).any(|j| words[j].1 - words[j].0 > 1) {
                    for &(start, _) in &words[i + 1..k] {
                        out[start] = out[start].to_ascii_uppercase();
                    }
                    let (start, end) = words[k - 1];
                    if end - start > 1 {
                        let cased = String::from_utf8(out[start..end].to_vec())
                            .expect("only ASCII letters changed case");
                        surnames.insert(text[start..end].to_ascii_lowercase(), cased);
                    }
                    i = k;
                    continue;
                }
            }
            if matched == 0 {
                // A person's surname after the full name.
                let (start, end) = words[i];
                if let Some(cased) = surnames.get(&text[start..end].to_ascii_lowercase()) {
                    if cased.len() == end - start {
                        out[start..end].copy_from_slice(cased.as_bytes());
                    }
                }
            }
            i += matched.max(1);
        }
        // Sentence starts.
        for (k, &(start, _)) in words.iter().enumerate() {
            let before = &text[..start];
            let starts_sentence = k == 0 || {
                let kept = before.trim_end().len();
                let gap = &before[kept..];
                let closed =
                    before[..kept].trim_end_matches(['"', '\'', ')', ']', '\u{201d}', '\u{2019}']);
                gap.matches('\n').count() >= 2
                    || (!gap.is_empty()
                        && closed.ends_with(['.', '!', '?'])
                        && !ends_with_abbreviation(closed))
            };
            if starts_sentence && out[start].is_ascii_lowercase() {
                out[start] = out[start].to_ascii_uppercase();
            }
        }
        Some(String::from_utf8(out).expect("only ASCII letters changed case"))
    }
}

/// Names spelt like a personal pronoun ("us"), and the words after which,
/// or before which, they are the name ("the us", "us troops"); anywhere
/// else ("attacked by us", "let us") they are the pronoun.
const PRONOUN_NAMES: &[&str] = &["us"];
const NOUNS_AFTER_A_COUNTRY: &[&str] = &[
    "president",
    "officials",
    "official",
    "troops",
    "forces",
    "force",
    "embassy",
    "consulate",
    "secretary",
    "government",
    "administration",
    "military",
    "army",
    "navy",
    "air",
    "state",
    "senator",
    "senate",
    "congress",
    "dollar",
    "dollars",
    "envoy",
    "ambassador",
    "citizens",
    "nationals",
    "soldiers",
    "marines",
    "department",
    "treasury",
    "economy",
    "companies",
    "firms",
    "court",
    "judge",
    "authorities",
    "diplomats",
    "diplomat",
    "delegation",
    "team",
    "intelligence",
    "sanctions",
    "aid",
    "visa",
    "policy",
    "house",
];

/// False when the one-word name at word `i` is a pronoun here (see
/// [`PRONOUN_NAMES`]); true for any other name.
fn pronoun_is_name(text: &str, words: &[(usize, usize)], i: usize) -> bool {
    let word = |k: usize| text[words[k].0..words[k].1].to_ascii_lowercase();
    if !PRONOUN_NAMES.contains(&word(i).as_str()) {
        return true;
    }
    let after_the = i > 0 && word(i - 1) == "the";
    let before_noun = i + 1 < words.len()
        && text[words[i].1..words[i + 1].0].trim().is_empty()
        && NOUNS_AFTER_A_COUNTRY.contains(&word(i + 1).as_str());
    after_the || before_noun
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep",
    "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "aug",
    "sept", "sep", "oct", "nov", "dec", "govt", "hon", "shri", "smt", "km", "rs",
];

fn ends_with_abbreviation(before_stop: &str) -> bool {
    let word = before_stop
        .trim_end_matches(['.', '!', '?'])
        .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
        .next()
        .unwrap_or("");
    // "u.s." and single letters ("j. smith") are initials.
    word.contains('.') || word.len() == 1 || ABBREVIATIONS.contains(&word)
}

/// Byte spans of the text's words: runs of ASCII letters, digits, `'` and
/// `-` (so "vhp's" and "al-qaeda" are one word each).
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_alphanumeric() {
            let start = i;
            while i < bytes.len()
                && (bytes[i].is_ascii_alphanumeric()
                    || ((bytes[i] == b'-' || bytes[i] == b'\'')
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)))
            {
                i += 1;
            }
            // A possessive is not part of the name: "gujarat's".
            let end = text[start..i].find("'").map_or(i, |k| start + k);
            out.push((start, end));
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn recaser() -> Recaser {
        let mut r = Recaser::default();
        for name in [
            "New Delhi",
            "Gujarat",
            "Ahmedabad",
            "India",
            "United Nations",
            "NATO",
            "US",
        ] {
            r.add_name(name);
        }
        r.add_person("Ajit Singh");
        r.add_title("minister");
        r.add_title("member");
        r.set_common_words(
            [
                "said", "on", "the", "met", "in", "and", "tore", "copy", "home", "t",
            ]
            .iter()
            .map(|w| w.to_string())
            .collect(),
        );
        r
    }

    #[test]
    fn names_and_sentence_starts_are_restored() {
        let r = recaser();
        let cases: &[(&str, &str)] = &[
            (
                "new delhi: the united nations and nato met in ahmedabad on monday. india agreed.",
                "New Delhi: the United Nations and NATO met in Ahmedabad on monday. India agreed.",
            ),
            // Possessives, quotes and abbreviations.
            (
                "gujarat's police said \"never.\" the men left. mr. singh met dr. rao in india.",
                "Gujarat's police said \"never.\" The men left. Mr. singh met dr. rao in India.",
            ),
            // Paragraphs; a name inside a longer word is not a name.
            (
                "police fired in the air\n\nthe curfew in indiana was lifted after talks here",
                "Police fired in the air\n\nThe curfew in indiana was lifted after talks here",
            ),
            // A name spelt like a pronoun is the name only after "the" or
            // before a noun that follows countries.
            (
                "the us and india met. us troops left. no puja by us will stop, he told us.",
                "The US and India met. US troops left. No puja by us will stop, he told us.",
            ),
            // Unknown words after a title are a name, and so is its last
            // word alone after it; common words end the name.
            (
                "home minister t devender goud said on monday. later goud met the member narhari amin and amin tore the copy.",
                "Home minister T Devender Goud said on monday. Later Goud met the member Narhari Amin and Amin tore the copy.",
            ),
            // A person's surname alone, only after the full name.
            (
                "police said singh left early. later ajit singh spoke and then singh left.",
                "Police said singh left early. Later Ajit Singh spoke and then Singh left.",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(r.recase(text).as_deref(), Some(*want), "{text}");
        }
    }

    #[test]
    fn texts_with_capitals_are_left_alone() {
        let r = recaser();
        assert_eq!(
            r.recase("Police arrested 12 men in Gujarat on Monday evening."),
            None
        );
        assert_eq!(r.recase("short text"), None);
        // Cased boilerplate before a caseless story is still a caseless text.
        assert_eq!(
            r.recase(
                "This story is from March 3, 2002 new delhi: police said the men were \
                 freed on monday after talks with their families and local leaders in gujarat."
            )
            .as_deref(),
            Some(
                "This story is from March 3, 2002 New Delhi: police said the men were \
                 freed on monday after talks with their families and local leaders in Gujarat."
            )
        );
    }

    #[test]
    fn trailing_boilerplate_is_not_counted() {
        let story = "new delhi: police said the men were freed on monday after talks with \
                     their families and local leaders in gujarat. the state government said \
                     it would pay compensation to the families of the victims and that an \
                     inquiry would be held into the incident within a month.";
        // Four cased words close a caseless story of 50 words: still caseless.
        assert!(Recaser::is_caseless(&format!(
            "{story} Facebook Twitter Linkedin Mail"
        )));
        // The same words inside the story are capitals of its own.
        assert!(!Recaser::is_caseless(&story.replacen(
            "the state government",
            "Facebook Twitter Linkedin Mail",
            1
        )));
        // A short text closing on a name is judged on all its words.
        assert!(!Recaser::is_caseless(
            "the battle over networking heats up as a coalition proposes a standard to Pension Benefit Guaranty Corporation"
        ));
    }

    #[test]
    fn names_that_cannot_be_restored_in_place_are_ignored() {
        let mut r = Recaser::default();
        r.add_name("São Paulo");
        r.add_name("lowercase");
        r.add_name("1987");
        assert!(r.is_empty());
    }

    proptest! {
        /// The view differs from the text only in the case of ASCII letters.
        #[test]
        fn the_view_keeps_every_offset(text in "[a-z .,!?'\"\\n:éü-]{0,200}") {
            if let Some(view) = recaser().recase(&text) {
                prop_assert_eq!(view.len(), text.len());
                prop_assert!(view.eq_ignore_ascii_case(&text));
                for (a, b) in view.char_indices().zip(text.char_indices()) {
                    prop_assert_eq!(a.0, b.0);
                }
            }
        }
    }
}
