//! The store on documents written for these tests; every expectation was
//! worked out by hand from the four sentences below and what parley codes
//! in them (checked with `parley code`).

use parley_records::EventRecord;
use parley_store::{
    document_key, EventQuery, MentionKind, MentionRow, NewDocument, Period, Store, StoreError,
    SCHEMA_VERSION,
};
use parley_text::Document;

/// (id, publication date, text): CONSULT IND+JPN (joint, Tokyo, 2024-11-21),
/// ASSAULT RUS->UKR (Kharkiv, 2024-11-20), CONSULT JPN->IND (joint, New
/// Delhi, 2024-12-02), ASSAULT RUS->UKR (2025-01-09, Kharkiv: the city
/// struck).
const DOCS: &[(&str, &str, &str)] = &[
    (
        "s1",
        "2024-11-22",
        "India and Japan held talks in Tokyo on Thursday.",
    ),
    (
        "s2",
        "2024-11-22",
        "Russian troops attacked Ukrainian positions near Kharkiv on Wednesday.",
    ),
    (
        "s3",
        "2024-12-02",
        "Japanese Foreign Minister Taro Kono met Indian officials in New Delhi on Monday.",
    ),
    (
        "s4",
        "2025-01-10",
        "Russian forces shelled the Ukrainian city of Kharkiv on Thursday.",
    ),
];

fn document(id: &str, date: &str, text: &str) -> Document {
    Document {
        id: id.into(),
        id_given: true,
        date: Some(date.into()),
        text: text.into(),
        origin: format!("test:{id}"),
        ..Default::default()
    }
}

fn records(doc: &Document) -> Vec<EventRecord> {
    parley_coder::code_text(&doc.text, doc.date.as_deref())
        .iter()
        .enumerate()
        .map(|(n, e)| EventRecord::from_event(doc, e, n))
        .collect()
}

fn filled() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let docs: Vec<Document> = DOCS.iter().map(|(i, d, t)| document(i, d, t)).collect();
    let recs: Vec<Vec<EventRecord>> = docs.iter().map(records).collect();
    let keys: Vec<String> = docs.iter().map(document_key).collect();
    let batch: Vec<NewDocument<'_>> = (0..docs.len())
        .map(|i| NewDocument {
            key: &keys[i],
            doc: &docs[i],
            events: &recs[i],
            mentions: &[],
        })
        .collect();
    let counts = store.insert_batch(&batch).unwrap();
    assert_eq!(
        (counts.documents, counts.events, counts.already_stored),
        (4, 4, 0)
    );
    store
}

fn ids(store: &Store, q: EventQuery) -> Vec<String> {
    store
        .events(&q)
        .unwrap()
        .into_iter()
        .map(|e| e.event_id)
        .collect()
}

#[test]
fn queries_filter_and_order_by_date() {
    let store = filled();
    let s = |v: &str| Some(v.to_string());
    let dyad = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
    let cases: Vec<(EventQuery, &[&str])> = vec![
        (EventQuery::default(), &["s2:0", "s1:0", "s3:0", "s4:0"]),
        (
            EventQuery {
                country: s("JPN"),
                ..Default::default()
            },
            &["s1:0", "s3:0"],
        ),
        (
            EventQuery {
                country: s("UKR"),
                ..Default::default()
            },
            &["s2:0", "s4:0"],
        ),
        // A joint meeting matches its dyad either way round; an attack does not.
        (
            EventQuery {
                dyad: dyad("IND", "JPN"),
                ..Default::default()
            },
            &["s1:0", "s3:0"],
        ),
        (
            EventQuery {
                dyad: dyad("JPN", "IND"),
                ..Default::default()
            },
            &["s1:0", "s3:0"],
        ),
        (
            EventQuery {
                dyad: dyad("RUS", "UKR"),
                ..Default::default()
            },
            &["s2:0", "s4:0"],
        ),
        (
            EventQuery {
                dyad: dyad("UKR", "RUS"),
                ..Default::default()
            },
            &[],
        ),
        (
            EventQuery {
                event: s("ASSAULT"),
                ..Default::default()
            },
            &["s2:0", "s4:0"],
        ),
        (
            EventQuery {
                event: s("consult"),
                ..Default::default()
            },
            &["s1:0", "s3:0"],
        ),
        (
            EventQuery {
                event: s("19"),
                ..Default::default()
            },
            &["s2:0", "s4:0"],
        ),
        (
            EventQuery {
                event: s("194"),
                ..Default::default()
            },
            &["s4:0"],
        ),
        (
            EventQuery {
                from: s("2024-12-01"),
                ..Default::default()
            },
            &["s3:0", "s4:0"],
        ),
        (
            EventQuery {
                to: s("2024-11-30"),
                ..Default::default()
            },
            &["s2:0", "s1:0"],
        ),
        (
            EventQuery {
                from: s("2024-11-21"),
                to: s("2024-11-21"),
                ..Default::default()
            },
            &["s1:0"],
        ),
        (
            EventQuery {
                place: s("kharkiv"),
                ..Default::default()
            },
            &["s2:0", "s4:0"],
        ),
        (
            EventQuery {
                place: s("JPN"),
                ..Default::default()
            },
            &["s1:0"],
        ),
        (
            EventQuery {
                country: s("RUS"),
                from: s("2025-01-01"),
                ..Default::default()
            },
            &["s4:0"],
        ),
    ];
    for (q, want) in cases {
        assert_eq!(ids(&store, q.clone()), want, "{q:?}");
    }
}

