//! The event store: a growing collection of coded documents in SQLite.
//!
//! A [`Store`] keeps every document (metadata, text, content hash), its
//! mentions (actors, places, times) and its events (the PLOVER record as
//! `parley code` writes it, plus columns to query by), each with character
//! spans into the stored text. The schema is versioned ([`SCHEMA_VERSION`])
//! and migrated forward on open; `schema.sql`-style documentation of each
//! table is in the migration text below and in ARCHITECTURE.md.
//!
//! Invariants:
//! - **Identity**: a document is stored once. Its key ([`document_key`]) is
//!   its given id, or the SHA-256 of its text when the input gave none;
//!   [`Store::insert_batch`] ignores documents whose key is already stored
//!   with the same text, and refuses (stores nothing, reports it) a document
//!   whose given id is already stored with a different text: an id names one
//!   text, and neither text silently wins.
//! - **Atomic batches**: a batch of documents with their mentions and events
//!   is one transaction. A process killed mid-batch leaves the store as it
//!   was after the previous batch (SQLite WAL journal).
//! - **Order**: documents, mentions and events are numbered in insertion
//!   order, but no output shows those numbers or depends on them: listings
//!   and exports are ordered by document id (then key) and by position in
//!   the document, so the same documents give the same output whatever order
//!   and however many runs stored them. An event's public number
//!   ([`global_event_id`]) comes from its id.
//! - **Concurrency**: any number of processes may read and write one store.
//!   Every write transaction is `BEGIN IMMEDIATE` (no read-to-write upgrade
//!   that SQLite could refuse without waiting), and a busy database is
//!   waited for ([`BUSY_WAIT`]). A new store is built under a temporary name
//!   and moved into place in one step, so nobody sees it half made.
//! - **Recognised**: a parley store carries [`APPLICATION_ID`]; an empty
//!   file, a file of another kind or another application's database is
//!   never opened as (or turned into) a store ([`StoreError::NotAStore`]),
//!   and damage is reported as such ([`StoreError::Damaged`]).
//!
//! - **Knowledge**: every stored document was coded with the people in
//!   `known_people` ([`Store::knowledge`]), except those marked to be coded
//!   again ([`Store::pending_documents`]). [`Store::apply_knowledge`]
//!   replaces the people and marks the documents naming a changed one in
//!   one transaction; [`Store::replace_analysis`] codes them again in place
//!   (the document rows stay). Which people to apply, from
//!   [`Store::person_votes`], is the caller's choice.
//!
//! Library errors are [`StoreError`]; analysis never happens here.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use parley_records::EventRecord;
use parley_text::Document;
use parley_time::{Precision, TimePoint};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};

/// Days since 1970-01-01 of a `YYYY-MM-DD` day (proleptic Gregorian).
fn day_number(day: &str) -> Option<i64> {
    let t = TimePoint::parse(day).filter(|t| t.precision == Precision::Day)?;
    let (y, m, d) = (
        i64::from(t.date.year()),
        i64::from(t.date.month()),
        i64::from(t.date.day()),
    );
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}
use sha2::{Digest, Sha256};

/// The schema version this build writes and reads.
pub const SCHEMA_VERSION: u32 = 7;

/// The `PRAGMA application_id` of a parley store: `PRLY` in ASCII
/// (0x50524C59), so `file(1)` and parley itself can tell a store from
/// another SQLite database. Stores made before it (schema version 1 or more,
/// parley's tables, application id 0) are accepted and get it on their next
/// opening for writing.
pub const APPLICATION_ID: i32 = 0x5052_4C59;

/// How long an operation waits for another process's lock before failing.
/// Long, because another ingest holds the write lock for a whole batch, and
/// a rebuild of the derived tables (`Store::follow_up`) for as long as
/// linking the whole collection takes.
pub const BUSY_WAIT: Duration = Duration::from_secs(600);

/// The first bytes of every SQLite database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Migrations: entry `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: documents, mentions, events, their participants and dyads.
    "
CREATE TABLE documents (
    doc_pk       INTEGER PRIMARY KEY,   -- insertion order
    doc_key      TEXT NOT NULL UNIQUE,  -- 'id:<id>' or 'sha256:<hex of text>'
    doc_id       TEXT NOT NULL,         -- the id in event records
    content_hash TEXT NOT NULL,         -- SHA-256 of the text, hex
    published    TEXT,                  -- publication date as given
    title        TEXT,
    source       TEXT,
    url          TEXT,
    origin       TEXT NOT NULL,         -- file and line read from
    text         TEXT NOT NULL
);
CREATE INDEX documents_hash ON documents(content_hash);

CREATE TABLE mentions (
    doc_pk     INTEGER NOT NULL REFERENCES documents(doc_pk),
    position   INTEGER NOT NULL,        -- order within the document
    kind       TEXT NOT NULL CHECK (kind IN ('actor', 'place', 'time')),
    sentence   INTEGER NOT NULL,
    start      INTEGER NOT NULL,        -- character offsets into the text
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    code       TEXT,                    -- actor code; place feature; time precision
    country    TEXT,                    -- actor or place country (ISO alpha-3 or CAMEO root)
    name       TEXT,                    -- person, organisation or place name
    value      TEXT,                    -- time: normalised value; actor: sectors, space-separated
    lat        REAL,
    lon        REAL,
    geonameid  INTEGER,
    inferred   INTEGER NOT NULL DEFAULT 0,  -- actor country inferred from context
    discovered INTEGER NOT NULL DEFAULT 0,  -- person named after a title, not in the knowledge base
    PRIMARY KEY (doc_pk, position)
);

CREATE TABLE events (
    event_pk        INTEGER PRIMARY KEY, -- insertion order
    doc_pk          INTEGER NOT NULL REFERENCES documents(doc_pk),
    event_id        TEXT NOT NULL,       -- doc_id:n as in the record
    date            TEXT,                -- normalised (2024-11-21, 2024-W47, 2024-11, 2024)
    date_precision  TEXT,
    date_first      TEXT,                -- first and last day of the date's period
    date_last       TEXT,
    date_source     TEXT,
    event           TEXT,                -- PLOVER category
    mode            TEXT,
    context         TEXT,
    cameo           TEXT NOT NULL,
    quad_code       INTEGER NOT NULL,
    goldstein       REAL NOT NULL,
    modality        TEXT NOT NULL,
    symmetric       INTEGER NOT NULL,
    confidence      REAL NOT NULL,
    actor_code      TEXT,                -- first actor and recipient (all: participants)
    recipient_code  TEXT,
    place_name      TEXT,
    place_country   TEXT,
    place_precision TEXT,
    lat             REAL,
    lon             REAL,
    geonameid       INTEGER,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    rule            TEXT NOT NULL,
    record          TEXT NOT NULL,       -- the PLOVER JSON record, as parley code writes it
    cluster         INTEGER              -- the linked real-world event (see parley-link); NULL before linking
);
CREATE INDEX events_doc ON events(doc_pk);
CREATE INDEX events_date ON events(date_first);

CREATE TABLE participants (
    event_pk INTEGER NOT NULL REFERENCES events(event_pk),
    role     TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    position INTEGER NOT NULL,
    code     TEXT NOT NULL,
    country  TEXT NOT NULL,              -- '---' when unknown
    name     TEXT,
    text     TEXT NOT NULL,              -- '' for a party no words name (inferred)
    start    INTEGER NOT NULL,           -- the mention's span; the trigger's when no words name it
    end      INTEGER NOT NULL,
    PRIMARY KEY (event_pk, role, position)
);
CREATE INDEX participants_country ON participants(country);

CREATE TABLE dyads (
    event_pk       INTEGER NOT NULL REFERENCES events(event_pk),
    position       INTEGER NOT NULL,
    source_code    TEXT,
    source_country TEXT,
    target_code    TEXT,
    target_country TEXT,
    PRIMARY KEY (event_pk, position)
);
CREATE INDEX dyads_pair ON dyads(source_country, target_country);
",
    // 2: linked real-world events (parley-link); events.cluster points here.
    "
CREATE TABLE clusters (
    cluster         INTEGER PRIMARY KEY,  -- the event_pk of its first report in date order
    event           TEXT NOT NULL,        -- PLOVER category
    date_first      TEXT NOT NULL,        -- earliest first day and latest last day of its reports' dates
    date_last       TEXT NOT NULL,
    reports         INTEGER NOT NULL,     -- event reports
    documents       INTEGER NOT NULL,     -- distinct documents
    sources         INTEGER NOT NULL,     -- distinct publishers (a document without one counts as its own)
    first_report    INTEGER NOT NULL,     -- event_pk of the earliest published report
    last_report     INTEGER NOT NULL,     -- event_pk of the latest published report
    first_published TEXT,
    last_published  TEXT,
    actors          TEXT NOT NULL,        -- countries, space-separated, sorted
    recipients      TEXT NOT NULL,
    place_name      TEXT
);
CREATE INDEX events_cluster ON events(cluster);
",
    // 3: event topics; agreements and scheduled events followed over time
    // (parley-link's track module).
    "
ALTER TABLE events ADD COLUMN topic TEXT;   -- what the event is about, when its words name it

CREATE TABLE agreements (
    agreement  INTEGER PRIMARY KEY,   -- the event_pk of its first step
    topic      TEXT NOT NULL,         -- its name as first reported
    parties    TEXT NOT NULL,         -- countries, space-separated, sorted
    status     TEXT NOT NULL CHECK (status IN ('proposed', 'under negotiation', 'signed',
                                              'exchanged', 'ratified', 'in force', 'suspended')),
    first_date TEXT,
    last_date  TEXT,
    steps      INTEGER NOT NULL
);

CREATE TABLE agreement_steps (
    agreement INTEGER NOT NULL REFERENCES agreements(agreement),
    position  INTEGER NOT NULL,
    event_pk  INTEGER NOT NULL REFERENCES events(event_pk),
    status    TEXT NOT NULL,
    date      TEXT,                  -- the event's date
    published TEXT,                  -- its document's publication date
    evidence  TEXT NOT NULL,         -- the event's trigger words
    PRIMARY KEY (agreement, position)
);

CREATE TABLE scheduled (
    event_pk   INTEGER PRIMARY KEY REFERENCES events(event_pk),
    what       TEXT NOT NULL,        -- its topic, else its PLOVER category
    event      TEXT NOT NULL,
    parties    TEXT NOT NULL,
    date       TEXT,
    date_precision TEXT,
    place      TEXT,
    announced  TEXT,                 -- publication date of the report announcing it
    status     TEXT NOT NULL CHECK (status IN ('scheduled', 'held', 'overdue')),
    held_by    INTEGER REFERENCES events(event_pk)
);
",
    // 4: store state. 'stale': events were stored since the derived tables
    // (clusters, agreements, scheduled) were rebuilt.
    "
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('stale', '1');
",
    // 5: cluster ids that do not depend on the order documents were stored
    // in: a cluster is named by its first report's event_id, and its first
    // and last reports by theirs. 'linked' in meta: the last event_pk the
    // derived tables have seen (absent: link everything).
    "
DROP TABLE clusters;
CREATE TABLE clusters (
    cluster         INTEGER PRIMARY KEY,  -- event_pk of its first report in linking order (events.cluster)
    label           TEXT NOT NULL,        -- that report's event_id: the cluster's id in every output
    event           TEXT NOT NULL,        -- PLOVER category
    date_first      TEXT NOT NULL,        -- earliest first day and latest last day of its reports' dates
    date_last       TEXT NOT NULL,
    reports         INTEGER NOT NULL,     -- event reports
    documents       INTEGER NOT NULL,     -- distinct documents
    sources         INTEGER NOT NULL,     -- distinct publishers (a document without one counts as its own)
    first_report    TEXT NOT NULL,        -- event_id of the earliest published report
    last_report     TEXT NOT NULL,        -- event_id of the latest published report
    first_published TEXT,
    last_published  TEXT,
    actors          TEXT NOT NULL,        -- countries, space-separated, sorted
    recipients      TEXT NOT NULL,
    place_name      TEXT
);
CREATE INDEX events_event_date ON events(event, date_first);
UPDATE events SET cluster = NULL WHERE cluster IS NOT NULL;
INSERT OR REPLACE INTO meta (key, value) VALUES ('stale', '1');
",
    // 6: the knowledge step. 'knowledge_stale' in meta: documents were
    // stored since the people they discovered were last applied to the
    // collection (a number, raised with each batch); 'knowledge_version':
    // raised each time `known_people` changes.
    "
