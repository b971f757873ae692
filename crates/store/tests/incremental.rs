//! Incremental linking (issue "Reliability … no stalls"): following up
//! after each batch gives the store that linking everything at once gives,
//! whatever the batches and their order.

mod fixture;

use fixture::party;
use parley_records::{EventRecord, LocationRecord};
use parley_store::{document_key, EventQuery, NewDocument, Store};
use parley_text::Document;
use proptest::prelude::*;

/// What one event says: category, day (of October 2024, 1–9), actors,
/// recipients, joint, happened, place (country, latitude), topic.
type Said = (
    &'static str,
    u8,
    Vec<&'static str>,
    Vec<&'static str>,
    bool,
    bool,
    Option<(&'static str, f64)>,
    Option<&'static str>,
);

fn record(doc: &str, n: usize, said: &Said) -> EventRecord {
    let (event, day, actors, recipients, symmetric, happened, place, topic) = said;
    let cameo = match *event {
        "ASSAULT" => "190",
        "CONSULT" => "040",
        "AGREE" => "057",
        _ => "070",
    };
    let mut r = fixture::record(doc, n, event, cameo, format!("2024-10-0{day}"));
    r.actor = actors.iter().map(|a| party(a)).collect();
    r.recipient = recipients.iter().map(|a| party(a)).collect();
    r.symmetric = *symmetric;
    r.modality = if *happened { "asserted" } else { "scheduled" };
    if *event == "AGREE" {
        r.event_text = "signed".into();
    }
    r.event_loc = place.map(|(country, lat)| LocationRecord {
        name: format!("{country}{lat}"),
        country: Some(country.into()),
        geonameid: None,
        feature: "PPL",
        precision: "city",
        lat: Some(lat),
        lon: Some(36.0),
        source: "text",
        text: country.into(),
        span: [0, 1],
    });
    r.topic = topic.map(String::from);
    r
}

fn said() -> impl Strategy<Value = Said> {
    (
        prop::sample::select(vec!["ASSAULT", "CONSULT", "AID", "AGREE"]),
        1u8..10,
        prop::sample::subsequence(vec!["RUS", "RUSMIL", "UKR", "USA"], 0..3),
        prop::sample::subsequence(vec!["RUS", "UKR", "UKRGOV", "USA"], 0..3),
        any::<bool>(),
        prop::bool::weighted(0.9),
        prop::option::of((
            prop::sample::select(vec!["UKR", "RUS"]),
            prop::sample::select(vec![50.0, 50.1, 47.0]),
        )),
        prop::option::of(prop::sample::select(vec![
            "gas transit agreement",
            "transit agreement",
            "prisoner exchange deal",
            "grain deal",
        ])),
    )
}

/// Documents (id, publication day, what their events say).
fn documents() -> impl Strategy<Value = Vec<(Document, Vec<EventRecord>)>> {
    prop::collection::vec((1u8..10, prop::collection::vec(said(), 1..3)), 1..30).prop_map(|docs| {
        docs.into_iter()
            .enumerate()
            .map(|(i, (published, events))| {
                let id = format!("d{i:02}");
                let doc = Document {
                    id: id.clone(),
                    id_given: true,
                    date: Some(format!("2024-10-0{published}")),
                    source: Some(format!("outlet {}", i % 3)),
                    text: format!("Text {i}."),
                    origin: "test".into(),
                    ..Default::default()
                };
                let records = events
                    .iter()
                    .enumerate()
                    .map(|(n, s)| record(&id, n, s))
                    .collect();
                (doc, records)
            })
            .collect()
    })
}

fn insert(store: &mut Store, docs: &[&(Document, Vec<EventRecord>)]) {
    let keys: Vec<String> = docs.iter().map(|(d, _)| document_key(d)).collect();
    let batch: Vec<NewDocument<'_>> = docs
        .iter()
        .zip(&keys)
        .map(|((doc, events), key)| NewDocument {
            key,
            doc,
            events,
            mentions: &[],
        })
        .collect();
    store.insert_batch(&batch).unwrap();
}

/// What users see of the linking and tracking: each event's cluster with
/// its counts (by event id), the cluster listing, the agreements with their
/// steps (without the store's row ids) and the scheduled events.
fn linking(store: &Store) -> (Vec<String>, Vec<String>, Vec<String>, Vec<String>) {
    let mut events: Vec<String> = store
        .events(&EventQuery::default())
        .unwrap()
        .into_iter()
        .map(|e| {
            format!(
                "{} {:?} {:?} {:?}",
                e.event_id, e.cluster, e.cluster_documents, e.cluster_sources
            )
        })
        .collect();
    events.sort();
    let clusters = store
        .clusters(1)
        .unwrap()
        .into_iter()
        .map(|c| format!("{c:?}"))
        .collect();
    let agreements = store
        .agreements()
        .unwrap()
        .into_iter()
        .map(|mut a| {
            a.agreement = 0;
            format!("{a:?}")
        })
        .collect();
    let scheduled = store
        .scheduled()
        .unwrap()
        .into_iter()
        .map(|s| format!("{s:?}"))
        .collect();
    (events, clusters, agreements, scheduled)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Batches followed up one by one, in any order, give what one relink
    /// of everything gives: clusters, agreements and scheduled events.
    #[test]
    fn incremental_linking_is_full_linking(
        docs in documents(),
        batch_of in prop::collection::vec(0usize..3, 30),
        reverse in any::<bool>(),
    ) {
        let mut batches: Vec<Vec<&(Document, Vec<EventRecord>)>> = vec![Vec::new(); 3];
        for (i, d) in docs.iter().enumerate() {
            batches[batch_of[i]].push(d);
        }
        if reverse {
            batches.reverse();
        }
        // Incremental at every step, and as `follow_up` chooses (all again
        // when a batch is a large part of the store).
        let mut incremental = Store::open_in_memory().unwrap();
        let mut chosen = Store::open_in_memory().unwrap();
        for b in &batches {
            insert(&mut incremental, b);
            incremental.follow_up_incrementally().unwrap();
            insert(&mut chosen, b);
            chosen.follow_up().unwrap();
        }
        let mut full = Store::open_in_memory().unwrap();
        insert(&mut full, &docs.iter().collect::<Vec<_>>());
        full.relink().unwrap();
        prop_assert_eq!(linking(&incremental), linking(&full));
        prop_assert_eq!(linking(&chosen), linking(&full));
        // And following up the full store changes nothing.
        let before = linking(&full);
        full.follow_up().unwrap();
        prop_assert_eq!(linking(&full), before);
    }
}
