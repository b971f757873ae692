//! Agreements and scheduled events on hand-made evidence.

use parley_link::track::{
    agreement_status, agreements, names_agreement, schedule_status, AgreementEvidence,
    AgreementStatus as S, ScheduleStatus,
};
use parley_link::Report;

#[test]
fn status_from_words_and_codes() {
    let cases: &[(&str, &str, &str, S)] = &[
        (
            "057",
            "signed the free trade agreement",
            "asserted",
            S::Signed,
        ),
        (
            "057",
            "exchanged an implementing arrangement",
            "asserted",
            S::Exchanged,
        ),
        ("057", "inked a deal", "asserted", S::Signed),
        (
            "046",
            "opened negotiations",
            "asserted",
            S::UnderNegotiation,
        ),
        ("040", "held talks", "asserted", S::UnderNegotiation),
        (
            "0212",
            "called for the early finalization of",
            "asserted",
            S::Proposed,
        ),
        ("057", "will sign", "future", S::Proposed),
        ("057", "ratified the treaty", "asserted", S::Ratified),
        (
            "030",
            "the accord entered into force",
            "asserted",
            S::InForce,
        ),
        ("161", "suspended the ceasefire", "asserted", S::Suspended),
        ("1246", "withdrew from the pact", "asserted", S::Suspended),
        // Words that only contain a status word.
        (
            "0212",
            "signalled support for the deal",
            "asserted",
            S::Proposed,
        ),
        ("0212", "resigned over the accord", "asserted", S::Proposed),
        (
            "040",
            "linked the truce to talks",
            "asserted",
            S::UnderNegotiation,
        ),
    ];
    for (cameo, trigger, modality, want) in cases {
        assert_eq!(
            agreement_status(cameo, trigger, modality),
            *want,
            "{trigger}"
        );
    }
}

#[test]
fn agreement_nouns() {
    let nouns = &["agreement", "treaty", "memorandum"];
    assert_eq!(
        names_agreement("free trade agreement", nouns).as_deref(),
        Some("agreement")
    );
    assert_eq!(
        names_agreement("memorandum of understanding on fisheries", nouns).as_deref(),
        Some("memorandum")
    );
    assert_eq!(names_agreement("Defence Policy Dialogue", nouns), None);
}

fn ev(
    id: i64,
    day: i64,
    topic: &str,
    noun: &str,
    parties: &[&str],
    status: S,
) -> AgreementEvidence {
    AgreementEvidence {
        id,
        day,
        topic: topic.into(),
        noun: noun.into(),
        parties: parties.iter().map(|s| s.to_string()).collect(),
        status,
    }
}

#[test]
fn histories_are_kept_apart_and_in_order() {
    let evidence = vec![
        ev(
            5,
            30,
            "free trade agreement",
            "agreement",
            &["CHL", "PER"],
            S::Signed,
        ),
        ev(
            1,
            10,
            "free trade agreement",
            "agreement",
            &["CHL", "PER"],
            S::UnderNegotiation,
        ),
        // Another agreement of the same parties.
        ev(
            2,
            12,
            "fisheries treaty",
            "treaty",
            &["CHL", "PER"],
            S::Proposed,
        ),
        // The same name between other parties: another agreement.
        ev(
            3,
            15,
            "free trade agreement",
            "agreement",
            &["CHL", "ARG"],
            S::Signed,
        ),
        // One party, named: joins its agreement ("Peru ratified the trade agreement").
        ev(7, 40, "trade agreement", "agreement", &["PER"], S::Ratified),
        // One party, no agreement of that name: left out.
        ev(8, 41, "energy pact", "pact", &["PER"], S::Signed),
    ];
    let got: Vec<(i64, String, Vec<String>, S, Vec<i64>)> = agreements(&evidence)
        .into_iter()
        .map(|a| {
            (
                a.id,
                a.topic,
                a.parties,
                a.status,
                a.steps.iter().map(|&i| evidence[i].id).collect(),
            )
        })
        .collect();
    let p = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        got,
        vec![
            (
                1,
                "free trade agreement".into(),
                p(&["CHL", "PER"]),
                S::Ratified,
                vec![1, 5, 7]
            ),
            (
                2,
                "fisheries treaty".into(),
                p(&["CHL", "PER"]),
                S::Proposed,
                vec![2]
            ),
            (
                3,
                "free trade agreement".into(),
                p(&["ARG", "CHL"]),
                S::Signed,
                vec![3]
            ),
        ]
    );
}

fn meeting(id: i64, modality: &str, first: i64, last: i64, parties: &[&str]) -> Report {
    Report {
        id,
        event: "CONSULT".into(),
        cameo: "040".into(),
        modality: modality.into(),
        first_day: first,
        last_day: last,
        precise: first == last,
        actors: parties.iter().map(|s| s.to_string()).collect(),
        recipients: vec![],
        countries: parties.iter().map(|s| s.to_string()).collect(),
        symmetric: true,
        place: None,
    }
}

#[test]
fn scheduled_held_overdue() {
    // A dialogue scheduled for a month (days 100–130), announced on day 60.
    let planned = meeting(1, "scheduled", 100, 130, &["IND", "KOR"]);
    let held = meeting(2, "asserted", 112, 112, &["IND", "KOR"]);
    let other_pair = meeting(3, "asserted", 112, 112, &["IND", "JPN"]);
    let too_late = meeting(4, "asserted", 140, 140, &["IND", "KOR"]);
    let all = [
        planned.clone(),
        held.clone(),
        other_pair.clone(),
        too_late.clone(),
    ];
    let published = [Some(60), Some(113), Some(113), Some(141)];
    assert_eq!(
        schedule_status(&planned, Some(60), all.iter().zip(published), Some(141)),
        ScheduleStatus::Held(2)
    );
    let without = [planned.clone(), other_pair, too_late];
    let published = [Some(60), Some(113), Some(141)];
    assert_eq!(
        schedule_status(&planned, Some(60), without.iter().zip(published), Some(141)),
        ScheduleStatus::Overdue
    );
    assert_eq!(
        schedule_status(&planned, Some(60), without.iter().zip(published), Some(120)),
        ScheduleStatus::Scheduled
    );
    // A report published before the announcement does not show it held.
    let early = [planned.clone(), held];
    assert_eq!(
        schedule_status(
            &planned,
            Some(120),
            early.iter().zip([Some(120), Some(113)]),
            Some(125)
        ),
        ScheduleStatus::Scheduled
    );
}
