//! A table of temporal expressions with document dates and the values they
//! must normalise to, written by hand (calendar facts checked: 2024-11-22 is
//! a Friday, 2025-01-02 a Thursday, 2024-12-30 a Monday and in ISO week
//! 2025-W01, 2024 is a leap year and 2023 is not).

use parley_text::segment;
use parley_time::{find_times, parse_document_date, Precision};

/// Every expression found in `text`: (surface, value, range end, dateline).
fn found(text: &str, doc: Option<&str>) -> Vec<(String, String, Option<String>, bool)> {
    let doc = doc.map(|d| parse_document_date(d).expect("valid test date"));
    let seg = segment(text);
    let mut out = Vec::new();
    for i in 0..seg.sentences.len() {
        for m in find_times(text, seg.sentence_tokens(i), doc, i == 0) {
            let surface = m.span.text(text).to_string();
            out.push((
                surface,
                m.value.normalised(),
                m.end.map(|e| e.normalised()),
                m.dateline,
            ));
        }
    }
    out
}

#[test]
fn expressions_normalise_relative_to_the_document_date() {
    // (document date, text, expression, value, end)
    let cases: &[(&str, &str, &str, &str, Option<&str>)] = &[
        // Absolute dates in the common news formats.
        (
            "2024-11-22",
            "They met on November 21, 2024.",
            "November 21, 2024",
            "2024-11-21",
            None,
        ),
        (
            "2024-11-22",
            "They met on Nov. 21, 2024 in Vientiane.",
            "Nov. 21, 2024",
            "2024-11-21",
            None,
        ),
        (
            "2024-11-22",
            "They met on 21 Nov 2024 in Vientiane.",
            "21 Nov 2024",
            "2024-11-21",
            None,
        ),
        (
            "2024-11-22",
            "They met on Nov. 21 in Vientiane.",
            "Nov. 21",
            "2024-11-21",
            None,
        ),
        (
            "2024-11-22",
            "They met on 21st November.",
            "21st November",
            "2024-11-21",
            None,
        ),
        (
            "2024-11-22",
            "The talks began on 2024-11-21.",
            "2024-11-21",
            "2024-11-21",
            None,
        ),
        (
            "2024-11-22",
            "The talks began on 21/11/2024.",
            "21/11/2024",
            "2024-11-21",
            None,
        ),
        (
            "2024-11-22",
            "The talks began on 11/21/2024.",
            "11/21/2024",
            "2024-11-21",
            None,
        ),
        // Day-first policy when both numbers could be months.
        (
            "2024-11-22",
            "The talks began on 04/05/2024.",
            "04/05/2024",
            "2024-05-04",
            None,
        ),
        // Weekdays by tense: the article is dated Friday 22 November 2024.
        (
            "2024-11-22",
            "The ministers met on Thursday.",
            "Thursday",
            "2024-11-21",
            None,
        ),
        (
            "2024-11-22",
            "The ministers will meet on Thursday.",
            "Thursday",
            "2024-11-28",
            None,
        ),
        (
            "2024-11-22",
            "The ministers met on Friday.",
            "Friday",
            "2024-11-22",
            None,
        ),
        (
            "2024-11-22",
            "They met last Friday.",
            "Friday",
            "2024-11-15",
            None,
        ),
        (
            "2024-11-22",
            "They will meet next Friday.",
            "Friday",
            "2024-11-29",
            None,
        ),
        // Relative expressions.
        (
            "2024-11-22",
            "Troops withdrew yesterday.",
            "yesterday",
            "2024-11-21",
            None,
        ),
        (
            "2024-11-22",
            "Troops withdrew today.",
            "today",
            "2024-11-22",
            None,
        ),
        (
            "2024-11-22",
            "Talks will resume tomorrow.",
            "tomorrow",
            "2024-11-23",
            None,
        ),
        (
            "2024-11-22",
            "The deal was signed last week.",
            "last week",
            "2024-W46",
            None,
        ),
        (
            "2024-11-22",
            "The deal will be signed next month.",
            "next month",
            "2024-12",
            None,
        ),
        (
            "2024-11-22",
            "The deal was signed last year.",
            "last year",
            "2023",
            None,
        ),
        (
            "2024-11-22",
            "The deal was signed earlier this year.",
            "earlier this year",
            "2024",
            None,
        ),
        (
            "2024-11-22",
            "The deal was signed two days ago.",
            "two days ago",
            "2024-11-20",
            None,
        ),
        (
            "2024-11-22",
            "The deal was signed three weeks ago.",
            "three weeks ago",
            "2024-W44",
            None,
        ),
        (
            "2024-11-22",
            "The deal was signed a year ago.",
            "a year ago",
            "2023",
            None,
        ),
        (
            "2024-11-22",
            "Talks will resume in two weeks.",
            "in two weeks",
            "2024-W49",
            None,
        ),
        // Months and years.
        (
            "2024-11-22",
            "The talks were held in December 2024.",
            "December 2024",
            "2024-12",
            None,
        ),
        (
            "2024-11-22",
            "A dialogue is scheduled for December.",
            "December",
            "2024-12",
            None,
        ),
        (
            "2024-11-22",
            "The army attacked the town in December.",
            "December",
            "2023-12",
            None,
        ),
        (
            "2024-11-22",
            "The army attacked the town in mid-August.",
            "mid-August",
            "2024-08",
            None,
        ),
        (
            "2024-11-22",
            "Elections will be held in 2025.",
            "2025",
            "2025",
            None,
        ),
        // Ranges.
        (
            "2024-11-22",
            "Talks were held from 3 to 5 March.",
            "from 3 to 5 March",
            "2024-03-03",
            Some("2024-03-05"),
        ),
        (
            "2024-11-22",
            "Talks will be held 3-5 March 2025.",
            "3-5 March 2025",
            "2025-03-03",
            Some("2025-03-05"),
        ),
        (
            "2024-11-22",
            "Talks will be held March 3-5, 2025.",
            "March 3-5, 2025",
            "2025-03-03",
            Some("2025-03-05"),
        ),
        (
            "2024-11-22",
            "The war of the 1990s was long.",
            "1990s",
            "1990",
            Some("1999"),
        ),
        // Year boundaries.
        (
            "2025-01-02",
            "The army shelled the town on Dec. 30.",
            "Dec. 30",
            "2024-12-30",
            None,
        ),
        (
            "2025-01-02",
            "The army shelled the town on Monday.",
            "Monday",
            "2024-12-30",
            None,
        ),
        (
            "2025-01-02",
            "The army shelled the town last month.",
            "last month",
            "2024-12",
            None,
        ),
        (
            "2025-01-02",
            "The army shelled the town last week.",
            "last week",
            "2024-W52",
            None,
        ),
        (
            "2025-01-02",
            "The envoys will meet next week.",
            "next week",
            "2025-W02",
            None,
        ),
        (
            "2024-12-30",
            "The envoys meet this week.",
            "this week",
            "2025-W01",
            None,
        ),
        (
            "2024-12-28",
            "The summit will open on Jan. 3.",
            "Jan. 3",
            "2025-01-03",
            None,
        ),
        // Leap years.
        (
            "2024-11-22",
            "It was signed on 29 February 2024.",
            "29 February 2024",
            "2024-02-29",
            None,
        ),
        (
            "2024-03-01",
            "It was signed yesterday.",
            "yesterday",
            "2024-02-29",
            None,
        ),
        (
            "2023-03-01",
            "It was signed yesterday.",
            "yesterday",
            "2023-02-28",
            None,
        ),
    ];
    for (doc, text, expr, value, end) in cases {
        let got = found(text, Some(doc));
        let want = (
            expr.to_string(),
            value.to_string(),
            end.map(String::from),
            false,
        );
        assert_eq!(got, vec![want], "{text} (document date {doc})");
    }
}

