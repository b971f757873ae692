//! Event topics on sentences written for these tests; expectations by hand.

use parley_coder::analyse_text;

/// (text, the event's trigger words, its expected topic).
fn topics(text: &str) -> Vec<(String, Option<String>)> {
    let a = analyse_text(text, Some("2025-06-02"));
    a.events
        .iter()
        .filter(|e| e.is_reported())
        .map(|e| {
            (
                e.trigger.text(text).to_string(),
                e.topic.map(|t| t.text(text).to_string()),
            )
        })
        .collect()
}

#[test]
fn agreements_and_meetings_are_named() {
    let cases: &[(&str, &str)] = &[
        (
            "Chile and Peru signed a free trade agreement in Lima on Monday.",
            "free trade agreement",
        ),
        (
            "Kenya and Uganda signed a fisheries treaty on Tuesday, which ends a long dispute.",
            "fisheries treaty",
        ),
        (
            "Norway and Iceland exchanged a memorandum of understanding on fisheries on Friday.",
            "memorandum of understanding on fisheries",
        ),
        (
            "Ghana called for the early conclusion of a Maritime Security Pact with Togo.",
            "Maritime Security Pact",
        ),
        (
            "The ministers met in Lisbon and agreed that the next session of the Joint Economic Commission will be held in March 2026.",
            "Joint Economic Commission",
        ),
    ];
    for (text, want) in cases {
        let got = topics(text);
        assert!(
            got.iter().any(|(_, t)| t.as_deref() == Some(*want)),
            "{text}\n{got:?}"
        );
        // The topic's span is its words.
        let a = analyse_text(text, Some("2025-06-02"));
        for e in &a.events {
            if let Some(t) = e.topic {
                assert!(text.get(t.start..t.end).is_some());
            }
        }
    }
}

#[test]
fn no_topic_without_a_name() {
    for text in [
        "Russian troops attacked Ukrainian positions near Kharkiv on Monday.",
        "Japan and India held talks in Tokyo on Thursday.",
        "The president criticised the opposition on Friday.",
    ] {
        let got = topics(text);
        assert!(!got.is_empty(), "an event in {text}");
        assert!(got.iter().all(|(_, t)| t.is_none()), "{text}\n{got:?}");
    }
}
