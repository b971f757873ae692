//! The store on documents written for these tests; every expectation was
//! worked out by hand from the four sentences below and what parley codes
//! in them (checked with `parley code`).

use parley_records::EventRecord;
use parley_store::{
    content_hash, document_key, global_event_id, EventQuery, Knowledge, MentionKind, MentionRow,
    NewDocument, Period, RecodedDocument, Store, StoreError, APPLICATION_ID, SCHEMA_VERSION,
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
    // The same id and text again: already stored.
    let same = document("s1", "2024-11-22", DOCS[0].2);
    let key = document_key(&same);
    assert!(store.contains(&key).unwrap());
    let counts = store
        .insert_batch(&[NewDocument {
            key: &key,
            doc: &same,
            events: &[],
            mentions: &[],
        }])
        .unwrap();
    assert_eq!((counts.documents, counts.already_stored), (0, 1));
    assert!(counts.refused.is_empty());
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

/// The knowledge step's storage: votes counted once per document, the
/// applied people, the documents naming a changed person marked, coded
/// again in place, and the step's mark.
#[test]
fn votes_applied_people_and_documents_to_code_again() {
    let mut store = Store::open_in_memory().unwrap();
    let person = |name: &str, start: usize, code: &str, discovered: bool| MentionRow {
        kind: Some(MentionKind::Actor),
        span: [start, start + name.len()],
        text: name.into(),
        code: Some(code.into()),
        country: Some(code[..3].into()),
        name: Some(name.into()),
        value: Some("GOV".into()),
        discovered,
        ..Default::default()
    };
    let docs = [
        document(
            "p1",
            "2024-11-22",
            "Minister Ann Example met Bo Sample. Ann Example left.",
        ),
        document("p2", "2024-11-23", "Minister Ann Example spoke."),
        document("p3", "2024-11-24", "ANN EXAMPLE, of course, spoke."),
        document("p4", "2024-11-24", "Ann met an example."),
    ];
    let mentions = [
        vec![
            person("Ann Example", 9, "XYZGOV", true),
            person("Bo Sample", 25, "XYZGOV", false),
            // Twice in one document: one vote.
            person("Ann Example", 36, "XYZGOV", true),
        ],
        vec![person("Ann Example", 9, "ABCGOV", true)],
        vec![],
        vec![],
    ];
    let keys: Vec<String> = docs.iter().map(document_key).collect();
    let batch: Vec<NewDocument<'_>> = (0..docs.len())
        .map(|i| NewDocument {
            key: &keys[i],
            doc: &docs[i],
            events: &[],
            mentions: &mentions[i],
        })
        .collect();
    store.insert_batch_coded_with(&batch, Some(0)).unwrap();
    let votes = store.person_votes().unwrap();
    let summary: Vec<_> = votes
        .iter()
        .map(|v| (v.name.as_str(), v.code.as_str(), v.documents))
        .collect();
    assert_eq!(
        summary,
        [("Ann Example", "ABCGOV", 1), ("Ann Example", "XYZGOV", 1)]
    );
    assert_eq!(store.knowledge().unwrap(), Knowledge::default());
    let mark = store.knowledge_mark().unwrap();
    assert!(mark.is_some() && store.needs_knowledge_step().unwrap());

    // Whole words in a row, case aside: p1, p2, p3, not p4.
    assert_eq!(
        store.documents_naming("Ann Example").unwrap(),
        ["p1", "p2", "p3"]
    );
    let chosen = vec![votes[0].clone()];
    assert!(!store
        .apply_knowledge(7, &chosen, &["Ann Example".into()])
        .unwrap());
    assert!(store
        .apply_knowledge(0, &chosen, &["Ann Example".into()])
        .unwrap());
    let applied = store.knowledge().unwrap();
    assert_eq!((applied.version, applied.people), (1, chosen));
    let pending = store.pending_documents(10).unwrap();
    let ids: Vec<_> = pending.iter().map(|d| d.doc.id.as_str()).collect();
    assert_eq!(ids, ["p1", "p2", "p3"]);
    assert_eq!(pending[0].doc, docs[0]);
    assert!(!store.knowledge_step_done(mark, 1).unwrap());

    // Coded again: p2 now names the chosen actor, not a discovery.
    let recoded = [person("Ann Example", 9, "ABCGOV", false)];
    let again: Vec<RecodedDocument<'_>> = pending
        .iter()
        .map(|d| RecodedDocument {
            doc_pk: d.doc_pk,
            events: &[],
            mentions: if d.doc.id == "p2" { &recoded } else { &[] },
        })
        .collect();
    // Coded with knowledge since replaced: still pending.
    store.replace_analysis(&again, 0).unwrap();
    assert_eq!(store.pending_documents(10).unwrap().len(), 3);
    store.replace_analysis(&again, 1).unwrap();
    assert!(store.pending_documents(10).unwrap().is_empty());
    assert_eq!(store.person_votes().unwrap(), vec![]);
    assert_eq!(store.counts().unwrap().mentions, 1);
    assert!(store.needs_follow_up().unwrap());
    assert!(store.knowledge_step_done(mark, 1).unwrap());
    assert!(!store.needs_knowledge_step().unwrap());

    // A batch coded with outdated knowledge waits to be coded again.
    let late = document("p5", "2024-11-25", "Ann Example arrived.");
    let key = document_key(&late);
    store
        .insert_batch_coded_with(
            &[NewDocument {
                key: &key,
                doc: &late,
                events: &[],
                mentions: &[],
            }],
            Some(0),
        )
        .unwrap();
    let ids: Vec<_> = store
        .pending_documents(10)
        .unwrap()
        .into_iter()
        .map(|d| d.doc.id)
        .collect();
    assert_eq!(ids, ["p5"]);
    assert!(store.needs_knowledge_step().unwrap());
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

/// An id names one text: a document with a stored id and another text is
/// refused, in a later batch or in the same one, and nothing of it is
/// stored; the stored document is untouched.
#[test]
fn an_id_given_to_another_text_is_refused() {
    let mut store = filled();
    let other = document("s1", "2024-11-22", DOCS[1].2);
    let recs = records(&other);
    let key = document_key(&other);
    let counts = store
        .insert_batch(&[NewDocument {
            key: &key,
            doc: &other,
            events: &recs,
            mentions: &[],
        }])
        .unwrap();
    assert_eq!(
        (counts.documents, counts.already_stored, counts.events),
        (0, 0, 0)
    );
    assert_eq!(counts.refused, [0]);
    assert_eq!(
        store.stored_content_hash(&key).unwrap(),
        Some(content_hash(DOCS[0].2))
    );
    assert_eq!(store.counts().unwrap().events, 4);
    // In one batch: the first text is stored, the second refused.
    let a = document("n1", "2024-11-22", DOCS[2].2);
    let b = document("n1", "2024-11-22", DOCS[3].2);
    let (ra, rb) = (records(&a), records(&b));
    let key = document_key(&a);
    let counts = store
        .insert_batch(&[
            NewDocument {
                key: &key,
                doc: &a,
                events: &ra,
                mentions: &[],
            },
            NewDocument {
                key: &key,
                doc: &b,
                events: &rb,
                mentions: &[],
            },
        ])
        .unwrap();
    assert_eq!((counts.documents, counts.already_stored), (1, 0));
    assert_eq!(counts.refused, [1]);
}

/// Storing the same documents in another order, or in several batches,
/// gives the same listings and exports: nothing shows the storage order.
#[test]
fn outputs_do_not_depend_on_storage_order() {
    let docs: Vec<Document> = DOCS.iter().map(|(i, d, t)| document(i, d, t)).collect();
    let recs: Vec<Vec<EventRecord>> = docs.iter().map(records).collect();
    let keys: Vec<String> = docs.iter().map(document_key).collect();
    let store_in = |order: &[&[usize]]| {
        let mut store = Store::open_in_memory().unwrap();
        for batch in order {
            let batch: Vec<NewDocument<'_>> = batch
                .iter()
                .map(|&i| NewDocument {
                    key: &keys[i],
                    doc: &docs[i],
                    events: &recs[i],
                    mentions: &[],
                })
                .collect();
            store.insert_batch(&batch).unwrap();
        }
        store
    };
    let outputs = |store: &Store| {
        let mut export = Vec::new();
        store
            .for_each_event(&mut |e| {
                export.push((e.global_id(), e.event_id.clone(), e.record.clone()));
                Ok(())
            })
            .unwrap();
        let query: Vec<String> = store
            .events(&EventQuery::default())
            .unwrap()
            .into_iter()
            .map(|e| e.event_id)
            .collect();
        (export, query, store.dyad_series(Period::Month).unwrap())
    };
    let forward = outputs(&store_in(&[&[0, 1, 2, 3]]));
    assert_eq!(outputs(&store_in(&[&[3, 2], &[1, 0]])), forward);
    assert_eq!(outputs(&store_in(&[&[2], &[0, 3, 1]])), forward);
    // Exports list documents by id; queries by date, then document id.
    let ids: Vec<&str> = forward.0.iter().map(|(_, id, _)| id.as_str()).collect();
    assert_eq!(ids, ["s1:0", "s2:0", "s3:0", "s4:0"]);
    assert_eq!(forward.1, ["s2:0", "s1:0", "s3:0", "s4:0"]);
}

/// GlobalEventID is the first eight bytes of SHA-256 of the event id,
/// top bit cleared (worked out with Python's hashlib).
#[test]
fn global_event_ids_come_from_event_ids() {
    assert_eq!(global_event_id("s1:0"), 1_792_291_683_371_002_710);
    assert!((0..1000).all(|i| global_event_id(&format!("d{i}:0")) >= 0));
    assert_ne!(global_event_id("s1:0"), global_event_id("s1:1"));
}

/// Files that are not parley stores are refused, by both ways of opening,
/// and left as they were; a truncated store is damaged.
#[test]
fn what_is_not_a_store_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let foreign = dir.path().join("foreign.db");
    {
        let c = rusqlite::Connection::open(&foreign).unwrap();
        c.execute_batch("PRAGMA application_id = 1234; CREATE TABLE t (x);")
            .unwrap();
    }
    let bare = dir.path().join("bare.db");
    {
        let c = rusqlite::Connection::open(&bare).unwrap();
        c.execute_batch("CREATE TABLE documents (x); PRAGMA user_version = 0;")
            .unwrap();
    }
    let random: Vec<u8> = (0u32..4096)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let cases: Vec<(&str, std::path::PathBuf, &str)> = vec![
        ("empty", write(dir.path(), "empty.db", b""), "an empty file"),
        (
            "text",
            write(dir.path(), "text.db", b"hello, world\n"),
            "not an SQLite database",
        ),
        (
            "random",
            write(dir.path(), "random.db", &random),
            "not an SQLite database",
        ),
        ("foreign", foreign, "another application"),
        ("bare", bare, "without parley's tables"),
    ];
    for (name, path, reason) in &cases {
        let before = std::fs::read(path).unwrap();
        for read_only in [false, true] {
            let opened = if read_only {
                Store::open_read_only(path)
            } else {
                Store::open(path)
            };
            match opened {
                Err(StoreError::NotAStore { reason: r }) => {
                    assert!(r.contains(reason), "{name}: {r}")
                }
                other => panic!("{name}, read-only {read_only}: {other:?}"),
            }
        }
        assert_eq!(std::fs::read(path).unwrap(), before, "{name} was changed");
    }

    // A real store cut to half its size.
    let path = dir.path().join("whole.db");
    {
        let mut store = Store::open(&path).unwrap();
        let docs: Vec<Document> = (0..200)
            .map(|i| document(&format!("d{i}"), "2024-11-22", DOCS[i % 4].2))
            .collect();
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
        store.insert_batch(&batch).unwrap();
    }
    let bytes = std::fs::read(&path).unwrap();
    let cut = write(dir.path(), "cut.db", &bytes[..bytes.len() / 2]);
    for read_only in [false, true] {
        let result = if read_only {
            Store::open_read_only(&cut).and_then(|s| s.events(&EventQuery::default()))
        } else {
            Store::open(&cut).and_then(|s| s.events(&EventQuery::default()))
        };
        match result {
            Err(e @ StoreError::Damaged { .. }) => {
                assert!(e.to_string().contains("restore it from a backup"), "{e}")
            }
            other => panic!("read-only {read_only}: {other:?}"),
        }
    }
}

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Records that are not JSON, and text that is not UTF-8, are damage.
#[test]
fn undecodable_records_are_damage() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.db");
    drop(Store::open(&path).unwrap());
    for (name, sql) in [
        (
            "json",
            "UPDATE events SET record = '{\"event_id\": ' WHERE event_id = 's2:0'",
        ),
        (
            "utf-8",
            "UPDATE events SET record = CAST(x'7bff7d' AS TEXT) WHERE event_id = 's2:0'",
        ),
    ] {
        let _ = std::fs::remove_file(&path);
        {
            let mut store = Store::open(&path).unwrap();
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
            store.insert_batch(&batch).unwrap();
        }
        rusqlite::Connection::open(&path)
            .unwrap()
            .execute(sql, [])
            .unwrap();
        let store = Store::open_read_only(&path).unwrap();
        assert!(
            matches!(
                store.events(&EventQuery::default()),
                Err(StoreError::Damaged { .. })
            ),
            "{name}: query"
        );
        let exported = store.for_each_event(&mut |_| Ok(()));
        assert!(
            matches!(
                exported,
                Err(parley_store::ExportError::Store(StoreError::Damaged { .. }))
            ),
            "{name}: export {exported:?}"
        );
    }
}