CREATE TABLE known_people (            -- the people every stored document was coded with
    name      TEXT PRIMARY KEY,        -- the person's name, words separated by one space
    code      TEXT NOT NULL,           -- the actor chosen for it (most documents, then least fields)
    country   TEXT,
    sectors   TEXT,                    -- space-separated, primary first
    documents INTEGER NOT NULL         -- documents that discovered that actor under that name
);
CREATE TABLE recode (                  -- documents to code again with known_people
    doc_pk INTEGER PRIMARY KEY REFERENCES documents(doc_pk)
);
CREATE INDEX mentions_discovered ON mentions(name) WHERE discovered = 1;
-- Which documents name a person: the words of every text (SQLite's
-- unicode61 tokens: case and diacritics folded), with positions for phrases.
CREATE VIRTUAL TABLE documents_fts USING fts5(text, content = 'documents', content_rowid = 'doc_pk');
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, text) VALUES (new.doc_pk, new.text);
END;
-- Stores made before coded their documents with people replayed in storage
-- order: the next knowledge step applies the collection's votes.
INSERT INTO meta (key, value) VALUES ('knowledge_stale', '1');
INSERT INTO meta (key, value) VALUES ('knowledge_version', '0');
",
    // 7: incremental tracking. 'as_of' in meta: the newest publication day
    // the trackers used (a day number; absent: track everything again).
    "
CREATE INDEX events_scheduled ON events(event, date_last) WHERE modality = 'scheduled';
CREATE INDEX events_linked_last ON events(event, date_last) WHERE cluster IS NOT NULL;
DELETE FROM meta WHERE key = 'as_of';
",
];

/// A store error. Messages do not name the file: the caller knows it and
/// adds it (`X is damaged: …`).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite failed (file not writable, disk full…).
    #[error(transparent)]
    Sqlite(rusqlite::Error),
    /// The database file could not be read or created.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// The file is not a parley store: empty, not an SQLite database, or
    /// another application's.
    #[error("not a parley store ({reason})")]
    NotAStore {
        /// What it is instead.
        reason: String,
    },
    /// The store is damaged: SQLite finds it corrupt, or a stored value
    /// cannot be decoded (text that is not UTF-8, a record that is not JSON).
    #[error("damaged: {detail}; restore it from a backup or ingest again into a new store")]
    Damaged {
        /// What was found.
        detail: String,
    },
    /// The database was written by a newer parley.
    #[error("the database has schema version {found}; this parley reads up to {supported}")]
    TooNew {
        /// The database's version.
        found: u32,
        /// This build's [`SCHEMA_VERSION`].
        supported: u32,
    },
    /// The database has an older schema and was opened read-only, so it
    /// cannot be migrated.
    #[error(
        "the store has schema version {found}, older than this parley's {supported}; \
         run `parley ingest` or `parley link` on it once to upgrade it"
    )]
    Outdated {
        /// The database's version.
        found: u32,
        /// This build's [`SCHEMA_VERSION`].
        supported: u32,
    },
}

impl From<rusqlite::Error> for StoreError {
    /// SQLite's corruption errors, and values that cannot be decoded, are
    /// damage; anything else stays an SQLite error.
    fn from(e: rusqlite::Error) -> StoreError {
        use rusqlite::ffi::ErrorCode;
        use rusqlite::Error as E;
        match &e {
            E::SqliteFailure(f, _)
                if matches!(f.code, ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) =>
            {
                StoreError::Damaged {
                    detail: e.to_string(),
                }
            }
            E::Utf8Error(..)
            | E::FromSqlConversionFailure(..)
            | E::InvalidColumnType(..)
            | E::IntegralValueOutOfRange(..) => StoreError::Damaged {
                detail: format!("a stored value cannot be read ({e})"),
            },
            _ => StoreError::Sqlite(e),
        }
    }
}

/// Shorthand for store results.
pub type Result<T> = std::result::Result<T, StoreError>;

/// The SHA-256 of a text, lower-case hex.
pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut s = String::with_capacity(64);
    for b in digest {
        s.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
        s.push(char::from(b"0123456789abcdef"[usize::from(b & 15)]));
    }
    s
}

/// The public number of an event, for GDELT's `GlobalEventID`: the first
/// eight bytes of the SHA-256 of its `event_id` (big-endian) with the top bit
/// cleared, so it fits a signed 64-bit integer. It depends on the id alone,
/// not on when or in which order events were stored; two ids share a number
/// with probability about n²/2⁶⁴ for n events (one in 1,800 for 100
/// million).
pub fn global_event_id(event_id: &str) -> i64 {
    let digest = Sha256::digest(event_id.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    (u64::from_be_bytes(first) & (u64::MAX >> 1)) as i64
}

/// A document's identity in the store: `id:<id>` when the input gave an id,
/// else `sha256:<hash of its text>`.
pub fn document_key(doc: &Document) -> String {
    if doc.id_given {
        format!("id:{}", doc.id)
    } else {
        format!("sha256:{}", content_hash(&doc.text))
    }
}

/// Kind of mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// An actor mention (person, organisation, country, group).
    Actor,
    /// A resolved place name.
    Place,
    /// A temporal expression.
    Time,
}

impl MentionKind {
    fn as_str(self) -> &'static str {
        match self {
            MentionKind::Actor => "actor",
            MentionKind::Place => "place",
            MentionKind::Time => "time",
        }
    }
}

/// One mention as stored: the columns of the `mentions` table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MentionRow {
    /// Actor, place or time (`None` only in a default value; not stored).
    pub kind: Option<MentionKind>,
    /// Sentence index.
    pub sentence: usize,
    /// `[start, end]` character offsets into the document text.
    pub span: [usize; 2],
    /// The words.
    pub text: String,
    /// Actor code, place feature code or time precision.
    pub code: Option<String>,
    /// Actor or place country.
    pub country: Option<String>,
    /// Person, organisation or place name.
    pub name: Option<String>,
    /// Time: the normalised value; actor: its sector codes, space-separated.
    pub value: Option<String>,
    /// Place latitude.
    pub lat: Option<f64>,
    /// Place longitude.
    pub lon: Option<f64>,
    /// Place GeoNames id.
    pub geonameid: Option<u32>,
    /// Actor: country inferred from context.
    pub inferred: bool,
    /// Actor: a person discovered after a title.
    pub discovered: bool,
}

/// A coded document ready to be stored.
#[derive(Debug, Clone, Copy)]
pub struct NewDocument<'a> {
    /// Its key ([`document_key`]).
    pub key: &'a str,
    /// The document.
    pub doc: &'a Document,
    /// Its event records (the default output of `parley code`).
    pub events: &'a [EventRecord],
    /// Its mentions, in document order.
    pub mentions: &'a [MentionRow],
}

/// What a batch stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BatchCounts {
    /// Documents stored.
    pub documents: usize,
    /// Documents not stored because their key already was, with the same
    /// text.
    pub already_stored: usize,
    /// Documents refused because their given id is already stored with a
    /// different text: their positions in the batch.
    pub refused: Vec<usize>,
    /// Events stored.
    pub events: usize,
}

/// Numbers of rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StoreCounts {
    /// Documents.
    pub documents: u64,
    /// Events.
    pub events: u64,
    /// Mentions.
    pub mentions: u64,
}

/// Which events a query returns; unset fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventQuery {
    /// A country (ISO alpha-3 or CAMEO root) among the actors or recipients.
    pub country: Option<String>,
    /// A directed dyad `(source, target)` of countries; a symmetric event
    /// matches either way round.
    pub dyad: Option<(String, String)>,
    /// A PLOVER category (`CONSULT`) or a CAMEO code prefix (`04`, `042`).
    pub event: Option<String>,
    /// Events whose period ends on or after this day (`YYYY-MM-DD`).
    pub from: Option<String>,
    /// Events whose period starts on or before this day (`YYYY-MM-DD`).
    pub to: Option<String>,
    /// A place: the event location's name (any case) or country code.
    pub place: Option<String>,
}

/// One event returned by a query.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEvent {
    /// Row id: insertion order, so not for output ([`StoredEvent::global_id`]
    /// is).
    pub event_pk: i64,
    /// `doc_id:n`.
    pub event_id: String,
    /// The document's id.
    pub doc_id: String,
    /// Normalised date.
    pub date: Option<String>,
    /// PLOVER category.
    pub event: Option<String>,
    /// CAMEO code.
    pub cameo: String,
    /// Quad class.
    pub quad_code: u8,
    /// Goldstein value.
    pub goldstein: f64,
    /// First actor's code.
    pub actor_code: Option<String>,
    /// First recipient's code.
    pub recipient_code: Option<String>,
    /// Location name.
    pub place_name: Option<String>,
    /// Modality.
    pub modality: String,
    /// The linked real-world event, once linked: its id (its first
    /// report's event_id).
    pub cluster: Option<String>,
    /// The PLOVER JSON record.
    pub record: String,
    /// The document's address, when given.
    pub url: Option<String>,
    /// Documents reporting its linked real-world event, once linked.
    pub cluster_documents: Option<u64>,
    /// Distinct sources of its linked real-world event, once linked.
    pub cluster_sources: Option<u64>,
}

impl StoredEvent {
    /// Its public number ([`global_event_id`] of its id).
    pub fn global_id(&self) -> i64 {
        global_event_id(&self.event_id)
    }
}

/// Ordering of events that does not depend on storage order: by document id
/// (then key, which is unique), then position in the document (event rows of
/// one document are stored together, in record order).
const CANONICAL_ORDER: &str = "d.doc_id, d.doc_key, e.event_pk";

/// The columns [`stored_event`] reads, from `events e` joined to `documents d`.
const STORED_EVENT_SELECT: &str = "SELECT e.event_pk, e.event_id, d.doc_id, e.date, e.event,
        e.cameo, e.quad_code, e.goldstein, e.actor_code, e.recipient_code, e.place_name,
        e.modality, c.label, e.record, d.url, c.documents, c.sources
    FROM events e JOIN documents d ON d.doc_pk = e.doc_pk
    LEFT JOIN clusters c ON c.cluster = e.cluster";

fn stored_event(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredEvent> {
    Ok(StoredEvent {
        event_pk: r.get(0)?,
        event_id: r.get(1)?,
        doc_id: r.get(2)?,
        date: r.get(3)?,
        event: r.get(4)?,
        cameo: r.get(5)?,
        quad_code: r.get(6)?,
        goldstein: r.get(7)?,
        actor_code: r.get(8)?,
        recipient_code: r.get(9)?,
        place_name: r.get(10)?,
        modality: r.get(11)?,
        cluster: r.get(12)?,
        record: r.get(13)?,
        url: r.get(14)?,
        cluster_documents: r.get::<_, Option<i64>>(15)?.map(|n| n as u64),
        cluster_sources: r.get::<_, Option<i64>>(16)?.map(|n| n as u64),
    })
}

/// A stored event whose record is not JSON means a damaged store: say so
/// here rather than write a broken line or fail in an exporter.
fn checked(e: StoredEvent) -> Result<StoredEvent> {
    match serde_json::from_str::<serde::de::IgnoredAny>(&e.record) {
        Ok(_) => Ok(e),
        Err(err) => Err(StoreError::Damaged {
            detail: format!(
                "the record of event {} is not valid JSON ({err})",
                e.event_id
            ),
        }),
    }
}

/// Period of a dyad time series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// Days (`2024-11-21`).
    Day,
    /// ISO weeks (`2024-W47`).
    Week,
    /// Months (`2024-11`).
    Month,
    /// Years (`2024`).
    Year,
}

