//! Lossless tokenisation and sentence splitting.
//!
//! The tokenizer never drops or rewrites characters: the text between tokens is
//! whitespace only (a no-break space garbled into `Â ` counts as one), so
//! tokens plus gaps reproduce the input exactly. Punctuation garbled by a wrong
//! decoding (`â€™`, `â€œ`) is read as the character it stands for. News
//! conventions handled here: abbreviations with internal or final periods
//! (`U.S.`, `Gen.`, `Nov.`, `J.`), decimals and grouped numbers (`3.5`,
//! `1,000`, `21/11/2024`), hyphenated compounds (`air-to-air`), possessive and
//! negative clitics split off as their own tokens (`Zealand` `'s`, `do` `n't`),
//! and punctuation as single tokens (`...` and `--` kept whole).

use crate::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (possibly with digits, hyphens, internal periods or apostrophes).
    Word,
    /// Starts with a digit: `21`, `3.5`, `1,000`, `2024-11-21`.
    Number,
    /// Punctuation: `.`, `,`, `"`, `(`, `...`.
    Punct,
    /// Anything else that is not whitespace: `$`, `%`, emoji.
    Symbol,
}

/// One token: a byte span and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where the token is in the text.
    pub span: Span,
    /// Its kind.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.text(text)
    }
}

/// A sentence: its span and the range of its tokens in [`Segmentation::tokens`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceBounds {
    /// From the first token's start to the last token's end.
    pub span: Span,
    /// Indices into [`Segmentation::tokens`].
    pub tokens: std::ops::Range<usize>,
    /// True when a blank line (paragraph break) precedes the sentence.
    pub starts_paragraph: bool,
    /// True when the sentence was cut at [`MAX_SENTENCE_TOKENS`] rather than
    /// ended by punctuation or a paragraph break.
    pub forced_break: bool,
}

/// Tokens and sentences of one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmentation {
    /// All tokens in text order.
    pub tokens: Vec<Token>,
    /// Sentences in text order; together they contain every token once.
    pub sentences: Vec<SentenceBounds>,
}

impl Segmentation {
    /// The tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        &self.tokens[self.sentences[i].tokens.clone()]
    }

    /// Consecutive spans covering the whole text: every token and every gap
    /// between tokens. Joining their texts gives back the input.
    pub fn pieces(&self, text_len: usize) -> Vec<Span> {
        let mut out = Vec::with_capacity(self.tokens.len() * 2 + 1);
        let mut at = 0;
        for t in &self.tokens {
            if t.span.start > at {
                out.push(Span::new(at, t.span.start));
            }
            out.push(t.span);
            at = t.span.end;
        }
        if at < text_len {
            out.push(Span::new(at, text_len));
        }
        out
    }
}

/// Sentences are cut after this many tokens so that run-on text (tables,
/// lists, a 10 MB line without punctuation) cannot make later stages slow;
/// the cut prefers the last comma or semicolon in the final quarter.
pub const MAX_SENTENCE_TOKENS: usize = 250;

/// Abbreviations that keep their final period (lowercase, without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov",
    "sen", "rep", "rev", "prof", "st", "mt", "ft", "jr", "sr", "co", "corp", "inc", "ltd", "bros",
    "no", "nos", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "dept", "est", "approx", "fig", "pres", "sec", "mln", "bln", "pct", "ave",
    "blvd",
];

/// Abbreviations that never end a sentence (titles and the like).
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov",
    "sen", "rep", "rev", "prof", "st", "mt", "no", "nos", "vs", "pres",
];

/// Words that typically open a sentence; after an ambiguous abbreviation such
/// as `U.S.` they signal a sentence break.
const SENTENCE_OPENERS: &[&str] = &[
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "in",
    "but",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "their",
    "its",
    "on",
    "at",
    "after",
    "before",
    "meanwhile",
    "however",
    "officials",
    "police",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '“' | '”'
                | '‘'
                | '’'
                | '«'
                | '»'
                | '–'
                | '—'
                | '…'
                | '‹'
                | '›'
                | '„'
                | '¿'
                | '¡'
                | '·'
        )
}