/// Opening read-only migrates nothing: an older store asks to be upgraded,
/// a newer one is refused; a store made before the application id is
/// accepted and gets it when opened for writing.
#[test]
fn read_only_opening_checks_the_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("o.db");
    drop(Store::open(&path).unwrap());
    let set = |sql: &str| {
        rusqlite::Connection::open(&path)
            .unwrap()
            .execute_batch(sql)
            .unwrap()
    };
    let app = || -> i32 {
        rusqlite::Connection::open(&path)
            .unwrap()
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .unwrap()
    };
    assert_eq!(app(), APPLICATION_ID);
    set("PRAGMA application_id = 0");
    Store::open_read_only(&path).unwrap();
    assert_eq!(app(), 0, "reading changes nothing");
    drop(Store::open(&path).unwrap());
    assert_eq!(app(), APPLICATION_ID);
    set(&format!("PRAGMA user_version = {}", SCHEMA_VERSION - 1));
    match Store::open_read_only(&path) {
        Err(e @ StoreError::Outdated { .. }) => {
            assert!(e.to_string().contains("parley ingest"), "{e}")
        }
        other => panic!("expected Outdated, got {other:?}"),
    }
    set(&format!("PRAGMA user_version = {}", SCHEMA_VERSION + 1));
    assert!(matches!(
        Store::open_read_only(&path),
        Err(StoreError::TooNew { .. })
    ));
}

/// Threads of one process, each with its own connection, create one new
/// store and write to it at once: every batch is stored (the new store is
/// made once, and no transaction fails as busy).
#[test]
fn concurrent_writers_create_and_fill_one_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.db");
    std::thread::scope(|scope| {
        for t in 0..6 {
            let path = &path;
            scope.spawn(move || {
                let mut store = Store::open(path).unwrap();
                for b in 0..5 {
                    let docs: Vec<Document> = (0..4)
                        .map(|i| document(&format!("t{t}b{b}d{i}"), DOCS[i].1, DOCS[i].2))
                        .collect();
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
                    assert_eq!(store.insert_batch(&batch).unwrap().documents, 4);
                    store.follow_up().unwrap();
                }
            });
        }
    });
    let store = Store::open_read_only(&path).unwrap();
    assert_eq!(store.counts().unwrap().documents, 6 * 5 * 4);
    assert!(!store.needs_follow_up().unwrap());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".new"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