impl Period {
    fn precision(self) -> Precision {
        match self {
            Period::Day => Precision::Day,
            Period::Week => Precision::Week,
            Period::Month => Precision::Month,
            Period::Year => Precision::Year,
        }
    }
}

/// One dyad in one period.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DyadPeriod {
    /// Source country.
    pub source: String,
    /// Target country.
    pub target: String,
    /// The period (`2024-11` for a month).
    pub period: String,
    /// Events (reports) per quad class 1–4.
    pub quad: [u64; 4],
    /// Events (reports) per PLOVER category.
    pub events: BTreeMap<String, u64>,
    /// Event reports.
    pub reports: u64,
    /// Distinct real-world events (clusters; a report not yet linked counts
    /// as its own).
    pub clusters: u64,
    /// Sum of Goldstein values over reports.
    pub goldstein_sum: f64,
}

impl DyadPeriod {
    /// Mean Goldstein value over reports.
    pub fn goldstein_mean(&self) -> f64 {
        if self.reports == 0 {
            0.0
        } else {
            self.goldstein_sum / self.reports as f64
        }
    }
}

/// A dyad series and what it left out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DyadSeries {
    /// Rows ordered by source, target and period.
    pub rows: Vec<DyadPeriod>,
    /// Dyads whose event's date is coarser than the period (a year-precise
    /// event in a monthly series), or spans two periods (a week across a
    /// month's end in a monthly series), or is missing.
    pub undated: u64,
    /// Dyads of events that had not happened when reported (scheduled,
    /// future): not counted.
    pub not_happened: u64,
}

/// Whether a file is at `path` (false: nothing there) that starts as an
/// SQLite database does; an empty file or any other is not a store.
fn check_file(path: &Path) -> Result<bool> {
    use std::io::Read;
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e.into()),
    };
    let mut head = Vec::with_capacity(SQLITE_HEADER.len());
    file.take(SQLITE_HEADER.len() as u64)
        .read_to_end(&mut head)?;
    let not = |reason: &str| {
        Err(StoreError::NotAStore {
            reason: reason.to_string(),
        })
    };
    if head.is_empty() {
        return not("an empty file");
    }
    if head != SQLITE_HEADER {
        return not("not an SQLite database");
    }
    Ok(true)
}

/// Checks that an open database is a parley store: [`APPLICATION_ID`], or
/// a store made before it (schema version 1 or more with parley's
/// `documents` table and no application id). Reading the schema also reads
/// the header and checks the file's size, so a truncated store fails here.
fn identify(conn: &Connection) -> Result<()> {
    let app: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let documents: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'documents'",
        [],
        |r| r.get(0),
    )?;
    if app == APPLICATION_ID || (app == 0 && version >= 1 && documents == 1) {
        return Ok(());
    }
    Err(StoreError::NotAStore {
        reason: if app != 0 {
            format!("an SQLite database of another application, application_id {app:#010x}")
        } else {
            "an SQLite database without parley's tables".to_string()
        },
    })
}