/// Splits `text` into tokens and sentences. Total: never fails, never panics.
pub fn segment(text: &str) -> Segmentation {
    let tokens = tokenize(text);
    let sentences = split_sentences(text, &tokens);
    Segmentation { tokens, sentences }
}

/// The text's characters with their byte offsets, a garbled sequence
/// ([`crate::mojibake_at`]) read as the one character it stands for: its
/// token's span covers the whole sequence.
fn logical_chars(text: &str) -> Vec<(usize, char)> {
    let mut chars = Vec::with_capacity(text.len());
    let mut it = text.char_indices();
    while let Some((b, c)) = it.next() {
        if matches!(c, '\u{e2}' | '\u{c2}') {
            if let Some((repaired, len)) = crate::mojibake_at(&text[b..]) {
                chars.push((b, repaired));
                // The sequence's other characters are consumed.
                for _ in text[b..b + len].chars().skip(1) {
                    it.next();
                }
                continue;
            }
        }
        chars.push((b, c));
    }
    chars
}

fn tokenize(text: &str) -> Vec<Token> {
    let chars = logical_chars(text);
    let n = chars.len();
    let byte_at = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let ch = |i: usize| if i < n { Some(chars[i].1) } else { None };
    let mut tokens = Vec::with_capacity(n / 4 + 1);
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if is_word_char(c) {
            let end = scan_word(text, &chars, i);
            let kind = if c.is_ascii_digit() {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            tokens.push(Token {
                span: Span::new(byte_at(i), byte_at(end)),
                kind,
            });
            i = end;
            continue;
        }
        if is_apostrophe(c) {
            // Clitics: 's / ’s after a word (the word was split before them).
            let after_word = i > 0 && is_word_char(chars[i - 1].1);
            if after_word
                && matches!(ch(i + 1), Some('s') | Some('S'))
                && !ch(i + 2).is_some_and(is_word_char)
            {
                tokens.push(Token {
                    span: Span::new(byte_at(i), byte_at(i + 2)),
                    kind: TokenKind::Word,
                });
                i += 2;
                continue;
            }
        }
        if is_punct(c) {
            let mut end = i + 1;
            if c == '.' || c == '-' {
                while ch(end) == Some(c) {
                    end += 1;
                }
            }
            tokens.push(Token {
                span: Span::new(byte_at(i), byte_at(end)),
                kind: TokenKind::Punct,
            });
            i = end;
            continue;
        }
        tokens.push(Token {
            span: Span::new(byte_at(i), byte_at(i + 1)),
            kind: TokenKind::Symbol,
        });
        i += 1;
    }
    tokens
}

/// Scans a word or number starting at char index `start`; returns the char
/// index one past its end.
fn scan_word(text: &str, chars: &[(usize, char)], start: usize) -> usize {
    let n = chars.len();
    let ch = |i: usize| if i < n { Some(chars[i].1) } else { None };
    let numeric = chars[start].1.is_ascii_digit();
    let mut i = start;
    while i < n {
        let c = chars[i].1;
        if is_word_char(c) {
            // Negative clitic: split "don't" into "do" + "n't".
            if (c == 'n' || c == 'N')
                && ch(i + 1).is_some_and(is_apostrophe)
                && matches!(ch(i + 2), Some('t') | Some('T'))
                && !ch(i + 3).is_some_and(is_word_char)
                && i > start
            {
                return i;
            }
            i += 1;
            continue;
        }
        let next_word = ch(i + 1).is_some_and(is_word_char);
        let prev_digit = i > start && chars[i - 1].1.is_ascii_digit();
        let next_digit = ch(i + 1).is_some_and(|c| c.is_ascii_digit());
        match c {
            '-' | '‐' if next_word => i += 1,
            '.' if next_word && !(numeric && !next_digit && !prev_digit) => i += 1,
            ',' | '/' | ':' if prev_digit && next_digit => i += 1,
            c if is_apostrophe(c) && next_word => {
                // "'s" followed by a non-word is a clitic: stop here.
                let s_clitic = matches!(ch(i + 1), Some('s') | Some('S'))
                    && !ch(i + 2).is_some_and(is_word_char);
                if s_clitic {
                    return i;
                }
                i += 1;
            }
            '.' => {
                // A final period belongs to abbreviations: U.S., Gen., J.
                let word = &text[chars[start].0..chars[i].0];
                if is_abbreviation(word) {
                    return i + 1;
                }
                return i;
            }
            _ => return i,
        }
    }
    i
}