#[test]
fn dyad_series_by_month_and_year() {
    let store = filled();
    let rows = |p| {
        store
            .dyad_series(p)
            .unwrap()
            .rows
            .into_iter()
            .map(|r| {
                let g = r.goldstein_mean();
                (
                    r.source, r.target, r.period, r.reports, r.clusters, r.quad, g,
                )
            })
            .collect::<Vec<_>>()
    };
    let row = |s: &str, t: &str, p: &str, quad, g| (s.into(), t.into(), p.into(), 1, 1, quad, g);
    assert_eq!(
        rows(Period::Month),
        vec![
            row("IND", "JPN", "2024-11", [1, 0, 0, 0], 1.0),
            row("JPN", "IND", "2024-12", [1, 0, 0, 0], 1.0),
            row("RUS", "UKR", "2024-11", [0, 0, 0, 1], -10.0),
            row("RUS", "UKR", "2025-01", [0, 0, 0, 1], -10.0),
        ]
    );
    let years = rows(Period::Year);
    assert_eq!(years.len(), 4);
    assert_eq!((years[2].2.as_str(), years[3].2.as_str()), ("2024", "2025"));
    let s = store.dyad_series(Period::Month).unwrap();
    assert_eq!(s.rows[2].events.get("ASSAULT"), Some(&1));
    assert_eq!((s.undated, s.not_happened), (0, 0));
}

#[test]
fn documents_are_stored_once() {
    let mut store = filled();
    // The same id again, even with another text: already stored.
    let again = document("s1", "2024-11-22", "Some other text.");
    let key = document_key(&again);
    assert!(store.contains(&key).unwrap());
    let counts = store
        .insert_batch(&[NewDocument {
            key: &key,
            doc: &again,
            events: &[],
            mentions: &[],
        }])
        .unwrap();
    assert_eq!((counts.documents, counts.already_stored), (0, 1));
    // Without an id, the text is the identity.
    let mut anon = document("file.jsonl:7", "2024-11-22", DOCS[0].2);
    anon.id_given = false;
    let key = document_key(&anon);
    assert!(key.starts_with("sha256:") && key.len() == 7 + 64, "{key}");
    assert!(!store.contains(&key).unwrap());
    let mut copy = anon.clone();
    copy.origin = "other.jsonl:1".into();
    copy.id = "other.jsonl:1".into();
    assert_eq!(document_key(&copy), key);
    let batch = [
        NewDocument {
            key: &key,
            doc: &anon,
            events: &[],
            mentions: &[],
        },
        NewDocument {
            key: &key,
            doc: &copy,
            events: &[],
            mentions: &[],
        },
    ];
    let counts = store.insert_batch(&batch).unwrap();
    assert_eq!((counts.documents, counts.already_stored), (1, 1));
    assert_eq!(store.counts().unwrap().documents, 5);
}

