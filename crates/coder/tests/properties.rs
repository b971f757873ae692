//! The whole analysis is total: arbitrary text never panics, and every span
//! it reports lies in the text, on character boundaries.

use parley_coder::analyse_text;
use proptest::prelude::*;

fn check(text: &str) {
    let doc = analyse_text(text, Some("2024-11-22"));
    let ok = |s: parley_text::Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    for m in &doc.mentions {
        for a in &m.actors {
            assert!(ok(a.span));
        }
        for p in &m.places {
            assert!(ok(p.span));
        }
    }
    for e in &doc.events {
        assert!(ok(e.trigger) && ok(e.sentence_span));
        assert!(e.sentence_span.start <= e.trigger.start && e.trigger.end <= e.sentence_span.end);
        for p in e.actors.iter().chain(&e.recipients) {
            assert!(ok(p.span));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_unicode(text in "\\PC{0,400}") {
        check(&text);
    }

    /// Sentences assembled from news words, names and punctuation reach the
    /// coder's role assignment far more often than random characters do.
    #[test]
    fn newsy_word_salad(words in proptest::collection::vec(prop::sample::select(vec![
        "India", "Pakistan", "the", "United", "States", "Russian", "troops", "attacked", "met", "with",
        "and", ",", ".", "he", "they", "both", "sides", "agreed", "to", "not", "in", "Kyiv", "police",
        "arrested", "protesters", "'s", "minister", "Defence", "Minister", "said", "will", "sign",
        "an", "agreement", "by", "was", "condemned", "urged", "NATO", "UN", "\"", "(", ")", "Singh",
    ]), 0..60)) {
        check(&words.join(" "));
    }
}