fn is_abbreviation(word: &str) -> bool {
    if word.contains('.') {
        // U.S, e.g, a.m: internal periods between single letters.
        return word
            .split('.')
            .all(|p| p.chars().count() <= 2 && !p.is_empty());
    }
    let mut it = word.chars();
    if let (Some(c), None) = (it.next(), it.next()) {
        return c.is_alphabetic() && c.is_uppercase();
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

fn split_sentences(text: &str, tokens: &[Token]) -> Vec<SentenceBounds> {
    let mut out = Vec::new();
    if tokens.is_empty() {
        return out;
    }
    let mut start = 0;
    let mut paragraph = true;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let mut end = i + 1;
        let mut boundary = false;
        let repaired = crate::repair_mojibake(t.text(text));
        let s: &str = &repaired;
        let terminator = matches!(s, "." | "!" | "?" | "..." | "…")
            || (s.starts_with('.') && s.chars().all(|c| c == '.'));
        if terminator {
            // Absorb closing quotes and brackets (a few: run-on punctuation
            // must not defeat the sentence-length cap).
            while end < tokens.len() && end - i <= 4 {
                let u = crate::repair_mojibake(tokens[end].text(text));
                let u: &str = &u;
                let closing = matches!(u, ")" | "]" | "’" | "”" | "»")
                    || (matches!(u, "\"" | "'")
                        && (end + 1 >= tokens.len()
                            || tokens[end + 1].span.start > tokens[end].span.end));
                if closing && tokens[end].span.start == tokens[end - 1].span.end {
                    end += 1;
                } else {
                    break;
                }
            }
            boundary = end >= tokens.len()
                || !starts_lowercase(&crate::repair_mojibake(tokens[end].text(text)));
        } else if t.kind == TokenKind::Word && s.ends_with('.') && end < tokens.len() {
            let bare = s.trim_end_matches('.').to_lowercase();
            let next = tokens[end].text(text);
            let is_title = TITLES.contains(&bare.as_str());
            let opener = SENTENCE_OPENERS.contains(&next.to_lowercase().as_str())
                && next.chars().next().is_some_and(char::is_uppercase);
            boundary = !is_title && opener;
        }
        let para_break = end < tokens.len()
            && is_paragraph_gap(&text[tokens[end - 1].span.end..tokens[end].span.start]);
        let mut forced = false;
        if !(boundary || para_break) && end - start >= MAX_SENTENCE_TOKENS {
            forced = true;
            let window = start + MAX_SENTENCE_TOKENS * 3 / 4..end;
            let cut = window
                .rev()
                .find(|&j| matches!(tokens[j].text(text), "," | ";" | ":"))
                .map_or(end, |j| j + 1);
            boundary = true;
            end = cut;
        }
        if boundary || para_break || end >= tokens.len() {
            out.push(SentenceBounds {
                span: Span::new(tokens[start].span.start, tokens[end - 1].span.end),
                tokens: start..end,
                starts_paragraph: paragraph,
                forced_break: forced,
            });
            paragraph = para_break;
            start = end;
        }
        i = end;
    }
    out
}

fn starts_lowercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// A gap with two or more line breaks separates paragraphs.
fn is_paragraph_gap(gap: &str) -> bool {
    gap.matches('\n').count() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        segment(text).tokens.iter().map(|t| t.text(text)).collect()
    }

    fn sents(text: &str) -> Vec<&str> {
        let seg = segment(text);
        seg.sentences.iter().map(|s| s.span.text(text)).collect()
    }

    #[test]
    fn tokenisation_table() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "abbreviations",
                "U.S. Gen. Smith",
                &["U.S.", "Gen.", "Smith"],
            ),
            ("initial", "Lloyd J. Austin", &["Lloyd", "J.", "Austin"]),
            (
                "month",
                "on Nov. 21, 2024",
                &["on", "Nov.", "21", ",", "2024"],
            ),
            ("decimal", "rose 3.5 pct", &["rose", "3.5", "pct"]),
            ("grouped", "1,000 troops", &["1,000", "troops"]),
            ("date slash", "on 21/11/2024.", &["on", "21/11/2024", "."]),
            ("iso date", "on 2024-11-21", &["on", "2024-11-21"]),
            (
                "possessive",
                "New Zealand's minister",
                &["New", "Zealand", "'s", "minister"],
            ),
            ("curly possessive", "India’s army", &["India", "’s", "army"]),
            (
                "garbled possessive",
                "Indiaâ€™s army",
                &["India", "â€™s", "army"],
            ),
            (
                "garbled quotes",
                "said: â€œwe will goâ€\u{fffd} now",
                &["said", ":", "â€œ", "we", "will", "go", "â€\u{fffd}", "now"],
            ),
            (
                "garbled no-break space",
                "read in hindi Â Â police said",
                &["read", "in", "hindi", "police", "said"],
            ),
            ("a word with a circumflex", "Âge d'âme", &["Âge", "d'âme"]),
            (
                "plural possessive",
                "ministers' talks",
                &["ministers", "'", "talks"],
            ),
            ("negation", "did n't", &["did", "n't"]),
            ("negation joined", "didn't go", &["did", "n't", "go"]),
            (
                "hyphen",
                "air-to-air refuelling",
                &["air-to-air", "refuelling"],
            ),
            ("name apostrophe", "O'Brien said", &["O'Brien", "said"]),
            (
                "quotes",
                "\"We will fight,\" he said.",
                &["\"", "We", "will", "fight", ",", "\"", "he", "said", "."],
            ),
            ("parens", "(Reuters) -", &["(", "Reuters", ")", "-"]),
            (
                "dateline",
                "NEW DELHI, Nov 21 (Reuters) - India",
                &[
                    "NEW", "DELHI", ",", "Nov", "21", "(", "Reuters", ")", "-", "India",
                ],
            ),
            ("ellipsis", "wait... now", &["wait", "...", "now"]),
            ("sentence final number", "in 2024.", &["in", "2024", "."]),
        ];
        for (name, text, want) in cases {
            assert_eq!(&toks(text), want, "case {name}");
        }
    }

    #[test]
    fn sentence_table() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "simple",
                "India met Japan. They agreed.",
                &["India met Japan.", "They agreed."],
            ),
            (
                "garbled opening quote",
                "He left. \u{e2}\u{20ac}\u{153}We will go.\u{e2}\u{20ac}\u{fffd}",
                &[
                    "He left.",
                    "\u{e2}\u{20ac}\u{153}We will go.\u{e2}\u{20ac}\u{fffd}",
                ],
            ),
            (
                "title",
                "Gen. Smith arrived. He spoke.",
                &["Gen. Smith arrived.", "He spoke."],
            ),
            (
                "month",
                "On Jan. 5 talks began.",
                &["On Jan. 5 talks began."],
            ),
            (
                "us mid",
                "The U.S. military said so.",
                &["The U.S. military said so."],
            ),
            (
                "us final",
                "He flew to the U.S. The talks began.",
                &["He flew to the U.S.", "The talks began."],
            ),
            (
                "quote",
                "\"We will fight.\" He left.",
                &["\"We will fight.\"", "He left."],
            ),
            (
                "lower after period",
                "at 3 p.m. local time.",
                &["at 3 p.m. local time."],
            ),
            (
                "paragraph",
                "Headline without period\n\nBody starts here.",
                &["Headline without period", "Body starts here."],
            ),
            (
                "wrapped line",
                "a line\nwrapped here.",
                &["a line\nwrapped here."],
            ),
            ("question", "Why? Because.", &["Why?", "Because."]),
        ];
        for (name, text, want) in cases {
            assert_eq!(&sents(text), want, "case {name}");
        }
    }

    #[test]
    fn paragraph_flags() {
        let text = "One. Two.\n\nThree.";
        let seg = segment(text);
        let flags: Vec<bool> = seg.sentences.iter().map(|s| s.starts_paragraph).collect();
        assert_eq!(flags, vec![true, false, true]);
    }

    #[test]
    fn empty_and_blank() {
        assert!(segment("").sentences.is_empty());
        assert!(segment(" \n\t ").tokens.is_empty());
    }
}