#[test]
fn datelines_are_marked() {
    let text = "NEW DELHI, Nov 21 (Reuters) - India and Australia held talks.";
    assert_eq!(
        found(text, Some("2024-11-22")),
        vec![("Nov 21".into(), "2024-11-21".into(), None, true)]
    );
    // The same words later in the text are no dateline.
    let text = "India and Australia held talks. They met in Delhi, Nov 21 (Thursday).";
    assert!(found(text, Some("2024-11-22")).iter().all(|m| !m.3));
}

#[test]
fn what_is_not_a_date() {
    let none: &[&str] = &[
        "May I ask a question?",
        "Protesters march on parliament.",
        "The 2000 troops left.",
        "Some 2,000 people fled.",
        "It was signed on 29 February 2023.", // 2023 is not a leap year
        "The talks began on 31/02/2024.",
    ];
    for text in none {
        assert_eq!(found(text, Some("2024-11-22")), vec![], "{text}");
    }
}

#[test]
fn without_a_document_date_only_absolute_dates_are_found() {
    let got = found("Troops withdrew yesterday and on November 21, 2024.", None);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "2024-11-21");
}

#[test]
fn precisions_and_period_ends() {
    let doc = parse_document_date("2024-02-10").unwrap();
    let seg = segment("It happened last month and next year.");
    let ms = find_times(
        "It happened last month and next year.",
        seg.sentence_tokens(0),
        Some(doc),
        true,
    );
    assert_eq!(ms.len(), 2);
    assert_eq!(ms[0].value.precision, Precision::Month);
    assert_eq!(ms[0].value.last_day().to_string(), "2024-01-31");
    assert_eq!(ms[1].value.precision, Precision::Year);
    assert_eq!(ms[1].value.last_day().to_string(), "2025-12-31");
}