#[test]
fn discovered_people_come_back_in_order() {
    let mut store = Store::open_in_memory().unwrap();
    let doc = document(
        "p1",
        "2024-11-22",
        "Defence Minister Ann Example met Army Chief Bo Sample.",
    );
    let person = |name: &str, start: usize, discovered: bool| MentionRow {
        kind: Some(MentionKind::Actor),
        span: [start, start + name.len()],
        text: name.into(),
        code: Some("XYZGOV".into()),
        country: Some("XYZ".into()),
        name: Some(name.into()),
        value: Some("GOV".into()),
        discovered,
        ..Default::default()
    };
    let mentions = [
        person("Ann Example", 17, true),
        person("Army", 33, false),
        person("Bo Sample", 44, true),
    ];
    for m in &mentions {
        assert_eq!(&doc.text[m.span[0]..m.span[1]], m.text, "fixture spans");
    }
    let key = document_key(&doc);
    store
        .insert_batch(&[NewDocument {
            key: &key,
            doc: &doc,
            events: &[],
            mentions: &mentions,
        }])
        .unwrap();
    let back = store.discovered_people().unwrap();
    let names: Vec<_> = back.iter().map(|m| m.name.clone().unwrap()).collect();
    assert_eq!(names, ["Ann Example", "Bo Sample"]);
    assert_eq!(back[0], mentions[0]);
}

#[test]
fn schema_is_versioned_and_a_newer_one_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    drop(store);
    // Reopening migrates nothing and keeps the version.
    assert_eq!(
        Store::open(&path).unwrap().schema_version().unwrap(),
        SCHEMA_VERSION
    );
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    drop(conn);
    match Store::open(&path) {
        Err(StoreError::TooNew { found, supported }) => {
            assert_eq!((found, supported), (SCHEMA_VERSION + 1, SCHEMA_VERSION))
        }
        other => panic!("expected TooNew, got {other:?}"),
    }
}

/// A week across a month's end counts in the weekly series, not in either
/// month; in the yearly series it counts in its year.
#[test]
fn a_week_across_months_is_in_no_month() {
    let mut store = Store::open_in_memory().unwrap();
    // Published Wednesday 4 December 2024: "last week" is 25 Nov – 1 Dec.
    let doc = document(
        "w1",
        "2024-12-04",
        "Russian troops attacked Ukrainian positions near Kharkiv last week.",
    );
    let recs = records(&doc);
    assert_eq!(recs[0].date.as_deref(), Some("2024-W48"));
    let key = document_key(&doc);
    store
        .insert_batch(&[NewDocument {
            key: &key,
            doc: &doc,
            events: &recs,
            mentions: &[],
        }])
        .unwrap();
    let months = store.dyad_series(Period::Month).unwrap();
    assert_eq!((months.rows.len(), months.undated), (0, 1));
    let weeks = store.dyad_series(Period::Week).unwrap();
    assert_eq!(weeks.rows[0].period, "2024-W48");
    let years = store.dyad_series(Period::Year).unwrap();
    assert_eq!(years.rows[0].period, "2024");
}

/// Stored events mark the derived tables stale until they are rebuilt, and
/// the mark survives reopening (an ingest killed before linking).
#[test]
fn derived_tables_are_rebuilt_after_any_new_events() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    let mut store = Store::open(&path).unwrap();
    // A new store has nothing to rebuild but says so once.
    assert!(store.needs_follow_up().unwrap());
    store.follow_up().unwrap();
    assert!(!store.needs_follow_up().unwrap());
    let doc = document(DOCS[1].0, DOCS[1].1, DOCS[1].2);
    let recs = records(&doc);
    let key = document_key(&doc);
    store
        .insert_batch(&[NewDocument {
            key: &key,
            doc: &doc,
            events: &recs,
            mentions: &[],
        }])
        .unwrap();
    drop(store);
    let mut store = Store::open(&path).unwrap();
    assert!(store.needs_follow_up().unwrap());
    let (link, _) = store.follow_up().unwrap();
    assert_eq!((link.linked, link.clusters), (1, 1));
    assert!(!store.needs_follow_up().unwrap());
    // Storing nothing new leaves it up to date.
    store
        .insert_batch(&[NewDocument {
            key: &key,
            doc: &doc,
            events: &recs,
            mentions: &[],
        }])
        .unwrap();
    assert!(!store.needs_follow_up().unwrap());
}
