//! Property tests: segmentation is total and lossless on arbitrary Unicode.

use parley_text::segment;
use proptest::prelude::*;

fn is_space(gap: &str) -> bool {
    gap.replace("\u{c2}\u{a0}", " ")
        .replace("\u{c2} ", " ")
        .chars()
        .all(char::is_whitespace)
}

fn check(text: &str) {
    let seg = segment(text);
    let mut prev_end = 0;
    for t in &seg.tokens {
        assert!(t.span.start < t.span.end, "empty token");
        assert!(
            t.span.start >= prev_end,
            "tokens overlap or are out of order"
        );
        assert!(t.span.end <= text.len());
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        // Only whitespace lies between tokens (a no-break space garbled
        // into "Â " is one).
        assert!(
            is_space(&text[prev_end..t.span.start]),
            "{:?}",
            &text[prev_end..t.span.start]
        );
        prev_end = t.span.end;
    }
    assert!(is_space(&text[prev_end..]));
    let joined: String = seg
        .pieces(text.len())
        .iter()
        .map(|p| p.text(text))
        .collect();
    assert_eq!(joined, text);
    // Sentences partition the tokens in order.
    let mut next = 0;
    for s in &seg.sentences {
        assert_eq!(s.tokens.start, next);
        assert!(s.tokens.end > s.tokens.start);
        assert_eq!(s.span.start, seg.tokens[s.tokens.start].span.start);
        assert_eq!(s.span.end, seg.tokens[s.tokens.end - 1].span.end);
        next = s.tokens.end;
    }
    assert_eq!(next, seg.tokens.len());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_unicode(text in "\\PC*") {
        check(&text);
    }

    #[test]
    fn garbled_punctuation(pieces in prop::collection::vec(prop::sample::select(vec![
        "\u{e2}\u{20ac}\u{2122}", "\u{e2}\u{20ac}\u{153}", "\u{e2}\u{20ac}\u{fffd}",
        "\u{e2}\u{20ac}", "\u{c2} ", "\u{c2}\u{a0}", "\u{c2}", "\u{e2}", "\u{20ac}",
        "s", "India", "t", " ", ".", "'", "\n",
    ]), 0..40)) {
        check(&pieces.concat());
    }

    #[test]
    fn newsy_alphabet(text in "[A-Za-z0-9 .,'’\"()\\-\n!?éΩ😀]{0,200}") {
        check(&text);
    }
}

#[test]
fn run_on_text_is_cut_into_bounded_sentences() {
    let text = "troops shelled posts near the border and ".repeat(5_000);
    let seg = segment(&text);
    assert!(seg.sentences.len() > 100);
    for s in &seg.sentences {
        assert!(
            s.tokens.len() <= parley_text::MAX_SENTENCE_TOKENS,
            "{}",
            s.tokens.len()
        );
    }
    assert!(seg.sentences[0].forced_break);
    assert!(!segment("A short sentence. Another.").sentences[0].forced_break);
    check(&text);
}

#[test]
fn closing_punctuation_cannot_defeat_the_cap() {
    let text = format!("India met Japan.{}", ")".repeat(400));
    for s in &segment(&text).sentences {
        assert!(s.tokens.len() <= parley_text::MAX_SENTENCE_TOKENS);
    }
    check(&text);
}

#[test]
fn long_single_line() {
    let text = "word. ".repeat(200_000);
    check(&text);
}
