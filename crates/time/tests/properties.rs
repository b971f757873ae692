//! The time finder is total: any text, any document date, no panic, and
//! every mention's span is a piece of the text made of its tokens.

use parley_text::segment;
use parley_time::{find_times, Date};
use proptest::prelude::*;

fn newsy() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "on",
        "in",
        "last",
        "next",
        "this",
        "Thursday",
        "Dec.",
        "December",
        "May",
        "21",
        "31st",
        "29",
        "February",
        "2024",
        "2023",
        "1990s",
        "the",
        "ago",
        "two",
        "days",
        "weeks",
        "from",
        "to",
        "3-5",
        "21/11/2024",
        "11/31/2024",
        "2024-02-30",
        "yesterday",
        ",",
        "(",
        "-",
        "mid-May",
        "earlier",
        "year",
        "will",
        "met",
        "🙂",
        "é",
    ]);
    prop::collection::vec(words, 0..25).prop_map(|v| v.join(" "))
}

proptest! {
    #[test]
    fn spans_are_pieces_of_the_text(text in newsy(), y in 1990i16..2030, m in 1i8..=12, d in 1i8..=28) {
        let doc = Date::new(y, m, d).ok();
        let seg = segment(&text);
        for i in 0..seg.sentences.len() {
            let tokens = seg.sentence_tokens(i);
            for t in find_times(&text, tokens, doc, i == 0) {
                prop_assert!(t.tokens.end <= tokens.len() && t.tokens.start < t.tokens.end);
                prop_assert_eq!(t.span, tokens[t.tokens.start].span.cover(tokens[t.tokens.end - 1].span));
                prop_assert!(!t.span.text(&text).is_empty());
                if let Some(end) = t.end {
                    prop_assert!(end.date >= t.value.date);
                }
            }
        }
    }

    #[test]
    fn any_text_is_fine(text in "\\PC{0,200}") {
        let seg = segment(&text);
        for i in 0..seg.sentences.len() {
            let _ = find_times(&text, seg.sentence_tokens(i), Date::new(2024, 2, 29).ok(), i == 0);
        }
    }
}
