//! `EventRecord::dyads`: one record per source–target pair, expectations
//! written by hand.

use parley_records::{ActorRecord, EventRecord};

fn party(country: &str) -> ActorRecord {
    ActorRecord {
        code: country.into(),
        country: country.into(),
        sector: None,
        sectors: Vec::new(),
        name: None,
        country_inferred: false,
        entity_text: Some(country.into()),
        span: Some([0, 3]),
        antecedent_span: None,
        anaphor_span: None,
    }
}

fn record(actors: &[&str], recipients: &[&str], symmetric: bool) -> EventRecord {
    EventRecord {
        doc_id: "d".into(),
        event_id: "d:0".into(),
        date: None,
        date_precision: None,
        date_end: None,
        date_source: None,
        date_text: None,
        date_span: None,
        event: Some("CONSULT".into()),
        mode: None,
        context: None,
        cameo: "040".into(),
        intended_cameo: None,
        quad_code: 1,
        goldstein: 1.0,
        actor: actors.iter().map(|c| party(c)).collect(),
        recipient: recipients.iter().map(|c| party(c)).collect(),
        symmetric,
        modality: "asserted",
        event_text: "met".into(),
        trigger_span: [4, 7],
        sentence_span: [0, 20],
        sentence_text: "IND met KOR and AUS.".into(),
        rule: "04_consult.pat:1".into(),
        pattern: "meet".into(),
        confidence: 0.8,
        event_loc: None,
        topic: None,
        topic_span: None,
    }
}

/// (actor countries, recipient countries) of each dyad, with its event id.
fn shape(recs: &[EventRecord]) -> Vec<(String, Vec<&str>, Vec<&str>)> {
    recs.iter()
        .map(|r| {
            (
                r.event_id.clone(),
                r.actor.iter().map(|a| a.country.as_str()).collect(),
                r.recipient.iter().map(|a| a.country.as_str()).collect(),
            )
        })
        .collect()
}

#[test]
fn dyads_pair_every_source_with_every_target() {
    let two_by_two = record(&["IND", "AUS"], &["KOR", "NZL"], false).dyads();
    assert_eq!(
        shape(&two_by_two),
        [
            ("d:0.0".to_string(), vec!["IND"], vec!["KOR"]),
            ("d:0.1".to_string(), vec!["IND"], vec!["NZL"]),
            ("d:0.2".to_string(), vec!["AUS"], vec!["KOR"]),
            ("d:0.3".to_string(), vec!["AUS"], vec!["NZL"]),
        ]
    );
    // Everything else is copied.
    assert!(two_by_two
        .iter()
        .all(|r| r.cameo == "040" && r.event_text == "met"));
}

#[test]
fn joint_action_pairs_its_actors() {
    let both = record(&["IND", "KOR", "AUS"], &[], true).dyads();
    assert_eq!(
        shape(&both),
        [
            ("d:0.0".to_string(), vec!["IND"], vec!["KOR"]),
            ("d:0.1".to_string(), vec!["IND"], vec!["AUS"]),
            ("d:0.2".to_string(), vec!["KOR"], vec!["AUS"]),
        ]
    );
}

#[test]
fn one_sided_and_single_dyad_records() {
    let no_target = record(&["IND", "KOR"], &[], false).dyads();
    assert_eq!(
        shape(&no_target),
        [
            ("d:0.0".to_string(), vec!["IND"], vec![]),
            ("d:0.1".to_string(), vec!["KOR"], vec![]),
        ]
    );
    let no_source = record(&[], &["IND", "KOR"], false).dyads();
    assert_eq!(
        shape(&no_source),
        [
            ("d:0.0".to_string(), vec![], vec!["IND"]),
            ("d:0.1".to_string(), vec![], vec!["KOR"]),
        ]
    );
    let single = record(&["IND"], &["KOR"], true);
    assert_eq!(single.dyads(), vec![single.clone()]);
}
