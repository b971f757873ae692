//! `WordAtoms::new` hashes affixes from slices of the folded word and the
//! shape as it is built; the committed models depend on those hashes, so
//! they must equal the hashes of the strings themselves, built the plain
//! way below.

use parley_syntax::perceptron::hash_str;
use parley_syntax::tagger::WordAtoms;
use proptest::prelude::*;

/// The atoms built from whole strings, one allocation per affix, of the
/// form with its garbled punctuation repaired.
fn plain(form: &str) -> WordAtoms {
    let repaired = parley_text::repair_mojibake(form);
    let form: &str = &repaired;
    let word: String = form
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '0'..='9' => '0',
            '\u{2019}' | '\u{2018}' => '\'',
            c => c,
        })
        .collect();
    let chars: Vec<char> = word.chars().collect();
    let mut suffix = [0u64; 4];
    for (k, s) in suffix.iter_mut().enumerate() {
        let take = (k + 1).min(chars.len());
        let tail: String = chars[chars.len() - take..].iter().collect();
        *s = hash_str(&tail) ^ (k as u64 + 1);
    }
    let mut prefix = [0u64; 3];
    for (k, p) in prefix.iter_mut().enumerate() {
        let head: String = chars.iter().take(k + 1).collect();
        *p = hash_str(&head) ^ ((k as u64 + 1) << 8);
    }
    let mut shape = String::new();
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
        shape: hash_str(&shape),
    }
}

fn same(a: &WordAtoms, b: &WordAtoms) -> bool {
    a.form == b.form
        && a.word == b.word
        && a.suffix == b.suffix
        && a.prefix == b.prefix
        && a.shape == b.shape
        && a.capitalised == b.capitalised
}

#[test]
fn atoms_of_written_words_equal_the_plain_ones() {
    for form in [
        "",
        "a",
        "Vientiane",
        "U.S.",
        "1,200",
        "İstanbul",
        "ẞtraße",
        "don’t",
        "Ökonomie",
        "日本",
        "x-ray",
        "ΣΑΣ",
        "Indiaâ€™s",
        "âme",
    ] {
        assert!(same(&WordAtoms::new(form), &plain(form)), "{form:?}");
    }
}

proptest! {
    #[test]
    fn atoms_of_any_string_equal_the_plain_ones(form in "\\PC{0,12}") {
        prop_assert!(same(&WordAtoms::new(&form), &plain(&form)));
    }
}
