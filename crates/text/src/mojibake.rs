//! Punctuation garbled by a wrong decoding ("mojibake"): UTF-8 bytes read as
//! Windows-1252, as scraped news often carries them (`Indiaâ€™s`, `â€œwe`).
//!
//! parley never rewrites the text: the tokenizer reads a garbled sequence as
//! the one character it stands for (its token's span covers the whole
//! sequence), and the analysers look words up under the repaired form.

use std::borrow::Cow;

/// Garbled sequences and the characters they stand for: each character's
/// UTF-8 bytes decoded as Windows-1252 (the byte 0x9D, undefined there,
/// read as U+FFFD).
const SEQUENCES: &[(&str, char)] = &[
    ("\u{e2}\u{20ac}\u{2122}", '\u{2019}'), // ’
    ("\u{e2}\u{20ac}\u{2dc}", '\u{2018}'),  // ‘
    ("\u{e2}\u{20ac}\u{153}", '\u{201c}'),  // “
    ("\u{e2}\u{20ac}\u{fffd}", '\u{201d}'), // ”
    ("\u{e2}\u{20ac}\u{9d}", '\u{201d}'),   // ” (0x9D kept as a C1 control)
    ("\u{e2}\u{20ac}\u{201d}", '\u{2014}'), // —
    ("\u{e2}\u{20ac}\u{201c}", '\u{2013}'), // –
    ("\u{e2}\u{20ac}\u{a6}", '\u{2026}'),   // …
    ("\u{e2}\u{20ac}\u{a2}", '\u{2022}'),   // •
    ("\u{e2}\u{20ac}\u{161}", '\u{201a}'),  // ‚
    // A no-break space (C2 A0) whose second byte became a plain space.
    ("\u{c2}\u{a0}", '\u{a0}'),
    ("\u{c2} ", ' '),
];

/// The character a garbled sequence at the start of `s` stands for, and the
/// sequence's length in bytes; `None` when `s` does not start with one.
///
/// ```
/// assert_eq!(parley_text::mojibake_at("â€™s army"), Some(('’', 8)));
/// assert_eq!(parley_text::mojibake_at("âge"), None);
/// ```
pub fn mojibake_at(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    // Every sequence starts with 'â' (C3 A2) or 'Â' (C3 82).
    if b.len() < 3 || b[0] != 0xC3 || (b[1] != 0xA2 && b[1] != 0x82) {
        return None;
    }
    SEQUENCES
        .iter()
        .find(|(seq, _)| s.starts_with(seq))
        .map(|&(seq, c)| (c, seq.len()))
}

/// `w` with every garbled sequence replaced by the character it stands for;
/// borrowed when there is none.
///
/// ```
/// assert_eq!(parley_text::repair_mojibake("â€™s"), "’s");
/// assert_eq!(parley_text::repair_mojibake("Zealand"), "Zealand");
/// ```
pub fn repair_mojibake(w: &str) -> Cow<'_, str> {
    if w.is_ascii() {
        return Cow::Borrowed(w);
    }
    // The first garbled sequence, if any, before anything is allocated
    // ("âme" and "Âge" have none).
    let Some(at) = w
        .char_indices()
        .map(|(b, _)| b)
        .find(|&b| mojibake_at(&w[b..]).is_some())
    else {
        return Cow::Borrowed(w);
    };
    let mut out = String::with_capacity(w.len());
    out.push_str(&w[..at]);
    let mut rest = &w[at..];
    while let Some(c) = rest.chars().next() {
        match mojibake_at(rest) {
            Some((repaired, len)) => {
                out.push(repaired);
                rest = &rest[len..];
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sequence_is_its_character_encoded_in_utf8_and_read_as_windows_1252() {
        // Windows-1252 bytes 0x80..=0x9F that these sequences use, by hand
        // from the code page: 0x80 €, 0x82 ‚, 0x93 “, 0x94 ”, 0x98 ˜, 0x99 ™,
        // 0x9A š, 0x9C œ; 0x9D is undefined.
        let cp1252 = |b: u8| -> char {
            match b {
                0x80 => '\u{20ac}',
                0x82 => '\u{201a}',
                0x93 => '\u{201c}',
                0x94 => '\u{201d}',
                0x98 => '\u{2dc}',
                0x99 => '\u{2122}',
                0x9A => '\u{161}',
                0x9C => '\u{153}',
                0x9D => '\u{fffd}',
                b => char::from(b),
            }
        };
        for &(seq, c) in SEQUENCES {
            let mut buf = [0u8; 4];
            let encoded = c.encode_utf8(&mut buf).as_bytes();
            let read: String = encoded.iter().map(|&b| cp1252(b)).collect();
            // The two spaces' second byte was lost or kept as it was.
            if c == ' ' || c == '\u{a0}' || seq == "\u{e2}\u{20ac}\u{9d}" {
                continue;
            }
            assert_eq!(read, seq, "{c:?}");
        }
    }

    #[test]
    fn repairs_within_words_and_leaves_other_text_alone() {
        let cases = [
            ("Indiaâ€™s", "India’s"),
            ("â€œWe", "“We"),
            ("endâ€\u{fffd}", "end”"),
            ("â€”", "—"),
            ("Âge", "Âge"),
            ("âme", "âme"),
            ("Gâ€", "Gâ€"),
        ];
        for (w, want) in cases {
            assert_eq!(repair_mojibake(w), want, "{w:?}");
        }
    }
}