/// Puts the database in write-ahead-log mode unless it is already: the
/// change needs the database to itself, and SQLite may refuse it at once
/// while another process has it open, so it is retried for [`BUSY_WAIT`].
fn use_wal(conn: &Connection) -> Result<()> {
    let started = std::time::Instant::now();
    loop {
        let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
        if mode.eq_ignore_ascii_case("wal") {
            return Ok(());
        }
        match conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0)) {
            // Another mode back means SQLite kept the old one; the store
            // works in it (rollback journal), only with less concurrency.
            Ok(_) => return Ok(()),
            Err(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
                ) && started.elapsed() < BUSY_WAIT =>
            {
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// The SQLite URI opening `path` read-only as an immutable file (no locks,
/// no shared memory); `None` when the path is not UTF-8.
fn immutable_uri(path: &Path) -> Option<String> {
    let mut uri = String::from("file:");
    for b in path.to_str()?.bytes() {
        if b.is_ascii_alphanumeric() || b"/._-~".contains(&b) {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    Some(uri)
}

/// Stores one document's mentions and events (with their participants and
/// dyads) under `doc_pk`; returns the number of events.
fn store_analysis(
    conn: &Connection,
    doc_pk: i64,
    mentions: &[MentionRow],
    events: &[EventRecord],
) -> Result<usize> {
    let mut mention_stmt = conn.prepare_cached(
        "INSERT INTO mentions
         (doc_pk, position, kind, sentence, start, end, text, code, country, name, value,
          lat, lon, geonameid, inferred, discovered)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?;
    let mut event_stmt = conn.prepare_cached(
        "INSERT INTO events
         (doc_pk, event_id, date, date_precision, date_first, date_last, date_source,
          event, mode, context, cameo, quad_code, goldstein, modality, symmetric,
          confidence, actor_code, recipient_code,
          place_name, place_country, place_precision, lat, lon, geonameid,
          trigger_start, trigger_end, sentence_start, sentence_end, rule, record, topic)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                 ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30,
                 ?31)",
    )?;
    let mut party_stmt = conn.prepare_cached(
        "INSERT INTO participants (event_pk, role, position, code, country, name, text, start, end)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    let mut dyad_stmt = conn.prepare_cached(
        "INSERT INTO dyads (event_pk, position, source_code, source_country, target_code, target_country)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut n = 0;
    for (i, m) in mentions.iter().enumerate() {
        let Some(kind) = m.kind else { continue };
        mention_stmt.execute(params![
            doc_pk,
            i as i64,
            kind.as_str(),
            m.sentence as i64,
            m.span[0] as i64,
            m.span[1] as i64,
            m.text,
            m.code,
            m.country,
            m.name,
            m.value,
            m.lat,
            m.lon,
            m.geonameid,
            m.inferred,
            m.discovered,
        ])?;
    }
    for r in events {
        let period = r.date.as_deref().and_then(TimePoint::parse);
        let day = |d: parley_time::Date| d.to_string();
        let loc = r.event_loc.as_ref();
        let json = serde_json::to_string(r).expect("records serialise");
        event_stmt.execute(params![
            doc_pk,
            r.event_id,
            r.date,
            r.date_precision,
            period.map(|p| day(p.date)),
            period.map(|p| day(p.last_day())),
            r.date_source,
            r.event,
            r.mode,
            r.context,
            r.cameo,
            r.quad_code,
            // As written in the record (one decimal), not the f32's binary value.
            r.goldstein.to_string().parse::<f64>().unwrap_or(0.0),
            r.modality,
            r.symmetric,
            f64::from(r.confidence),
            r.actor.first().map(|a| &a.code),
            r.recipient.first().map(|a| &a.code),
            loc.map(|l| &l.name),
            loc.and_then(|l| l.country.as_ref()),
            loc.map(|l| l.precision),
            loc.and_then(|l| l.lat),
            loc.and_then(|l| l.lon),
            loc.and_then(|l| l.geonameid),
            r.trigger_span[0] as i64,
            r.trigger_span[1] as i64,
            r.sentence_span[0] as i64,
            r.sentence_span[1] as i64,
            r.rule,
            json,
            r.topic,
        ])?;
        let event_pk = conn.last_insert_rowid();
        n += 1;
        let roles = [("actor", &r.actor), ("recipient", &r.recipient)];
        for (role, parties) in roles {
            for (i, p) in parties.iter().enumerate() {
                // A party no words name stands at its event's trigger.
                let span = p.span.unwrap_or(r.trigger_span);
                party_stmt.execute(params![
                    event_pk,
                    role,
                    i as i64,
                    p.code,
                    p.country,
                    p.name,
                    p.entity_text.as_deref().unwrap_or(""),
                    span[0] as i64,
                    span[1] as i64,
                ])?;
            }
        }
        for (i, dy) in r.dyads().iter().enumerate() {
            let (a, t) = (dy.actor.first(), dy.recipient.first());
            dyad_stmt.execute(params![
                event_pk,
                i as i64,
                a.map(|a| &a.code),
                a.map(|a| &a.country),
                t.map(|t| &t.code),
                t.map(|t| &t.country),
            ])?;
        }
    }
    Ok(n)
}

/// The store: one SQLite database.
pub struct Store {
    conn: Connection,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.conn.path())
            .finish()
    }
}

impl Store {
    /// Opens the store at `path` for reading and writing, creating it when
    /// nothing is there, and migrates it to [`SCHEMA_VERSION`]. An existing
    /// file must be a parley store: an empty file, another kind of file or
    /// another application's database is refused ([`StoreError::NotAStore`]),
    /// never turned into a store. Write-ahead logging: readers do not block
    /// the writer, and a killed writer loses only its open transaction.
    pub fn open(path: &Path) -> Result<Store> {
        if !check_file(path)? {
            return Store::create(path);
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        // Another process may hold the database (a writer, a reader, a
        // concurrent first open): wait rather than fail.
        conn.busy_timeout(BUSY_WAIT)?;
        identify(&conn)?;
        use_wal(&conn)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        Store::setup(conn)
    }

    /// Opens the store at `path` for reading only: nothing is created,
    /// migrated or written (the derived tables may be out of date:
    /// [`Store::needs_follow_up`]). A store of an older schema is
    /// [`StoreError::Outdated`]. A store in a folder this process cannot
    /// write to is read as it is on disk (SQLite's `immutable`), since the
    /// write-ahead log's shared-memory file cannot be made there.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        if !check_file(path)? {
            return Err(std::io::Error::new(std::io::ErrorKind::NotFound, "no such file").into());
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags)?;
        conn.busy_timeout(BUSY_WAIT)?;
        if let Err(e) = identify(&conn) {
            let StoreError::Sqlite(err) = &e else {
                return Err(e);
            };
            let unopenable = matches!(
                err.sqlite_error_code(),
                Some(rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly)
            );
            let Some(uri) = immutable_uri(path).filter(|_| unopenable) else {
                return Err(e);
            };
            drop(conn);
            conn = Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)?;
            identify(&conn)?;
        }
        let store = Store { conn };
        let found = store.schema_version()?;
        if found > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                found,
                supported: SCHEMA_VERSION,
            });
        }
        if found < SCHEMA_VERSION {
            return Err(StoreError::Outdated {
                found,
                supported: SCHEMA_VERSION,
            });
        }
        Ok(store)
    }

    /// Makes a new store at `path`: built under a temporary name beside it,
    /// then given its name in one step that fails if the name is taken (a
    /// hard link), so a concurrent process sees no store or a whole one, and
    /// of two processes creating one store, one wins and both use it.
    fn create(path: &Path) -> Result<Store> {
        static MADE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let name = path.file_name().ok_or_else(|| {
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file name")
        })?;
        let tmp = path.with_file_name(format!(
            ".{}.{}-{}.new",
            name.to_string_lossy(),
            std::process::id(),
            MADE.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        ));
        let remove_tmp = || {
            for ext in ["", "-wal", "-shm", "-journal"] {
                let mut p = tmp.clone().into_os_string();
                p.push(ext);
                let _ = std::fs::remove_file(PathBuf::from(p));
            }
        };
        remove_tmp();
        let built = (|| -> Result<()> {
            let conn = Connection::open_with_flags(
                &tmp,
                OpenFlags::SQLITE_OPEN_READ_WRITE
                    | OpenFlags::SQLITE_OPEN_CREATE
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))?;
            let store = Store::setup(conn)?;
            // Closing checkpoints the log into the file and removes it.
            store.conn.close().map_err(|(_, e)| e)?;
            match std::fs::hard_link(&tmp, path) {
                Ok(()) => Ok(()),
                // Another process made it first: use theirs.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
                // No hard links on this file system: rename, which replaces,
                // so only when the name is still free (a narrow race left).
                Err(_) if !path.exists() => Ok(std::fs::rename(&tmp, path)?),
                Err(_) => Ok(()),
            }
        })();
        remove_tmp();
        built?;
        Store::open(path)
    }

    /// A store in memory (tests, one-off analyses).
    pub fn open_in_memory() -> Result<Store> {
        Store::setup(Connection::open_in_memory()?)
    }

    fn setup(conn: Connection) -> Result<Store> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut store = Store { conn };
        store.migrate()?;
        Ok(store)
    }

    /// The database's schema version.
    pub fn schema_version(&self) -> Result<u32> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Brings the schema to [`SCHEMA_VERSION`] and sets [`APPLICATION_ID`],
    /// in one immediate transaction, when needed: two processes opening a
    /// new database migrate it once, and an up-to-date store is not locked.
    fn migrate(&mut self) -> Result<()> {
        let state = |c: &Connection| -> Result<(u32, i32)> {
            Ok((
                c.pragma_query_value(None, "user_version", |r| r.get(0))?,
                c.pragma_query_value(None, "application_id", |r| r.get(0))?,
            ))
        };
        let too_new = |found| StoreError::TooNew {
            found,
            supported: SCHEMA_VERSION,
        };
        match state(&self.conn)? {
            (found, _) if found > SCHEMA_VERSION => return Err(too_new(found)),
            (SCHEMA_VERSION, APPLICATION_ID) => return Ok(()),
            _ => {}
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let (found, app) = state(&tx)?;
        if found > SCHEMA_VERSION {
            return Err(too_new(found));
        }
        for sql in MIGRATIONS.iter().skip(found as usize) {
            tx.execute_batch(sql)?;
        }
        if found < SCHEMA_VERSION {
            tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        }
        if app != APPLICATION_ID {
            tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// True when a document with this key is stored.
    pub fn contains(&self, key: &str) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM documents WHERE doc_key = ?1")?
            .query_row([key], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// The content hash ([`content_hash`]) of the document stored under this
    /// key, if one is.
    pub fn stored_content_hash(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT content_hash FROM documents WHERE doc_key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    }

    /// Stores a batch of documents with their mentions and events in one
    /// transaction. A document whose key is already stored (or earlier in the
    /// batch) is left alone when the stored text is the same, and refused
    /// when it is not ([`BatchCounts::refused`]).
    pub fn insert_batch(&mut self, docs: &[NewDocument<'_>]) -> Result<BatchCounts> {
        self.insert_batch_coded_with(docs, None)
    }

    /// [`Store::insert_batch`] for documents coded with the knowledge of
    /// version `knowledge` ([`Knowledge::version`]): when another process
    /// applied new knowledge meanwhile, the documents are stored and marked
    /// to be coded again ([`Store::pending_documents`]), so that every
    /// stored document ends coded with the applied knowledge. `None`: coded
    /// with the applied knowledge, whatever it is.
    pub fn insert_batch_coded_with(
        &mut self,
        docs: &[NewDocument<'_>],
        knowledge: Option<u64>,
    ) -> Result<BatchCounts> {
        // Immediate: the write lock is taken (or waited for) at the start,
        // never upgraded from a read, which SQLite may refuse without waiting.
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let outdated = match knowledge {
            Some(v) => knowledge_version(&tx)? != v,
            None => false,
        };
        let mut counts = BatchCounts::default();
        {
            let mut doc_stmt = tx.prepare_cached(
                "INSERT OR IGNORE INTO documents
                 (doc_key, doc_id, content_hash, published, title, source, url, origin, text)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            let mut stored_hash =
                tx.prepare_cached("SELECT content_hash FROM documents WHERE doc_key = ?1")?;
            for (position, d) in docs.iter().enumerate() {
                let doc = d.doc;
                // A key made from the text's hash already holds it.
                let hash = match d.key.strip_prefix("sha256:") {
                    Some(h) => h.to_string(),
                    None => content_hash(&doc.text),
                };
                let added = doc_stmt.execute(params![
                    d.key, doc.id, hash, doc.date, doc.title, doc.source, doc.url, doc.origin,
                    doc.text,
                ])?;
                if added == 0 {
                    let stored: String = stored_hash.query_row([d.key], |r| r.get(0))?;
                    if stored == hash {
                        counts.already_stored += 1;
                    } else {
                        counts.refused.push(position);
                    }
                    continue;
                }
                let doc_pk = tx.last_insert_rowid();
                counts.documents += 1;
                counts.events += store_analysis(&tx, doc_pk, d.mentions, d.events)?;
                if outdated {
                    tx.execute(
                        "INSERT OR IGNORE INTO recode (doc_pk) VALUES (?1)",
                        [doc_pk],
                    )?;
                }
            }
        }
        if counts.documents > 0 {
            tx.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('stale', '1')",
                [],
            )?;
            // A number, so that a knowledge step can tell whether documents
            // came while it ran ([`Store::knowledge_step_done`]).
            tx.execute(
                "INSERT INTO meta (key, value) VALUES ('knowledge_stale', '1')
                 ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
                [],
            )?;
        }
        tx.commit()?;
        Ok(counts)
    }

    /// Numbers of documents, events and mentions.
    pub fn counts(&self) -> Result<StoreCounts> {
        let n = |table: &str| -> Result<u64> {
            Ok(self
                .conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
                    r.get::<_, i64>(0)
                })? as u64)
        };
        Ok(StoreCounts {
            documents: n("documents")?,
            events: n("events")?,
            mentions: n("mentions")?,
        })
    }

    /// Events matching `q`, in date order (undated last), then by document
    /// id and position in the document.
    pub fn events(&self, q: &EventQuery) -> Result<Vec<StoredEvent>> {
        let mut sql = format!("{STORED_EVENT_SELECT} WHERE 1 = 1");
        let mut args: Vec<String> = Vec::new();
        // Each `@` of a clause becomes the next numbered parameter.
        let mut arg = |sql: &mut String, clause: &str, values: &[&str]| {
            sql.push_str(" AND ");
            let mut values = values.iter();
            for (i, piece) in clause.split('@').enumerate() {
                if i > 0 {
                    let v = values.next().expect("one value per @");
                    args.push(v.to_string());
                    sql.push_str(&format!("?{}", args.len()));
                }
                sql.push_str(piece);
            }
        };
        if let Some(c) = &q.country {
            arg(
                &mut sql,
                "EXISTS (SELECT 1 FROM participants p WHERE p.event_pk = e.event_pk AND p.country = @)",
                &[c],
            );
        }
        if let Some((a, b)) = &q.dyad {
            arg(
                &mut sql,
                "EXISTS (SELECT 1 FROM dyads y WHERE y.event_pk = e.event_pk
                   AND ((y.source_country = @ AND y.target_country = @)
                     OR (e.symmetric AND y.source_country = @ AND y.target_country = @)))",
                &[a, b, b, a],
            );
        }
        if let Some(ev) = &q.event {
            if !ev.is_empty() && ev.bytes().all(|b| b.is_ascii_digit()) {
                arg(&mut sql, "substr(e.cameo, 1, length(@)) = @", &[ev, ev]);
            } else {
                arg(&mut sql, "e.event = upper(@)", &[ev]);
            }
        }
        if let Some(from) = &q.from {
            arg(&mut sql, "e.date_last >= @", &[from]);
        }
        if let Some(to) = &q.to {
            arg(&mut sql, "e.date_first <= @", &[to]);
        }
        if let Some(p) = &q.place {
            arg(
                &mut sql,
                "(lower(e.place_name) = lower(@) OR e.place_country = upper(@))",
                &[p, p],
            );
        }
        sql.push_str(&format!(
            " ORDER BY e.date_first IS NULL, e.date_first, {CANONICAL_ORDER}"
        ));
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), stored_event)?;
        rows.map(|r| checked(r?)).collect()
    }

    /// All event records, for export, by document id and position in the
    /// document (not storage order: the same documents export the same
    /// whatever order they were stored in): calls `each` with each stored
    /// event.
    pub fn for_each_event(
        &self,
        each: &mut dyn FnMut(&StoredEvent) -> std::io::Result<()>,
    ) -> std::result::Result<u64, ExportError> {
        let mut stmt = self
            .conn
            .prepare(&format!("{STORED_EVENT_SELECT} ORDER BY {CANONICAL_ORDER}"))?;
        let mut rows = stmt.query([])?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            let e = checked(stored_event(r)?)?;
            each(&e)?;
            n += 1;
        }
        Ok(n)
    }

    /// Dyad time series: per (source country, target country, period),
    /// events per quad class and PLOVER category, Goldstein sum and mean,
    /// reports and distinct real-world events. Events that had not happened
    /// when reported (scheduled, future) are left out, and so are dyads
    /// without both countries.
    pub fn dyad_series(&self, period: Period) -> Result<DyadSeries> {
        // In canonical order: the Goldstein sums add up in the same order
        // whatever order the events were stored in.
        let mut stmt = self.conn.prepare(&format!(
            "SELECT y.source_country, y.target_country, e.date, e.event, e.quad_code, e.goldstein,
                    e.modality, coalesce(e.cluster, -e.event_pk)
             FROM dyads y JOIN events e ON e.event_pk = y.event_pk
             JOIN documents d ON d.doc_pk = e.doc_pk
             WHERE y.source_country IS NOT NULL AND y.target_country IS NOT NULL
               AND y.source_country != '---' AND y.target_country != '---'
             ORDER BY {CANONICAL_ORDER}, y.position",
        ))?;
        let mut rows = stmt.query([])?;
        let mut series = DyadSeries::default();
        let mut cells: BTreeMap<(String, String, String), (DyadPeriod, Vec<i64>)> = BTreeMap::new();
        while let Some(r) = rows.next()? {
            let (source, target): (String, String) = (r.get(0)?, r.get(1)?);
            let date: Option<String> = r.get(2)?;
            let modality: String = r.get(6)?;
            if matches!(modality.as_str(), "scheduled" | "future") {
                series.not_happened += 1;
                continue;
            }
            let Some(t) = date
                .as_deref()
                .and_then(TimePoint::parse)
                // The whole date within one period: a week across a month's
                // end belongs to neither month.
                .filter(|t| {
                    t.precision <= period.precision()
                        && TimePoint::of(t.date, period.precision())
                            == TimePoint::of(t.last_day(), period.precision())
                })
            else {
                series.undated += 1;
                continue;
            };
            let label = TimePoint::of(t.date, period.precision()).normalised();
            let (cell, clusters) = cells
                .entry((source.clone(), target.clone(), label.clone()))
                .or_insert_with(|| {
                    (
                        DyadPeriod {
                            source,
                            target,
                            period: label,
                            ..DyadPeriod::default()
                        },
                        Vec::new(),
                    )
                });
            let quad: u8 = r.get(4)?;
            if (1..=4).contains(&quad) {
                cell.quad[usize::from(quad - 1)] += 1;
            }
            if let Some(ev) = r.get::<_, Option<String>>(3)? {
                *cell.events.entry(ev).or_default() += 1;
            }
            cell.reports += 1;
            cell.goldstein_sum += r.get::<_, f64>(5)?;
            clusters.push(r.get(7)?);
        }
        series.rows = cells
            .into_values()
            .map(|(mut cell, mut clusters)| {
                clusters.sort_unstable();
                clusters.dedup();
                cell.clusters = clusters.len() as u64;
                cell
            })
            .collect();
        Ok(series)
    }
}

