//! Event dates and the modalities they decide (DESIGN.md §13). Expectations
//! written by hand; 2024-11-22 is a Friday.

use parley_coder::analyse_text;

/// `PLOVER date precision source modality` for each default-output event.
fn dated(text: &str, doc: &str) -> Vec<String> {
    analyse_text(text, Some(doc))
        .events
        .iter()
        .filter(|e| e.is_reported())
        .map(|e| {
            let d = e.date.as_ref().expect("a document date dates every event");
            format!(
                "{} {} {} {} {}",
                e.plover.as_deref().unwrap_or("-"),
                d.value.normalised(),
                d.value.precision.as_str(),
                d.source.as_str(),
                e.modality.as_str()
            )
        })
        .collect()
}

#[test]
fn events_take_the_date_of_their_clause_sentence_dateline_lead_or_publication() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The Indian and Australian defence ministers met in Vientiane on Thursday.",
            &["CONSULT 2024-11-21 day clause asserted"],
        ),
        (
            "NEW DELHI, Nov 21 (Reuters) - India and Australia held talks. Their ministers also signed a memorandum on maritime patrols.",
            &["CONSULT 2024-11-21 day dateline asserted", "AGREE 2024-11-21 day dateline asserted"],
        ),
        (
            "India and Australia held talks in Vientiane. The meeting took place on November 21, 2024.\n\nLater, India and Japan signed an agreement.",
            &["CONSULT 2024-11-21 day lead asserted", "AGREE 2024-11-21 day lead asserted"],
        ),
        ("India and Australia held talks.", &["CONSULT 2024-11-22 day publication asserted"]),
    ];
    for (text, want) in cases {
        assert_eq!(&dated(text, "2024-11-22"), want, "{text}");
    }
}

#[test]
fn dates_decide_scheduled_and_historical_events() {
    let cases: &[(&str, &[&str])] = &[
        // A future meeting with a date of its own is a scheduled meeting…
        (
            "India and Japan will hold talks in Tokyo on 5 December 2024.",
            &["CONSULT 2024-12-05 day clause scheduled"],
        ),
        // So is a meeting someone is "due to" hold: its date hangs below the trigger's last word.
        (
            "Border trade has slowed. The Kenyan president is due to meet his Ugandan counterpart on 5 December 2024.",
            &["CONSULT 2024-12-05 day clause scheduled"],
        ),
        // …without one, PLOVER's intention to meet.
        ("India and Japan will hold talks in Tokyo.", &["AGREE 2024-11-22 day publication asserted"]),
        // The date of the reporting verb does not schedule the act.
        (
            "The United Nations will provide food aid to Liberia, it said on Monday.",
            &["AGREE 2024-11-18 day sentence asserted"],
        ),
        // The agreement is today's; the session is December's.
        (
            "Japan and India agreed to deepen cooperation, with the next session of their dialogue scheduled for December 2024.",
            &["AGREE 2024-11-22 day publication asserted", "CONSULT 2024-12 month clause scheduled"],
        ),
        // Dated more than 30 days before the document: historical.
        (
            "In March 2023, Russian troops attacked Kherson.",
            &["ASSAULT 2023-03 month clause historical"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(&dated(text, "2024-11-22"), want, "{text}");
    }
}
