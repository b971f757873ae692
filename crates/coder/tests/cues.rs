//! PLOVER modes and contexts from the event's own words (data/cues.tsv).
//! Expectations written by hand from the sentences.

use parley_coder::{analyse_text, CueTable};
use parley_ontology::Ontology;

/// (PLOVER category, mode, context) of the first event.
fn first_event(text: &str) -> (String, Option<String>, Option<String>) {
    let doc = analyse_text(text, None);
    let e = doc
        .events
        .first()
        .unwrap_or_else(|| panic!("no event in {text:?}"));
    (
        e.plover.clone().unwrap_or_default(),
        e.mode.clone(),
        e.context.clone(),
    )
}

#[test]
fn modes_and_contexts_come_from_the_events_words() {
    // (sentence, category, mode, a context that must be present)
    let cases: &[(&str, &str, Option<&str>, Option<&str>)] = &[
        (
            "Israeli warplanes struck a school in Gaza.",
            "ASSAULT",
            Some("aerial"),
            Some("military"),
        ),
        (
            "A suicide bomber killed 12 Afghan soldiers in Kabul.",
            "ASSAULT",
            Some("suicide-attack"),
            None,
        ),
        (
            "Russian drones attacked a power station in Ukraine.",
            "ASSAULT",
            Some("drone"),
            None,
        ),
        (
            "Modi held a phone call with the Japanese prime minister on trade.",
            "CONSULT",
            Some("phone"),
            Some("economic"),
        ),
        (
            "Kenyan teachers went on a hunger strike.",
            "PROTEST",
            Some("hunger"),
            None,
        ),
        (
            "Police fired tear gas at protesters in Nairobi.",
            "ASSAULT",
            Some("crowd-control"),
            None,
        ),
        (
            "China and Japan held talks on fishing rights.",
            "CONSULT",
            None,
            Some("natural_resource"),
        ),
        (
            "Japan sent medical supplies to Turkey after the earthquake.",
            "AID",
            None,
            Some("disasters"),
        ),
        (
            "Indian and Chinese troops clashed on the disputed border.",
            "ASSAULT",
            None,
            Some("territory"),
        ),
    ];
    for (text, category, mode, context) in cases {
        let (c, m, ctx) = first_event(text);
        assert_eq!(&c, category, "{text}");
        if mode.is_some() {
            assert_eq!(m.as_deref(), *mode, "{text}");
        }
        if let Some(want) = context {
            let got = ctx.clone().unwrap_or_default();
            assert!(
                got.split('|').any(|x| x == *want),
                "{text}: context {got:?}"
            );
        }
    }
}

#[test]
fn cues_outside_the_events_phrase_do_not_count() {
    // The fishermen and the oil price are not part of the attack.
    let (_, _, ctx) =
        first_event("As fishermen watched and oil prices rose, Russian troops attacked Ukraine.");
    let ctx = ctx.unwrap_or_default();
    assert!(!ctx.contains("natural_resource"), "{ctx}");
    assert!(!ctx.contains("economic"), "{ctx}");
    // "tear gas" is not natural gas.
    let (_, _, ctx) = first_event("Police fired tear gas at protesters in Nairobi.");
    assert!(!ctx.unwrap_or_default().contains("natural_resource"));
}

#[test]
fn the_cue_table_checks_names_against_the_ontology() {
    let o = Ontology::embedded();
    assert!(CueTable::parse(include_str!("../data/cues.tsv"), o).is_ok());
    let cases = [
        ("mode\tASSAULT\tlaser\tlaser\n", "has no mode"),
        ("mode\tFIGHT\taerial\tjet\n", "unknown PLOVER category"),
        ("context\tsports\tfootball\n", "unknown PLOVER context"),
        ("context\tmilitary\t|\n", "no cues"),
        ("modes\tASSAULT\taerial\tjet\n", "expected"),
    ];
    for (text, message) in cases {
        let e = CueTable::parse(text, o).unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.message.contains(message), "{text:?}: {}", e.message);
    }
}