/// A person and the actor a name stands for: a vote of the stored documents
/// ([`Store::person_votes`]) or an applied choice ([`Knowledge::people`]).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PersonRow {
    /// The person's name.
    pub name: String,
    /// Actor code.
    pub code: String,
    /// Actor country.
    pub country: Option<String>,
    /// Sector codes, space-separated, primary first.
    pub sectors: Option<String>,
    /// Documents that discovered this actor under this name.
    pub documents: u64,
}

/// The people every stored document was coded with (except those waiting
/// in [`Store::pending_documents`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Knowledge {
    /// Raised each time the people change.
    pub version: u64,
    /// One row per name, by name.
    pub people: Vec<PersonRow>,
}

/// A stored document to code again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDocument {
    /// Its row (insertion order): the handle for [`Store::replace_analysis`].
    pub doc_pk: i64,
    /// Its key ([`document_key`]).
    pub key: String,
    /// The document as stored: its id is the one in its records.
    pub doc: Document,
}

/// A stored document coded again: its new mentions and events.
#[derive(Debug, Clone, Copy)]
pub struct RecodedDocument<'a> {
    /// Its row ([`StoredDocument::doc_pk`]).
    pub doc_pk: i64,
    /// Its event records.
    pub events: &'a [EventRecord],
    /// Its mentions, in document order.
    pub mentions: &'a [MentionRow],
}

fn knowledge_version(conn: &Connection) -> Result<u64> {
    let v: Option<String> = conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'knowledge_version'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    Ok(v.and_then(|v| v.parse().ok()).unwrap_or(0))
}

/// An FTS5 query for the words of `name` in a row (a phrase: quotes doubled).
fn phrase(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The knowledge step's storage: the documents' votes, the applied people,
/// the documents to code again. The choice of people from the votes is the
/// caller's (parley-mentions' `KnownPeople::from_votes`); coding is never
/// done here.
impl Store {
    /// The people the stored documents discovered: per name and actor (code,
    /// country, sectors), the number of documents with a mention of it
    /// marked discovered; ordered by name, then actor.
    pub fn person_votes(&self) -> Result<Vec<PersonRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT name, code, country, value, count(DISTINCT doc_pk) FROM mentions
             WHERE discovered = 1 AND kind = 'actor' AND name IS NOT NULL AND code IS NOT NULL
             GROUP BY name, code, country, value
             ORDER BY name, code, country, value",
        )?;
        let rows = stmt.query_map([], person_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The applied people and their version.
    pub fn knowledge(&self) -> Result<Knowledge> {
        let mut stmt = self.conn.prepare(
            "SELECT name, code, country, sectors, documents FROM known_people ORDER BY name",
        )?;
        let people = stmt
            .query_map([], person_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Knowledge {
            version: knowledge_version(&self.conn)?,
            people,
        })
    }

    /// Makes `people` the applied knowledge, in one transaction (raising its
    /// version unless `names` is empty), and marks
    /// for coding again every stored document whose text has the words of
    /// one of `names` (the people who changed: chosen actor changed,
    /// appeared or disappeared) in a row, case and diacritics aside — a
    /// superset of the documents that name them, found through the
    /// `documents_fts` index. Returns false, changing nothing, when the
    /// applied knowledge is no longer version `from` (another process
    /// applied some meanwhile: compare again).
    pub fn apply_knowledge(
        &mut self,
        from: u64,
        people: &[PersonRow],
        names: &[String],
    ) -> Result<bool> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        if knowledge_version(&tx)? != from {
            return Ok(false);
        }
        tx.execute("DELETE FROM known_people", [])?;
        {
            let mut add = tx.prepare(
                "INSERT INTO known_people (name, code, country, sectors, documents)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for p in people {
                add.execute(params![
                    p.name,
                    p.code,
                    p.country,
                    p.sectors,
                    p.documents as i64
                ])?;
            }
            let mut mark = tx.prepare(
                "INSERT OR IGNORE INTO recode (doc_pk)
                 SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?1",
            )?;
            for name in names {
                // A name without a letter or digit has no words to look for
                // (and would be no phrase FTS5 accepts).
                if name.chars().any(char::is_alphanumeric) {
                    mark.execute([phrase(name)])?;
                }
            }
        }
        // What coding depends on changed: documents coded before are out of
        // date (new counts alone change nothing).
        if !names.is_empty() {
            tx.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('knowledge_version', ?1)",
                [(from + 1).to_string()],
            )?;
        }
        tx.commit()?;
        Ok(true)
    }

    /// The stored documents whose text has the words of `name` in a row
    /// (as [`Store::apply_knowledge`] finds them), by document id.
    pub fn documents_naming(&self, name: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT d.doc_id FROM documents_fts f JOIN documents d ON d.doc_pk = f.rowid
             WHERE documents_fts MATCH ?1 ORDER BY d.doc_id, d.doc_key",
        )?;
        let rows = stmt.query_map([phrase(name)], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Up to `limit` documents waiting to be coded again with the applied
    /// knowledge, in storage order.
    pub fn pending_documents(&self, limit: usize) -> Result<Vec<StoredDocument>> {
        let mut stmt = self.conn.prepare(
            "SELECT d.doc_pk, d.doc_key, d.doc_id, d.published, d.title, d.source, d.url,
                    d.origin, d.text
             FROM recode r JOIN documents d ON d.doc_pk = r.doc_pk
             ORDER BY r.doc_pk LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit as i64], |r| {
            let key: String = r.get(1)?;
            Ok(StoredDocument {
                doc_pk: r.get(0)?,
                doc: Document {
                    id: r.get(2)?,
                    id_given: key.starts_with("id:"),
                    date: r.get(3)?,
                    title: r.get(4)?,
                    source: r.get(5)?,
                    url: r.get(6)?,
                    origin: r.get(7)?,
                    text: r.get(8)?,
                    notes: Vec::new(),
                },
                key,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Replaces the mentions and events (with their participants and dyads)
    /// of stored documents by those of coding them again with the knowledge
    /// of version `knowledge`, in one transaction; the documents' rows stay.
    /// Linking and tracking are marked out of date (what referred to the old
    /// events is dropped until then). A document stays pending when the
    /// applied knowledge changed meanwhile. Returns the events stored.
    pub fn replace_analysis(
        &mut self,
        docs: &[RecodedDocument<'_>],
        knowledge: u64,
    ) -> Result<usize> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let current = knowledge_version(&tx)? == knowledge;
        let mut events = 0;
        for d in docs {
            tx.execute_batch(&format!(
                "CREATE TEMP TABLE IF NOT EXISTS old_events (event_pk INTEGER PRIMARY KEY);
                 DELETE FROM temp.old_events;
                 INSERT INTO temp.old_events SELECT event_pk FROM events WHERE doc_pk = {pk};
                 DELETE FROM participants WHERE event_pk IN temp.old_events;
                 DELETE FROM dyads WHERE event_pk IN temp.old_events;
                 DELETE FROM agreement_steps WHERE event_pk IN temp.old_events;
                 DELETE FROM scheduled WHERE event_pk IN temp.old_events;
                 UPDATE scheduled SET held_by = NULL WHERE held_by IN temp.old_events;
                 DELETE FROM events WHERE doc_pk = {pk};
                 DELETE FROM mentions WHERE doc_pk = {pk};",
                pk = d.doc_pk
            ))?;
            events += store_analysis(&tx, d.doc_pk, d.mentions, d.events)?;
            if current {
                tx.execute("DELETE FROM recode WHERE doc_pk = ?1", [d.doc_pk])?;
            }
        }
        if !docs.is_empty() {
            tx.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('stale', '1')",
                [],
            )?;
            // Events were replaced, not only added: incremental linking
            // (which follows new events) cannot tell; link everything again.
            tx.execute("DELETE FROM meta WHERE key = 'linked'", [])?;
        }
        tx.commit()?;
        Ok(events)
    }

    /// The knowledge step's mark: `Some(n)` when documents were stored
    /// since the step last finished (a number that grows with each batch),
    /// also after an ingest stopped between storing and the step.
    pub fn knowledge_mark(&self) -> Result<Option<i64>> {
        let v: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'knowledge_stale'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok(v.map(|v| v.parse().unwrap_or(1)))
    }

    /// True when the knowledge step has work: documents stored since it
    /// last finished, or documents waiting to be coded again.
    pub fn needs_knowledge_step(&self) -> Result<bool> {
        let pending: bool =
            self.conn
                .query_row("SELECT EXISTS (SELECT 1 FROM recode)", [], |r| r.get(0))?;
        Ok(pending || self.knowledge_mark()?.is_some())
    }

    /// Ends the knowledge step: clears its mark when it is still `mark`
    /// (no batch came since the step read it), the applied knowledge is
    /// still version `knowledge` and no document waits to be coded again.
    /// Returns whether it did; if not, the step has more to do.
    pub fn knowledge_step_done(&mut self, mark: Option<i64>, knowledge: u64) -> Result<bool> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let now: Option<String> = tx
            .query_row(
                "SELECT value FROM meta WHERE key = 'knowledge_stale'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        let now = now.map(|v| v.parse().unwrap_or(1));
        let pending: bool =
            tx.query_row("SELECT EXISTS (SELECT 1 FROM recode)", [], |r| r.get(0))?;
        if now != mark || pending || knowledge_version(&tx)? != knowledge {
            return Ok(false);
        }
        tx.execute("DELETE FROM meta WHERE key = 'knowledge_stale'", [])?;
        tx.commit()?;
        Ok(true)
    }
}

fn person_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PersonRow> {
    Ok(PersonRow {
        name: r.get(0)?,
        code: r.get(1)?,
        country: r.get(2)?,
        sectors: r.get(3)?,
        documents: r.get::<_, i64>(4)? as u64,
    })
}

impl Store {
    /// Brings everything derived from the events — clusters, agreements,
    /// scheduled events — up to date with the events stored since the last
    /// follow-up, in one transaction, and marks the store up to date.
    /// Linking (see [`Store::relink`] for the rule) and tracking (see
    /// `track_new_in`) are incremental and give exactly what doing
    /// everything again would. Deterministic; can be re-run.
    pub fn follow_up(&mut self) -> Result<(LinkCounts, TrackCounts)> {
        self.follow_up_with(LARGE_FOLLOW_UP)
    }

    /// [`Store::follow_up`] that never tracks everything again, however
    /// many the new events (for tests of the incremental rule).
    #[doc(hidden)]
    pub fn follow_up_incrementally(&mut self) -> Result<(LinkCounts, TrackCounts)> {
        self.follow_up_with(u32::MAX)
    }

    fn follow_up_with(&mut self, large: u32) -> Result<(LinkCounts, TrackCounts)> {
        // Immediate, as every write: see `insert_batch`.
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let linked: Option<i64> = tx
            .query_row("SELECT value FROM meta WHERE key = 'linked'", [], |r| {
                r.get::<_, String>(0)
            })
            .optional()?
            .and_then(|v| v.parse().ok());
        let (link, track) = match linked {
            Some(after) => (
                Store::link_new_in(&tx, after)?,
                Store::track_new_in(&tx, after, large)?,
            ),
            None => (Store::link_in(&tx)?, Store::track_in(&tx)?),
        };
        Store::mark_followed_up(&tx)?;
        tx.commit()?;
        Ok((link, track))
    }

    /// Links every stored report again from scratch (what `parley link`
    /// does) and rebuilds the trackers; the same result as
    /// [`Store::follow_up`] after any sequence of ingests.
    ///
    /// **The incremental rule.** Linking takes reports in date order, one at
    /// a time, and a report only ever meets clusters of its own category.
    /// So when new reports of a category arrive whose earliest first day is
    /// `T`, every decision about the category's reports dated before `T` is
    /// the same as before (it never looked at later reports), and only the
    /// reports dated `T` or later (stored and new) are linked again — the
    /// chain of changes may run to the newest report, and it is followed all
    /// the way. They are linked against the clusters still open on `T`,
    /// restored from their stored members dated before `T`: a cluster can
    /// take a report dated `T` or later only when each of its members is
    /// within the category's window of it, so only clusters with a member
    /// whose last day is `T - window` or later are loaded; older ones can
    /// take nothing. No safety factor is needed: the restored state is the
    /// state the full run has on reaching day `T` (parley-link's
    /// `link_since`, property-tested against `link`), and the store's
    /// incremental result is property-tested against this full relink.
    pub fn relink(&mut self) -> Result<(LinkCounts, TrackCounts)> {
        // Immediate, as every write: see `insert_batch`.
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let link = Store::link_in(&tx)?;
        let track = Store::track_in(&tx)?;
        Store::mark_followed_up(&tx)?;
        tx.commit()?;
        Ok((link, track))
    }

    fn mark_followed_up(tx: &rusqlite::Transaction<'_>) -> Result<()> {
        tx.execute(
            "INSERT OR REPLACE INTO meta (key, value)
             SELECT 'linked', coalesce(max(event_pk), 0) FROM events",
            [],
        )?;
        tx.execute("DELETE FROM meta WHERE key = 'stale'", [])?;
        Ok(())
    }

    /// True when events were stored since the derived tables were last
    /// rebuilt (also after an ingest killed before [`Store::follow_up`]).
    pub fn needs_follow_up(&self) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT 1 FROM meta WHERE key = 'stale'", [], |_| Ok(()))
            .optional()?
            .is_some())
    }
}

/// What linking found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LinkCounts {
    /// Event reports linked (events that happened, precisely dated, with a
    /// known country).
    pub linked: u64,
    /// Clusters (real-world events) they form.
    pub clusters: u64,
    /// Clusters of more than one report.
    pub multi_report: u64,
}

