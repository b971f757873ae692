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

proptest! {
    /// Every normalised value reads back as itself, at every precision.
    #[test]
    fn normalised_values_read_back(days in 0i64..80_000, p in 0usize..4) {
        use parley_time::{Precision, TimePoint};
        let date = Date::new(1900, 1, 1).unwrap().checked_add(jiff::Span::new().days(days)).unwrap();
        let precision = [Precision::Day, Precision::Week, Precision::Month, Precision::Year][p];
        let t = TimePoint::of(date, precision);
        prop_assert_eq!(TimePoint::parse(&t.normalised()), Some(t));
    }
}

#[test]
fn parse_table() {
    use parley_time::{Precision, TimePoint};
    let d = |y, m, day| Date::new(y, m, day).unwrap();
    let cases: &[(&str, Option<(Date, Precision, Date)>)] = &[
        (
            "2024-11-21",
            Some((d(2024, 11, 21), Precision::Day, d(2024, 11, 21))),
        ),
        // ISO week 1 of 2025 starts on Monday 30 December 2024.
        (
            "2025-W01",
            Some((d(2024, 12, 30), Precision::Week, d(2025, 1, 5))),
        ),
        (
            "2024-02",
            Some((d(2024, 2, 1), Precision::Month, d(2024, 2, 29))),
        ),
        (
            "2023",
            Some((d(2023, 1, 1), Precision::Year, d(2023, 12, 31))),
        ),
        ("2023-02-29", None),
        ("2024-W54", None),
        ("24-11-21", None),
        ("2024-11-21-01", None),
        ("2024-1", None),
        ("", None),
    ];
    for (s, want) in cases {
        let got = TimePoint::parse(s).map(|t| (t.date, t.precision, t.last_day()));
        assert_eq!(&got, want, "{s}");
    }
}