/// `YYYY-MM-DD` of a day number (the inverse of [`day_number`]).
fn day_string(n: i64) -> String {
    // Howard Hinnant's civil_from_days.
    let z = n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Rows of the clusters table for the clusters the `WHERE` clause (on
/// `events e`) selects.
fn insert_clusters(tx: &rusqlite::Transaction<'_>, which: &str) -> Result<()> {
    tx.execute_batch(&format!(
        "INSERT INTO clusters
         SELECT e.cluster,
                (SELECT s.event_id FROM events s WHERE s.event_pk = e.cluster),
                min(e.event),
                min(e.date_first),
                max(e.date_last),
                count(*),
                count(DISTINCT e.doc_pk),
                count(DISTINCT coalesce(nullif(d.source, ''), 'doc:' || d.doc_pk)),
                (SELECT e2.event_id FROM events e2 JOIN documents d2 ON d2.doc_pk = e2.doc_pk
                  WHERE e2.cluster = e.cluster
                  ORDER BY d2.published IS NULL, d2.published, e2.event_id, d2.doc_key LIMIT 1),
                (SELECT e2.event_id FROM events e2 JOIN documents d2 ON d2.doc_pk = e2.doc_pk
                  WHERE e2.cluster = e.cluster
                  ORDER BY d2.published IS NULL, d2.published DESC, e2.event_id DESC,
                           d2.doc_key DESC LIMIT 1),
                min(d.published),
                max(d.published),
                coalesce((SELECT group_concat(c, ' ' ORDER BY c) FROM (SELECT DISTINCT p.country AS c
                  FROM participants p JOIN events e3 ON e3.event_pk = p.event_pk
                  WHERE e3.cluster = e.cluster AND p.role = 'actor' AND p.country != '---')), ''),
                coalesce((SELECT group_concat(c, ' ' ORDER BY c) FROM (SELECT DISTINCT p.country AS c
                  FROM participants p JOIN events e3 ON e3.event_pk = p.event_pk
                  WHERE e3.cluster = e.cluster AND p.role = 'recipient' AND p.country != '---')), ''),
                (SELECT e4.place_name FROM events e4 JOIN documents d4 ON d4.doc_pk = e4.doc_pk
                  WHERE e4.cluster = e.cluster AND e4.place_name IS NOT NULL
                  ORDER BY e4.date_first, e4.event_id, d4.doc_key LIMIT 1)
         FROM events e JOIN documents d ON d.doc_pk = e.doc_pk
         WHERE {which}
         GROUP BY e.cluster"
    ))?;
    Ok(())
}

impl Store {
    /// Links the stored event reports into clusters (see parley-link for the
    /// rules), from scratch: `events.cluster` and the `clusters` table are
    /// rewritten. Deterministic.
    fn link_in(tx: &rusqlite::Transaction<'_>) -> Result<LinkCounts> {
        let loaded = load_reports(tx, "1 = 1", &[])?;
        let clusters = parley_link::link(&loaded.reports);
        tx.execute(
            "UPDATE events SET cluster = NULL WHERE cluster IS NOT NULL",
            [],
        )?;
        tx.execute("DELETE FROM clusters", [])?;
        {
            let mut set = tx.prepare("UPDATE events SET cluster = ?2 WHERE event_pk = ?1")?;
            for (k, c) in clusters.iter().enumerate() {
                if let Some(c) = c {
                    set.execute(params![loaded.pks[k], loaded.pks[*c as usize]])?;
                }
            }
        }
        insert_clusters(tx, "e.cluster IS NOT NULL")?;
        Store::link_counts(tx)
    }

    /// Links the reports stored after event `after` (the incremental rule
    /// of [`Store::relink`]): per category of a new report, the reports
    /// from the new ones' earliest first day on are linked again against
    /// the clusters open on that day; the rows of every cluster they leave
    /// or join are rewritten.
    fn link_new_in(tx: &rusqlite::Transaction<'_>, after: i64) -> Result<LinkCounts> {
        let starts: Vec<(String, String)> = tx
            .prepare(
                "SELECT event, min(date_first) FROM events
                 WHERE event_pk > ?1 AND event IS NOT NULL AND date_first IS NOT NULL
                   AND date_precision = 'day' AND modality IN ('asserted', 'historical')
                 GROUP BY event ORDER BY event",
            )?
            .query_map([after], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        tx.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS open_clusters (cluster INTEGER PRIMARY KEY);
             CREATE TEMP TABLE IF NOT EXISTS touched_clusters (cluster INTEGER PRIMARY KEY);
             DELETE FROM temp.touched_clusters;",
        )?;
        for (event, first) in &starts {
            let Some(since) = day_number(first) else {
                continue;
            };
            let open_from = day_string(since - parley_link::window_days(event));
            tx.execute("DELETE FROM temp.open_clusters", [])?;
            tx.execute(
                "INSERT INTO temp.open_clusters
                 SELECT DISTINCT cluster FROM events INDEXED BY events_linked_last
                 WHERE event = ?1 AND date_first < ?2 AND date_last >= ?3 AND cluster IS NOT NULL",
                params![event, first, open_from],
            )?;
            let loaded = load_reports(
                tx,
                "e.event_pk IN (SELECT event_pk FROM events WHERE event = ?1 AND date_first >= ?2
                   UNION ALL
                   SELECT event_pk FROM events WHERE date_first < ?2
                     AND cluster IN (SELECT cluster FROM temp.open_clusters))",
                &[event, first],
            )?;
            let got = parley_link::link_since(&loaded.reports, since, &loaded.clusters);
            let mut touch =
                tx.prepare("INSERT OR IGNORE INTO temp.touched_clusters VALUES (?1)")?;
            let mut set = tx.prepare("UPDATE events SET cluster = ?2 WHERE event_pk = ?1")?;
            for (k, (r, c)) in loaded.reports.iter().zip(&got).enumerate() {
                if r.first_day < since {
                    continue;
                }
                let new = c.map(|c| loaded.pks[c as usize]);
                let old = loaded.clusters[k];
                for c in [old, new].into_iter().flatten() {
                    touch.execute([c])?;
                }
                if new != old {
                    set.execute(params![loaded.pks[k], new])?;
                }
            }
        }
        tx.execute_batch(
            "DELETE FROM clusters WHERE cluster IN (SELECT cluster FROM temp.touched_clusters);",
        )?;
        insert_clusters(
            tx,
            "e.cluster IN (SELECT cluster FROM temp.touched_clusters)",
        )?;
        tx.execute_batch("DELETE FROM temp.touched_clusters; DELETE FROM temp.open_clusters;")?;
        Store::link_counts(tx)
    }

    fn link_counts(tx: &rusqlite::Transaction<'_>) -> Result<LinkCounts> {
        let count = |sql: &str| tx.query_row(sql, [], |r| r.get::<_, i64>(0));
        Ok(LinkCounts {
            linked: count("SELECT count(*) FROM events WHERE cluster IS NOT NULL")? as u64,
            clusters: count("SELECT count(*) FROM clusters")? as u64,
            multi_report: count("SELECT count(*) FROM clusters WHERE reports > 1")? as u64,
        })
    }

    /// The clusters of more than `min_reports - 1` reports, most reported
    /// first (then by date and id).
    pub fn clusters(&self, min_reports: u64) -> Result<Vec<ClusterRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT label, event, date_first, date_last, reports, documents, sources,
                    first_report, last_report, first_published, last_published, actors,
                    recipients, place_name
             FROM clusters WHERE reports >= ?1
             ORDER BY reports DESC, date_first, label",
        )?;
        let rows = stmt.query_map([min_reports as i64], |r| {
            Ok(ClusterRow {
                cluster: r.get(0)?,
                event: r.get(1)?,
                date_first: r.get(2)?,
                date_last: r.get(3)?,
                reports: r.get::<_, i64>(4)? as u64,
                documents: r.get::<_, i64>(5)? as u64,
                sources: r.get::<_, i64>(6)? as u64,
                first_report: r.get(7)?,
                last_report: r.get(8)?,
                first_published: r.get(9)?,
                last_published: r.get(10)?,
                actors: r.get(11)?,
                recipients: r.get(12)?,
                place_name: r.get(13)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// What the trackers read of a stored event besides its [`parley_link::Report`].
struct ReportDetails {
    trigger: String,
    topic: Option<String>,
    date: Option<String>,
    precision: Option<String>,
    place: Option<String>,
    published: Option<String>,
}

/// Stored events as the linker and trackers see them.
struct Loaded {
    /// The reports, in order of event_id (then document key): report `k`
    /// has id `k`, so that ids order reports the same way whatever order
    /// they were stored in.
    reports: Vec<parley_link::Report>,
    details: Vec<ReportDetails>,
    /// The event_pk of each.
    pks: Vec<i64>,
    /// The cluster each has in the store (an event_pk), if any.
    clusters: Vec<Option<i64>>,
}

/// The stored events the `WHERE` clause (on `events e`, with `params`)
/// selects that have a PLOVER category and a date, as the linker sees them
/// and with the details the trackers need.
fn load_reports(conn: &Connection, which: &str, params: &[&str]) -> Result<Loaded> {
    let mut stmt = conn.prepare(&format!(
        "SELECT e.event_pk, e.event, e.modality, e.date_first, e.date_last, e.date_precision,
                e.symmetric, e.place_country, e.lat, e.lon, e.cameo,
                json_extract(e.record, '$.event_text'), e.topic, e.date, e.place_name, d.published,
                e.event_id, d.doc_key, e.cluster
         FROM events e JOIN documents d ON d.doc_pk = e.doc_pk
         WHERE e.event IS NOT NULL AND ({which})"
    ))?;
    let mut parties = conn.prepare_cached(
        "SELECT role, code, country FROM participants WHERE event_pk = ?1 AND country != '---'
         ORDER BY role, position",
    )?;
    let mut all = Vec::new();
    let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let first: Option<String> = r.get(3)?;
        let last: Option<String> = r.get(4)?;
        let precision: Option<String> = r.get(5)?;
        let (Some(first_day), Some(last_day)) = (
            first.as_deref().and_then(day_number),
            last.as_deref().and_then(day_number),
        ) else {
            continue;
        };
        let (mut actors, mut recipients, mut countries) = (Vec::new(), Vec::new(), Vec::new());
        let mut p = parties.query([id])?;
        while let Some(q) = p.next()? {
            let (role, code, country): (String, String, String) = (q.get(0)?, q.get(1)?, q.get(2)?);
            if role == "actor" {
                actors.push(code);
            } else {
                recipients.push(code);
            }
            countries.push(country);
        }
        countries.sort();
        countries.dedup();
        let place_country: Option<String> = r.get(7)?;
        let point = match (r.get::<_, Option<f64>>(8)?, r.get::<_, Option<f64>>(9)?) {
            (Some(lat), Some(lon)) => Some((lat, lon)),
            _ => None,
        };
        let report = parley_link::Report {
            id,
            event: r.get(1)?,
            cameo: r.get(10)?,
            modality: r.get(2)?,
            first_day,
            last_day,
            precise: precision.as_deref() == Some("day"),
            actors,
            recipients,
            countries,
            symmetric: r.get(6)?,
            place: (place_country.is_some() || point.is_some()).then_some(parley_link::Location {
                country: place_country,
                point,
            }),
        };
        let details = ReportDetails {
            trigger: r.get::<_, Option<String>>(11)?.unwrap_or_default(),
            topic: r.get(12)?,
            date: r.get(13)?,
            precision,
            place: r.get(14)?,
            published: r.get(15)?,
        };
        let key: (String, String) = (r.get(16)?, r.get(17)?);
        all.push((key, report, details, r.get::<_, Option<i64>>(18)?));
    }
    // Ids in a stable order (event ids come from the documents, not from
    // the order they were stored in): they break ties between reports that
    // say the same thing, and name clusters and agreements.
    all.sort_by(|a, b| a.0.cmp(&b.0));
    let mut loaded = Loaded {
        reports: Vec::with_capacity(all.len()),
        details: Vec::with_capacity(all.len()),
        pks: Vec::with_capacity(all.len()),
        clusters: Vec::with_capacity(all.len()),
    };
    for (k, (_, mut report, details, cluster)) in all.into_iter().enumerate() {
        loaded.pks.push(report.id);
        report.id = k as i64;
        loaded.reports.push(report);
        loaded.details.push(details);
        loaded.clusters.push(cluster);
    }
    Ok(loaded)
}

/// The day number of a publication date as given (its first ten characters).
fn published_day(p: &Option<String>) -> Option<i64> {
    p.as_deref().and_then(|s| s.get(..10)).and_then(day_number)
}

/// The collection's "now": the newest publication day of a document with
/// a dated event stored after event `after` (0: of all of them).
fn newest_publication_day(tx: &rusqlite::Transaction<'_>, after: i64) -> Result<Option<i64>> {
    let mut stmt = tx.prepare(
        "SELECT DISTINCT substr(d.published, 1, 10) FROM events e
         JOIN documents d ON d.doc_pk = e.doc_pk
         WHERE e.event_pk > ?1 AND e.event IS NOT NULL AND e.date_first IS NOT NULL
           AND e.date_last IS NOT NULL AND d.published IS NOT NULL",
    )?;
    let days = stmt.query_map([after], |r| r.get::<_, String>(0))?;
    let mut newest = None;
    for d in days {
        newest = newest.max(day_number(&d?));
    }
    Ok(newest)
}

/// Remembers the newest publication day the trackers used ('' for none).
fn set_as_of(tx: &rusqlite::Transaction<'_>, as_of: Option<i64>) -> Result<()> {
    tx.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('as_of', ?1)",
        [as_of.map(|d| d.to_string()).unwrap_or_default()],
    )?;
    Ok(())
}

/// An empty `temp.track_events`: the scheduled events to work out.
fn prepare_temp_events(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    tx.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS track_events (event_pk INTEGER PRIMARY KEY);
         DELETE FROM temp.track_events;",
    )?;
    Ok(())
}

/// [`Store::follow_up`] tracks everything again when the new events are
/// more than one in this many of the store's.
const LARGE_FOLLOW_UP: u32 = 8;

/// What tracking found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TrackCounts {
    /// Agreements.
    pub agreements: u64,
    /// Scheduled events.
    pub scheduled: u64,
    /// Of those, held.
    pub held: u64,
    /// Of those, overdue.
    pub overdue: u64,
}

impl Store {
    /// Rebuilds the agreements and scheduled events from all stored events
    /// (see parley-link's `track` module).
    fn track_in(tx: &rusqlite::Transaction<'_>) -> Result<TrackCounts> {
        tx.execute_batch(
            "DELETE FROM agreement_steps; DELETE FROM agreements; DELETE FROM scheduled;",
        )?;
        let as_of = newest_publication_day(tx, 0)?;
        Store::group_agreements(tx, "e.topic IS NOT NULL", &[])?;
        prepare_temp_events(tx)?;
        tx.execute(
            "INSERT INTO temp.track_events SELECT event_pk FROM events WHERE modality = 'scheduled'",
            [],
        )?;
        Store::follow_scheduled(tx, as_of)?;
        set_as_of(tx, as_of)?;
        Store::track_counts(tx)
    }

    /// Brings the agreements and scheduled events up to date with the
    /// events stored after event `after`, rewriting only what they can
    /// change, with exactly the result of [`Store::track_in`]:
    ///
    /// - **Agreements.** Steps are grouped in date order, so with new
    ///   evidence dated `T` or later every grouping decision about evidence
    ///   dated before `T` stands. The agreements the evidence from `T` on
    ///   may join are those of its agreement nouns sharing a party with it
    ///   (their parties only grow); those are regrouped from their steps
    ///   dated before `T` plus all the evidence from `T` on. Grouping that
    ///   subset decides as the full grouping does: each step before `T`
    ///   meets the agreements made before it that the full run has too,
    ///   and none of the others it did not pick.
    /// - **Scheduled events.** A status depends on the event, the reports
    ///   of its category dated near its period, and the collection's newest
    ///   publication day (which only grows): the new scheduled events, those
    ///   a new report is dated near, and those still `scheduled` whose
    ///   period ended before the newest day are worked out again.
    fn track_new_in(tx: &rusqlite::Transaction<'_>, after: i64, large: u32) -> Result<TrackCounts> {
        let Some(old_as_of) = tx
            .query_row("SELECT value FROM meta WHERE key = 'as_of'", [], |r| {
                r.get::<_, String>(0)
            })
            .optional()?
        else {
            return Store::track_in(tx);
        };
        // When the new events are more than one in `large` of the store,
        // doing everything again is quicker (and gives the same result).
        let (new, all): (i64, i64) = tx.query_row(
            "SELECT (SELECT count(*) FROM events WHERE event_pk > ?1),
                    (SELECT coalesce(max(event_pk), 0) FROM events)",
            [after],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if new.saturating_mul(i64::from(large)) > all {
            return Store::track_in(tx);
        }
        let as_of = newest_publication_day(tx, after)?.max(old_as_of.parse().ok());
        // Agreements.
        let since: Option<String> = tx.query_row(
            "SELECT min(date_first) FROM events
             WHERE event_pk > ?1 AND topic IS NOT NULL AND event IS NOT NULL",
            [after],
            |r| r.get(0),
        )?;
        if let Some(since) = since {
            Store::regroup_agreements_since(tx, &since)?;
        }
        // Scheduled events.
        prepare_temp_events(tx)?;
        let as_of_day = as_of.map(day_string);
        tx.execute(
            "INSERT OR IGNORE INTO temp.track_events
             SELECT event_pk FROM events WHERE event_pk > ?1 AND modality = 'scheduled'
             UNION
             SELECT s.event_pk FROM events h JOIN events s INDEXED BY events_scheduled
               ON s.event = h.event AND s.modality = 'scheduled'
              AND s.date_last >= date(h.date_first, '-1 day')
              AND s.date_first <= date(h.date_first, '+1 day')
             WHERE h.event_pk > ?1 AND h.event IS NOT NULL AND h.date_first IS NOT NULL
             UNION
             SELECT s.event_pk FROM scheduled s JOIN events e ON e.event_pk = s.event_pk
             WHERE s.status = 'scheduled' AND e.date_last < ?2",
            params![after, as_of_day],
        )?;
        tx.execute(
            "DELETE FROM scheduled WHERE event_pk IN (SELECT event_pk FROM temp.track_events)",
            [],
        )?;
        Store::follow_scheduled(tx, as_of)?;
        set_as_of(tx, as_of)?;
        Store::track_counts(tx)
    }

    /// The agreements regrouped from `since` on (the rule in
    /// [`Store::track_new_in`]).
    fn regroup_agreements_since(tx: &rusqlite::Transaction<'_>, since: &str) -> Result<()> {
        use parley_link::track::names_agreement;
        use std::collections::BTreeSet;
        // The nouns and parties of the evidence from `since` on.
        let mut evidence: std::collections::BTreeMap<i64, (String, BTreeSet<String>)> =
            std::collections::BTreeMap::new();
        {
            let mut stmt = tx.prepare(
                "SELECT e.event_pk, e.topic, p.country FROM events e
                 LEFT JOIN participants p ON p.event_pk = e.event_pk AND p.country != '---'
                 WHERE e.topic IS NOT NULL AND e.event IS NOT NULL AND e.date_first >= ?1",
            )?;
            let mut rows = stmt.query([since])?;
            while let Some(r) = rows.next()? {
                let Some(noun) =
                    names_agreement(&r.get::<_, String>(1)?, parley_ontology::AGREEMENT_NOUNS)
                else {
                    continue;
                };
                let parties = &mut evidence
                    .entry(r.get(0)?)
                    .or_insert((noun, BTreeSet::new()))
                    .1;
                if let Some(country) = r.get::<_, Option<String>>(2)? {
                    parties.insert(country);
                }
            }
        }
        // The agreements that evidence may join or has joined: of its noun,
        // with two of its parties or its only one (parties only grow, so
        // today's parties include those the agreement had on any day).
        tx.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS regrouped (agreement INTEGER PRIMARY KEY);
             CREATE TEMP TABLE IF NOT EXISTS kept_steps (event_pk INTEGER PRIMARY KEY);
             DELETE FROM temp.regrouped; DELETE FROM temp.kept_steps;",
        )?;
        // An agreement is joinable when its noun and one party are those of
        // single-party evidence, or its noun and two parties those of other
        // evidence: sets of both, looked up with the agreement's parties.
        let mut singles: std::collections::HashSet<(&str, &str)> = Default::default();
        let mut pairs: std::collections::HashSet<(&str, &str, &str)> = Default::default();
        for (noun, parties) in evidence.values() {
            let parties: Vec<&str> = parties.iter().map(String::as_str).collect();
            if let [p] = parties[..] {
                singles.insert((noun, p));
            }
            for (n, x) in parties.iter().enumerate() {
                for y in &parties[n + 1..] {
                    pairs.insert((noun, x, y));
                }
            }
        }
        {
            let mut stmt = tx.prepare("SELECT agreement, topic, parties FROM agreements")?;
            let mut add = tx.prepare("INSERT INTO temp.regrouped VALUES (?1)")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let Some(noun) =
                    names_agreement(&r.get::<_, String>(1)?, parley_ontology::AGREEMENT_NOUNS)
                else {
                    continue;
                };
                let theirs: String = r.get(2)?;
                // Stored sorted, as pairs are.
                let theirs: Vec<&str> = theirs.split(' ').collect();
                let joinable = theirs.iter().enumerate().any(|(n, x)| {
                    singles.contains(&(noun.as_str(), x))
                        || theirs[n + 1..]
                            .iter()
                            .any(|y| pairs.contains(&(noun.as_str(), x, y)))
                });
                if joinable {
                    add.execute([r.get::<_, i64>(0)?])?;
                }
            }
        }
        tx.execute(
            "INSERT INTO temp.kept_steps
             SELECT s.event_pk FROM agreement_steps s JOIN events e ON e.event_pk = s.event_pk
             WHERE s.agreement IN (SELECT agreement FROM temp.regrouped) AND e.date_first < ?1",
            [since],
        )?;
        tx.execute_batch(
            "DELETE FROM agreement_steps WHERE agreement IN (SELECT agreement FROM temp.regrouped);
             DELETE FROM agreements WHERE agreement IN (SELECT agreement FROM temp.regrouped);",
        )?;
        Store::group_agreements(
            tx,
            "e.topic IS NOT NULL AND (e.date_first >= ?1
               OR e.event_pk IN (SELECT event_pk FROM temp.kept_steps))",
            &[since],
        )?;
        tx.execute_batch("DELETE FROM temp.regrouped; DELETE FROM temp.kept_steps;")?;
        Ok(())
    }

    /// Groups the agreement evidence among the events the `WHERE` clause
    /// (on `events e`, with `params`) selects and writes the agreements.
    fn group_agreements(
        tx: &rusqlite::Transaction<'_>,
        which: &str,
        params: &[&str],
    ) -> Result<()> {
        use parley_link::track::{agreement_status, agreements, names_agreement};
        let Loaded {
            reports,
            details,
            pks,
            ..
        } = load_reports(tx, which, params)?;
        let mut evidence = Vec::new();
        let mut source = Vec::new();
        for (k, (r, l)) in reports.iter().zip(&details).enumerate() {
            let Some(topic) = &l.topic else { continue };
            let Some(noun) = names_agreement(topic, parley_ontology::AGREEMENT_NOUNS) else {
                continue;
            };
            // Agreements are between countries (or organisations' roots).
            evidence.push(parley_link::track::AgreementEvidence {
                id: r.id,
                day: r.first_day,
                topic: topic.clone(),
                noun,
                parties: r.countries.clone(),
                status: agreement_status(&r.cameo, &l.trigger, &r.modality),
            });
            source.push(k);
        }
        let mut add = tx.prepare(
            "INSERT INTO agreements (agreement, topic, parties, status, first_date, last_date, steps)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        let mut step = tx.prepare(
            "INSERT INTO agreement_steps (agreement, position, event_pk, status, date, published, evidence)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for a in agreements(&evidence) {
            let first = &details[source[a.steps[0]]];
            let last = &details[source[*a.steps.last().expect("an agreement has a step")]];
            add.execute(params![
                pks[a.id as usize],
                a.topic,
                a.parties.join(" "),
                a.status.as_str(),
                first.date,
                last.date,
                a.steps.len() as i64,
            ])?;
            for (n, &i) in a.steps.iter().enumerate() {
                let l = &details[source[i]];
                step.execute(params![
                    pks[a.id as usize],
                    n as i64,
                    pks[source[i]],
                    evidence[i].status.as_str(),
                    l.date,
                    l.published,
                    l.trigger,
                ])?;
            }
        }
        Ok(())
    }

    /// Works out and writes the standing of the scheduled events listed in
    /// `temp.track_events` (their rows must not be in `scheduled`), reading
    /// only them and the reports of their category dated within a day of
    /// their periods.
    fn follow_scheduled(tx: &rusqlite::Transaction<'_>, as_of: Option<i64>) -> Result<()> {
        use parley_link::track::{schedule_status, ScheduleStatus};
        let Loaded {
            reports,
            details,
            pks,
            ..
        } = load_reports(
            tx,
            "e.event_pk IN (SELECT event_pk FROM temp.track_events)
             OR e.event_pk IN (SELECT h.event_pk FROM temp.track_events t
                 JOIN events s ON s.event_pk = t.event_pk
                 JOIN events h ON h.event = s.event
                  AND h.date_first BETWEEN date(s.date_first, '-1 day') AND date(s.date_last, '+1 day'))",
            &[],
        )?;
        let wanted: std::collections::HashSet<i64> = tx
            .prepare("SELECT event_pk FROM temp.track_events")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let published: Vec<Option<i64>> = details
            .iter()
            .map(|l| published_day(&l.published))
            .collect();
        let by_category: std::collections::BTreeSet<(&str, i64, usize)> = reports
            .iter()
            .enumerate()
            .map(|(i, r)| (r.event.as_str(), r.first_day, i))
            .collect();
        let mut add = tx.prepare(
            "INSERT INTO scheduled (event_pk, what, event, parties, date, date_precision, place,
                                    announced, status, held_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        for (k, (r, l)) in reports.iter().zip(&details).enumerate() {
            if r.modality != "scheduled" || !wanted.contains(&pks[k]) {
                continue;
            }
            // Only reports of its category dated within a day of its
            // period can show it held.
            let (lo, hi) = (r.first_day - 1, r.last_day + 1);
            let near = by_category
                .range((r.event.as_str(), lo, 0)..=(r.event.as_str(), hi, usize::MAX))
                .map(|&(_, _, i)| (&reports[i], published[i]));
            let status = schedule_status(r, published[k], near, as_of);
            let held_by = match status {
                ScheduleStatus::Held(id) => Some(pks[id as usize]),
                ScheduleStatus::Overdue | ScheduleStatus::Scheduled => None,
            };
            add.execute(params![
                pks[k],
                l.topic.as_deref().unwrap_or(&r.event),
                r.event,
                r.countries.join(" "),
                l.date,
                l.precision,
                l.place,
                l.published,
                status.as_str(),
                held_by,
            ])?;
        }
        tx.execute("DELETE FROM temp.track_events", [])?;
        Ok(())
    }

    fn track_counts(tx: &rusqlite::Transaction<'_>) -> Result<TrackCounts> {
        let count = |sql: &str| tx.query_row(sql, [], |r| r.get::<_, i64>(0));
        Ok(TrackCounts {
            agreements: count("SELECT count(*) FROM agreements")? as u64,
            scheduled: count("SELECT count(*) FROM scheduled")? as u64,
            held: count("SELECT count(*) FROM scheduled WHERE status = 'held'")? as u64,
            overdue: count("SELECT count(*) FROM scheduled WHERE status = 'overdue'")? as u64,
        })
    }

    /// The agreements, each with its steps, in order of first date.
    pub fn agreements(&self) -> Result<Vec<AgreementRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT a.agreement, a.topic, a.parties, a.status, a.first_date, a.last_date
             FROM agreements a JOIN events e ON e.event_pk = a.agreement
             ORDER BY e.date_first, e.event_id, a.agreement",
        )?;
        let mut steps = self.conn.prepare(
            "SELECT s.status, s.date, s.published, s.evidence, e.event_id
             FROM agreement_steps s JOIN events e ON e.event_pk = s.event_pk
             WHERE s.agreement = ?1 ORDER BY s.position",
        )?;
        let heads = stmt
            .query_map([], |r| {
                Ok(AgreementRow {
                    agreement: r.get(0)?,
                    topic: r.get(1)?,
                    parties: r.get(2)?,
                    status: r.get(3)?,
                    first_date: r.get(4)?,
                    last_date: r.get(5)?,
                    steps: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut out = Vec::new();
        for mut a in heads {
            a.steps = steps
                .query_map([a.agreement], |r| {
                    Ok(AgreementStep {
                        status: r.get(0)?,
                        date: r.get(1)?,
                        published: r.get(2)?,
                        evidence: r.get(3)?,
                        event_id: r.get(4)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            out.push(a);
        }
        Ok(out)
    }

    /// The scheduled events, in date order.
    pub fn scheduled(&self) -> Result<Vec<ScheduledRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT e.event_id, s.what, s.event, s.parties, s.date, s.date_precision, s.place,
                    s.announced, s.status, h.event_id
             FROM scheduled s JOIN events e ON e.event_pk = s.event_pk
             JOIN documents d ON d.doc_pk = e.doc_pk
             LEFT JOIN events h ON h.event_pk = s.held_by
             ORDER BY e.date_first, e.event_id, s.event_pk",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(ScheduledRow {
                event_id: r.get(0)?,
                what: r.get(1)?,
                event: r.get(2)?,
                parties: r.get(3)?,
                date: r.get(4)?,
                date_precision: r.get(5)?,
                place: r.get(6)?,
                announced: r.get(7)?,
                status: r.get(8)?,
                held_by: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// An agreement and its history.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementRow {
    /// Its id (the event_pk of its first step).
    pub agreement: i64,
    /// Its name as first reported.
    pub topic: String,
    /// Party countries, space-separated.
    pub parties: String,
    /// Current status.
    pub status: String,
    /// Date of the first step.
    pub first_date: Option<String>,
    /// Date of the last step.
    pub last_date: Option<String>,
    /// The steps, in date order.
    pub steps: Vec<AgreementStep>,
}

/// One step of an agreement's history, with its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementStep {
    /// The status this step gave.
    pub status: String,
    /// The event's date.
    pub date: Option<String>,
    /// Its document's publication date.
    pub published: Option<String>,
    /// The event's trigger words.
    pub evidence: String,
    /// The event's id (`doc:n`).
    pub event_id: String,
}

/// A scheduled event and where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduledRow {
    /// The announcing event's id.
    pub event_id: String,
    /// What: its topic, else its PLOVER category.
    pub what: String,
    /// PLOVER category.
    pub event: String,
    /// Party countries, space-separated.
    pub parties: String,
    /// When (normalised).
    pub date: Option<String>,
    /// The date's precision.
    pub date_precision: Option<String>,
    /// Where, when known.
    pub place: Option<String>,
    /// Publication date of the announcement.
    pub announced: Option<String>,
    /// `scheduled`, `held` or `overdue`.
    pub status: String,
    /// The report that shows it held.
    pub held_by: Option<String>,
}

/// One linked real-world event.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterRow {
    /// Its id: the event_id of its first report in linking order (the
    /// same whatever order the documents were stored in).
    pub cluster: String,
    /// PLOVER category.
    pub event: String,
    /// Earliest first day of its reports' dates.
    pub date_first: String,
    /// Latest last day.
    pub date_last: String,
    /// Event reports.
    pub reports: u64,
    /// Distinct documents.
    pub documents: u64,
    /// Distinct publishers.
    pub sources: u64,
    /// The earliest published report (event_id).
    pub first_report: String,
    /// The latest published report (event_id).
    pub last_report: String,
    /// Publication date of the first report's document.
    pub first_published: Option<String>,
    /// Publication date of the last report's document.
    pub last_published: Option<String>,
    /// Actor countries, space-separated.
    pub actors: String,
    /// Recipient countries.
    pub recipients: String,
    /// Its place, when a report gives one.
    pub place_name: Option<String>,
}

/// An export failed: reading the store or writing the output.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Reading the store.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Writing the output.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

impl From<rusqlite::Error> for ExportError {
    fn from(e: rusqlite::Error) -> ExportError {
        ExportError::Store(e.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A database of an older version is migrated forward and keeps its rows.
    #[test]
    fn version_one_is_migrated() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute(
            "INSERT INTO documents (doc_key, doc_id, content_hash, origin, text)
             VALUES ('id:x', 'x', 'h', 'test', 'Text.')",
            [],
        )
        .unwrap();
        let store = Store::setup(conn).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        assert!(store.contains("id:x").unwrap());
        assert_eq!(store.clusters(1).unwrap(), vec![]);
    }

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2000-03-01"), Some(11_017));
        assert_eq!(
            day_number("2024-02-29").unwrap() + 1,
            day_number("2024-03-01").unwrap()
        );
        assert_eq!(day_number("1969-12-31"), Some(-1));
        assert_eq!(day_number("2024-11"), None);
    }
}
