//! `parley ingest`, `query`, `dyads` and `export`: the event store's commands.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result};
use parley_coder::{AnalysedDocument, KnownPeople};
use parley_mentions::Actor;
use parley_read::Input;
use parley_records::EventRecord;
use parley_store::{
    content_hash, document_key, EventQuery, ExportError, MentionKind, MentionRow, NewDocument,
    Period, PersonRow, RecodedDocument, Store, StoreError, StoredEvent,
};
use parley_text::{CharIndex, Document};

use crate::{analyse_batches, Pipeline, EXIT_NOTHING_CODED};

/// The database: `--db`, else `$PARLEY_DB`, else `parley.db` here.
pub(crate) fn db_path(db: Option<&Path>) -> PathBuf {
    db.map(Path::to_path_buf)
        .or_else(|| std::env::var_os("PARLEY_DB").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("parley.db"))
}

/// Opens the database for ingesting (creating it when nothing is there).
fn open(db: Option<&Path>) -> Result<(Store, PathBuf)> {
    let path = db_path(db);
    let store = Store::open(&path).map_err(|e| store_error(&path, "cannot open", e))?;
    Ok((store, path))
}

/// The path of an existing database: a mistyped path is an error, not a
/// new empty store.
fn existing(db: Option<&Path>) -> Result<PathBuf> {
    let path = db_path(db);
    anyhow::ensure!(
        path.exists(),
        "no database at {} (parley ingest creates one; --db or PARLEY_DB chooses it)",
        path.display()
    );
    Ok(path)
}

/// Opens an existing database for writing (`parley link`).
fn open_existing(db: Option<&Path>) -> Result<(Store, PathBuf)> {
    open(Some(&existing(db)?))
}

/// Opens an existing database for reading only: nothing is migrated or
/// written, and a store in a read-only folder can be read.
fn open_read(db: Option<&Path>) -> Result<(Store, PathBuf)> {
    let path = existing(db)?;
    let store = Store::open_read_only(&path).map_err(|e| store_error(&path, "cannot read", e))?;
    Ok((store, path))
}

/// A store error as the user reads it: a file that is no store, or a
/// damaged one, in one sentence naming it (`X is not a parley store (an
/// empty file)`); anything else with what was being done to which file.
fn store_error(path: &Path, doing: &str, e: StoreError) -> anyhow::Error {
    match e {
        StoreError::NotAStore { .. } | StoreError::Damaged { .. } => {
            anyhow::anyhow!("{} is {e}", path.display())
        }
        e => anyhow::Error::new(e).context(format!("{doing} {}", path.display())),
    }
}

/// Tells the user when the derived tables (clusters, agreements, scheduled
/// events, and what the dyads and exports take from them) miss events.
fn note_if_stale(store: &Store, path: &Path) -> Result<()> {
    if store
        .needs_follow_up()
        .map_err(|e| store_error(path, "reading", e))?
    {
        eprintln!(
            "parley: note: derived tables are out of date (an ingest stopped before linking); run `parley link`"
        );
    }
    Ok(())
}

/// The mentions of an analysed document as store rows: per sentence, its
/// actors (in the order the mention finder found them), places, then times.
pub(crate) fn mention_rows(
    doc: &Document,
    idx: &CharIndex,
    analysed: &AnalysedDocument,
) -> Vec<MentionRow> {
    let gaz = parley_coder::Gazetteer::embedded();
    let mut rows = Vec::new();
    let mut places = analysed.places.iter().peekable();
    for (si, sentence) in analysed.mentions.iter().enumerate() {
        for m in &sentence.actors {
            let a = &m.actor;
            rows.push(MentionRow {
                kind: Some(MentionKind::Actor),
                sentence: si,
                span: idx.char_span(m.span),
                text: m.span.text(&doc.text).to_string(),
                code: Some(a.code.clone()),
                country: a.country.clone(),
                name: a.person.clone().or_else(|| a.organisation.clone()),
                value: (!a.sectors.is_empty()).then(|| a.sectors.join(" ")),
                inferred: a.country_inferred,
                discovered: a.discovered,
                ..MentionRow::default()
            });
        }
        while let Some(p) = places.next_if(|p| p.sentence <= si) {
            let g = gaz.place(p.place);
            rows.push(MentionRow {
                kind: Some(MentionKind::Place),
                sentence: p.sentence,
                span: idx.char_span(p.span),
                text: p.span.text(&doc.text).to_string(),
                code: Some(g.feature.code().to_string()),
                country: (!g.country.is_empty()).then(|| g.country.clone()),
                name: Some(g.name.clone()),
                lat: Some(g.lat),
                lon: Some(g.lon),
                geonameid: g.geonameid,
                ..MentionRow::default()
            });
        }
        for t in analysed.times.get(si).into_iter().flatten() {
            let mut value = t.value.normalised();
            if let Some(end) = t.end {
                value = format!("{value}/{}", end.normalised());
            }
            rows.push(MentionRow {
                kind: Some(MentionKind::Time),
                sentence: si,
                span: idx.char_span(t.span),
                text: t.span.text(&doc.text).to_string(),
                code: Some(t.value.precision.as_str().to_string()),
                value: Some(value),
                ..MentionRow::default()
            });
        }
    }
    rows
}

/// The actor a person row (a vote, or an applied choice) stands for.
fn actor_of(p: &PersonRow) -> Actor {
    Actor {
        code: p.code.clone(),
        country: p.country.clone(),
        sectors: p
            .sectors
            .as_deref()
            .map(|v| v.split_whitespace().map(String::from).collect())
            .unwrap_or_default(),
        person: Some(p.name.clone()),
        organisation: None,
        country_inferred: false,
        discovered: true,
        recognised: false,
    }
}

/// The people chosen from person rows: one per name
/// ([`KnownPeople::from_votes`]; applied rows, one per name, come back as
/// they are).
fn known_from(rows: &[PersonRow]) -> KnownPeople {
    KnownPeople::from_votes(rows.iter().map(|p| (actor_of(p), p.documents)))
}

/// Known people as rows to store, by name.
fn person_rows(known: &KnownPeople) -> Vec<PersonRow> {
    known
        .people()
        .into_iter()
        .map(|p| PersonRow {
            name: p.words.join(" "),
            code: p.actor.code.clone(),
            country: p.actor.country.clone(),
            sectors: (!p.actor.sectors.is_empty()).then(|| p.actor.sectors.join(" ")),
            documents: p.documents,
        })
        .collect()
}

/// The names whose actor differs between two sets of rows (one per name,
/// by name): changed, added or gone. Document counts do not matter.
fn changed_names(old: &[PersonRow], new: &[PersonRow]) -> Vec<String> {
    let actor = |p: &PersonRow| (p.code.clone(), p.country.clone(), p.sectors.clone());
    let old: HashMap<&str, _> = old.iter().map(|p| (p.name.as_str(), actor(p))).collect();
    let new: HashMap<&str, _> = new.iter().map(|p| (p.name.as_str(), actor(p))).collect();
    let mut names: Vec<String> = old
        .keys()
        .chain(new.keys())
        .filter(|n| old.get(*n) != new.get(*n))
        .map(|n| n.to_string())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Rounds of the knowledge step before it gives up for this run (leaving
/// its mark for the next): one applies the votes, the next codes the marked
/// documents again and usually finds the votes unchanged. Not always: a
/// discovered person's inferred country can come from a known person
/// beside it, so coding again can change a vote (14 of 522 names on 3,000
/// Reuters articles, settled in the third round); and other processes may
/// store documents meanwhile.
const KNOWLEDGE_ROUNDS: usize = 8;

/// What the knowledge step did.
#[derive(Debug, Default)]
pub(crate) struct KnowledgeCounts {
    /// People applied at the end.
    people: usize,
    /// Names whose actor changed, appeared or disappeared.
    changed: usize,
    /// Documents coded again.
    recoded: usize,
    /// False when it gave up after [`KNOWLEDGE_ROUNDS`] (the mark stays).
    settled: bool,
}

/// The knowledge step: applies to the whole collection the people its
/// documents discovered, so that every stored document is coded with the
/// knowledge base and the people chosen from the votes of all stored
/// documents (`KnownPeople::from_votes`) — the same for any order or split
/// of the same input. Documents that name a person whose chosen actor
/// changed are coded again in place (`Store::apply_knowledge`,
/// `Store::replace_analysis`). Each step is a transaction, and the documents
/// to code again are recorded before any is, so a run killed anywhere
/// leaves work that the next `ingest` or `link` finishes.
pub(crate) fn knowledge_step(
    store: &mut Store,
    pipeline: &Pipeline,
    pool: &rayon::ThreadPool,
) -> std::result::Result<KnowledgeCounts, StoreError> {
    use rayon::prelude::*;
    let mut counts = KnowledgeCounts::default();
    for _ in 0..KNOWLEDGE_ROUNDS {
        let mark = store.knowledge_mark()?;
        // Documents marked (here, or by a run that was stopped) first.
        loop {
            let applied = store.knowledge()?;
            let pending = store.pending_documents(crate::BATCH_DOCUMENTS)?;
            if pending.is_empty() {
                break;
            }
            let known = Arc::new(known_from(&applied.people));
            let coded: Vec<(Vec<EventRecord>, Vec<MentionRow>)> = pool.install(|| {
                pending
                    .par_iter()
                    .map(|d| {
                        let analysed = pipeline.analyse_knowing(&d.doc, known.clone());
                        let idx = CharIndex::new(&d.doc.text);
                        (
                            records_of(&d.doc, &idx, &analysed),
                            mention_rows(&d.doc, &idx, &analysed),
                        )
                    })
                    .collect()
            });
            let recoded: Vec<RecodedDocument<'_>> = pending
                .iter()
                .zip(&coded)
                .map(|(d, (events, mentions))| RecodedDocument {
                    doc_pk: d.doc_pk,
                    events,
                    mentions,
                })
                .collect();
            store.replace_analysis(&recoded, applied.version)?;
            counts.recoded += recoded.len();
        }
        let applied = store.knowledge()?;
        let votes = store.person_votes()?;
        let chosen = person_rows(&known_from(&votes));
        let changed = changed_names(&applied.people, &chosen);
        counts.people = chosen.len();
        if chosen != applied.people {
            counts.changed += changed.len();
            store.apply_knowledge(applied.version, &chosen, &changed)?;
            if !changed.is_empty() {
                continue;
            }
        }
        if store.knowledge_step_done(mark, applied.version)? {
            counts.settled = true;
            break;
        }
    }
    Ok(counts)
}

/// The event records of an analysed document, as `parley code` writes them.
pub(crate) fn records_of(
    doc: &Document,
    idx: &CharIndex,
    analysed: &AnalysedDocument,
) -> Vec<EventRecord> {
    analysed
        .events
        .iter()
        .filter(|e| e.is_reported())
        .enumerate()
        .map(|(n, e)| EventRecord::with_index(doc, idx, e, n))
        .collect()
}

/// Runs the knowledge step when it has work, and says what it did.
fn relearn(
    store: &mut Store,
    path: &Path,
    pipeline: &Pipeline,
    pool: &rayon::ThreadPool,
) -> Result<()> {
    let needed = store
        .needs_knowledge_step()
        .map_err(|e| store_error(path, "reading", e))?;
    if !needed {
        return Ok(());
    }
    let k = knowledge_step(store, pipeline, pool)
        .map_err(|e| store_error(path, "applying discovered people in", e))?;
    if k.changed > 0 || k.recoded > 0 {
        eprintln!(
            "parley: {} people discovered across documents; {} changed, {} documents coded again",
            k.people, k.changed, k.recoded
        );
    }
    if !k.settled {
        eprintln!(
            "parley: note: other runs kept storing documents while people were applied; run `parley link` to finish"
        );
    }
    Ok(())
}

#[derive(Default)]
struct IngestCounts {
    read: usize,
    stored: usize,
    already: usize,
    refused: usize,
    skipped: usize,
    events: usize,
}

/// `parley ingest`: codes documents and stores those not stored yet.
pub(crate) fn run_ingest(
    db: Option<&Path>,
    inputs: &[String],
    threads: Option<usize>,
    max_bytes: usize,
) -> Result<ExitCode> {
    let (store, path) = open(db)?;
    let store = RefCell::new(store);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    let pipeline = Pipeline::new();
    // The people applied to the stored documents: new ones are coded with
    // the same, then the knowledge step applies what they add.
    let applied = store
        .borrow()
        .knowledge()
        .map_err(|e| store_error(&path, "reading", e))?;
    let known = Arc::new(known_from(&applied.people));
    let progress = indicatif::ProgressBar::new_spinner();
    progress.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} {pos} documents read, {msg} [{elapsed_precise}]",
        )
        .expect("valid template"),
    );
    progress.enable_steady_tick(std::time::Duration::from_millis(200));
    let counts = RefCell::new(IngestCounts::default());
    let mut failure: Option<anyhow::Error> = None;
    // Keys admitted in this run, with their texts' hashes: a document
    // repeated in the input is analysed once, whether or not its first copy
    // is stored yet, and an id given again to another text is refused.
    let mut admitted: HashMap<String, String> = HashMap::new();
    // An id names one text: another text under a stored id is refused (not
    // stored, said on stderr, counted apart), never "already stored".
    let refuse = |doc: &Document| {
        progress.suspend(|| {
            eprintln!(
                "parley: error: {}: id {:?} is already used for a different text; not stored",
                doc.origin, doc.id
            )
        })
    };
    let inputs: Vec<Input> = inputs.iter().map(|s| Input::from_arg(s)).collect();
    let db_failure = RefCell::new(None);
    analyse_batches(
        &inputs,
        &parley_read::ReadOptions {
            max_document_bytes: max_bytes,
            skip: vec![path.clone()],
        },
        &pipeline,
        &pool,
        &known,
        &mut |doc| {
            let mut c = counts.borrow_mut();
            c.read += 1;
            progress.inc(1);
            if db_failure.borrow().is_some() {
                return false;
            }
            let key = document_key(doc);
            // A key made from the text's hash already holds it.
            let hash = match key.strip_prefix("sha256:") {
                Some(h) => h.to_string(),
                None => content_hash(&doc.text),
            };
            let seen = match admitted.get(&key) {
                Some(h) => Some(h.clone()),
                None => match store.borrow().stored_content_hash(&key) {
                    Ok(h) => h,
                    Err(e) => {
                        *db_failure.borrow_mut() = Some(e);
                        return false;
                    }
                },
            };
            match seen {
                None => {
                    admitted.insert(key, hash);
                    true
                }
                Some(h) if h == hash => {
                    c.already += 1;
                    false
                }
                Some(_) => {
                    c.refused += 1;
                    refuse(doc);
                    false
                }
            }
        },
        &mut |batch| {
            let mut c = counts.borrow_mut();
            let mut docs = Vec::new();
            for item in batch {
                match item {
                    Ok((mut doc, analysed)) => {
                        let key = document_key(&doc);
                        // A made-up id (file and line, file name) is not unique
                        // across runs: the text's hash makes it so.
                        if let Some(hash) = key.strip_prefix("sha256:") {
                            doc.id = format!("{}@{}", doc.id, &hash[..12]);
                        }
                        let idx = CharIndex::new(&doc.text);
                        let events = records_of(&doc, &idx, &analysed);
                        let mentions = mention_rows(&doc, &idx, &analysed);
                        docs.push((key, doc, events, mentions));
                    }
                    Err(e) => {
                        c.read += 1;
                        c.skipped += 1;
                        progress.suspend(|| eprintln!("parley: skipped {e}"));
                    }
                }
            }
            let new: Vec<NewDocument<'_>> = docs
                .iter()
                .map(|(key, doc, events, mentions)| NewDocument {
                    key,
                    doc,
                    events,
                    mentions,
                })
                .collect();
            match store
                .borrow_mut()
                .insert_batch_coded_with(&new, Some(applied.version))
            {
                Ok(b) => {
                    // Stored meanwhile by another process, with another text.
                    for &i in &b.refused {
                        refuse(new[i].doc);
                    }
                    c.refused += b.refused.len();
                    c.stored += b.documents;
                    c.already += b.already_stored;
                    c.events += b.events;
                    progress.set_message(format!("{} stored, {} events", c.stored, c.events));
                    true
                }
                Err(e) => {
                    *db_failure.borrow_mut() = Some(e);
                    false
                }
            }
        },
    );
    progress.finish_and_clear();
    if let Some(e) = db_failure.into_inner() {
        failure = Some(store_error(&path, "writing", e));
    }
    let c = counts.into_inner();
    // People discovered in the new documents may be named in others (and
    // the other way round): apply them to the collection before linking.
    if failure.is_none() {
        relearn(&mut store.borrow_mut(), &path, &pipeline, &pool)?;
    }
    // New reports may belong to stored events: link them (the stored
    // reports of their days and later, incrementally) and track again —
    // also when an earlier run stored events and was stopped before.
    let stale = store
        .borrow()
        .needs_follow_up()
        .map_err(|e| store_error(&path, "reading", e))?;
    let link = if stale && failure.is_none() {
        Some(follow_up(&mut store.borrow_mut(), &path)?)
    } else {
        None
    };
    let total = store
        .borrow()
        .counts()
        .map_err(|e| store_error(&path, "reading", e))?;
    // Said only when it happened: the line is otherwise as it always was.
    let refused = if c.refused > 0 {
        format!(
            ", {} refused (id already used for different text)",
            c.refused
        )
    } else {
        String::new()
    };
    eprintln!(
        "parley: {} documents read, {} stored, {} already stored{refused}, {} skipped; {} events stored; {} holds {} documents, {} events",
        c.read,
        c.stored,
        c.already,
        c.skipped,
        c.events,
        path.display(),
        total.documents,
        total.events
    );
    if let Some((l, t)) = link {
        report_follow_up(&l, &t);
    }
    if let Some(e) = failure {
        return Err(e);
    }
    Ok(if c.stored + c.already > 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_NOTHING_CODED)
    })
}

/// Output format of `parley query`.
#[derive(Clone, Copy, clap::ValueEnum)]
pub(crate) enum QueryFormat {
    /// Aligned columns for reading.
    Table,
    /// The PLOVER JSON records.
    Jsonl,
    /// GDELT-style CSV (see `parley export`).
    Csv,
}

/// `parley query`'s filters.
#[derive(clap::Args)]
pub(crate) struct QueryArgs {
    /// The database (default: $PARLEY_DB, else parley.db).
    #[arg(long)]
    db: Option<PathBuf>,
    /// Events with an actor or recipient of this country (ISO alpha-3, or a CAMEO root such as IGO).
    #[arg(long)]
    country: Option<String>,
    /// Events from A to B (`USA-CHN`); a joint event matches either way.
    #[arg(long)]
    dyad: Option<String>,
    /// A PLOVER category (CONSULT) or a CAMEO code or prefix (04, 042).
    #[arg(long)]
    event: Option<String>,
    /// Events on or after this day (YYYY-MM-DD); a month-precise event counts if its month reaches it.
    #[arg(long)]
    from: Option<String>,
    /// Events on or before this day (YYYY-MM-DD).
    #[arg(long)]
    to: Option<String>,
    /// Events located at this place (its name) or in this country (ISO alpha-3).
    #[arg(long)]
    place: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    format: QueryFormat,
}

fn check_day(s: &Option<String>, what: &str) -> Result<()> {
    if let Some(d) = s {
        anyhow::ensure!(
            parley_time::TimePoint::parse(d)
                .is_some_and(|t| t.precision == parley_time::Precision::Day),
            "--{what} {d:?}: expected a day, YYYY-MM-DD"
        );
    }
    Ok(())
}

/// `parley query`.
pub(crate) fn run_query(args: QueryArgs, out: &mut dyn Write) -> Result<ExitCode> {
    check_day(&args.from, "from")?;
    check_day(&args.to, "to")?;
    let dyad = match &args.dyad {
        Some(d) => {
            let (a, b) = d
                .split_once('-')
                .filter(|(a, b)| !a.is_empty() && !b.is_empty())
                .with_context(|| format!("--dyad {d:?}: expected two country codes, A-B"))?;
            Some((a.to_uppercase(), b.to_uppercase()))
        }
        None => None,
    };
    let (store, path) = open_read(args.db.as_deref())?;
    let q = EventQuery {
        country: args.country.map(|c| c.to_uppercase()),
        dyad,
        event: args.event,
        from: args.from,
        to: args.to,
        place: args.place,
    };
    let events = store
        .events(&q)
        .map_err(|e| store_error(&path, "reading", e))?;
    match args.format {
        QueryFormat::Jsonl => {
            for e in &events {
                writeln!(out, "{}", e.record)?;
            }
        }
        QueryFormat::Csv => {
            let mut w = GdeltCsv::new(&mut *out)?;
            for e in &events {
                w.write(e)?;
            }
            w.flush()?;
        }
        QueryFormat::Table => write_table(out, &events)?,
    }
    out.flush()?;
    eprintln!("parley: {} events", events.len());
    Ok(ExitCode::SUCCESS)
}

fn write_table(out: &mut dyn Write, events: &[StoredEvent]) -> std::io::Result<()> {
    let header = [
        "event_id",
        "date",
        "event",
        "cameo",
        "actor",
        "recipient",
        "place",
        "modality",
        "cluster",
    ];
    let rows: Vec<[String; 9]> = events
        .iter()
        .map(|e| {
            let s = |o: &Option<String>| o.clone().unwrap_or_else(|| "-".into());
            [
                e.event_id.clone(),
                s(&e.date),
                s(&e.event),
                e.cameo.clone(),
                s(&e.actor_code),
                s(&e.recipient_code),
                s(&e.place_name),
                e.modality.clone(),
                e.cluster.clone().unwrap_or_else(|| "-".into()),
            ]
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |out: &mut dyn Write, cells: &[&str]| -> std::io::Result<()> {
        let mut s = String::new();
        for (i, (c, w)) in cells.iter().zip(widths).enumerate() {
            if i + 1 == cells.len() {
                s.push_str(c);
            } else {
                s.push_str(&format!("{c:<w$}  "));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, &header)?;
    for r in &rows {
        let cells: Vec<&str> = r.iter().map(String::as_str).collect();
        line(out, &cells)?;
    }
    Ok(())
}

/// Output format of `parley dyads`.
#[derive(Clone, Copy, clap::ValueEnum)]
pub(crate) enum DyadFormat {
    /// One row per dyad and period.
    Csv,
    /// One JSON object per dyad and period.
    Jsonl,
}

/// `parley dyads`: dyad time series.
pub(crate) fn run_dyads(
    db: Option<&Path>,
    by: Period,
    format: DyadFormat,
    out: &mut dyn Write,
) -> Result<ExitCode> {
    let (store, path) = open_read(db)?;
    note_if_stale(&store, &path)?;
    let series = store
        .dyad_series(by)
        .map_err(|e| store_error(&path, "reading", e))?;
    let events: Vec<&str> = parley_ontology::Ontology::embedded()
        .plover_categories()
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    match format {
        DyadFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut *out);
            let mut header = vec![
                "source".to_string(),
                "target".to_string(),
                "period".to_string(),
                "reports".to_string(),
                "clusters".to_string(),
                "goldstein_sum".to_string(),
                "goldstein_mean".to_string(),
            ];
            header.extend((1..=4).map(|q| format!("quad{q}")));
            header.extend(events.iter().map(|e| e.to_lowercase()));
            w.write_record(&header)?;
            for r in &series.rows {
                let mut row = vec![
                    r.source.clone(),
                    r.target.clone(),
                    r.period.clone(),
                    r.reports.to_string(),
                    r.clusters.to_string(),
                    format!("{:.2}", r.goldstein_sum),
                    format!("{:.3}", r.goldstein_mean()),
                ];
                row.extend(r.quad.iter().map(u64::to_string));
                row.extend(
                    events
                        .iter()
                        .map(|e| r.events.get(*e).copied().unwrap_or(0).to_string()),
                );
                w.write_record(&row)?;
            }
            w.flush()?;
        }
        DyadFormat::Jsonl => {
            for r in &series.rows {
                let v = serde_json::json!({
                    "source": r.source,
                    "target": r.target,
                    "period": r.period,
                    "reports": r.reports,
                    "clusters": r.clusters,
                    "goldstein_sum": (r.goldstein_sum * 100.0).round() / 100.0,
                    "goldstein_mean": (r.goldstein_mean() * 1000.0).round() / 1000.0,
                    "quad": r.quad,
                    "events": r.events,
                });
                writeln!(out, "{v}")?;
            }
        }
    }
    out.flush()?;
    eprintln!(
        "parley: {} dyad-periods; left out: {} dyads dated less precisely than the period or undated, {} not yet happened (scheduled, future)",
        series.rows.len(),
        series.undated,
        series.not_happened
    );
    Ok(ExitCode::SUCCESS)
}

/// Output format of `parley export`.
#[derive(Clone, Copy, clap::ValueEnum)]
pub(crate) enum ExportFormat {
    /// PLOVER JSON Lines, as `parley code` writes them.
    Jsonl,
    /// GDELT 2.0 event-table columns where parley has a counterpart, then parley's own.
    Csv,
    /// The CSV's columns, typed (integers, floats, strings; null when unknown), in Parquet
    /// (Snappy-compressed), for DuckDB, pandas or Spark.
    Parquet,
}

/// `parley export`.
pub(crate) fn run_export(db: Option<&Path>, format: ExportFormat, out: &Path) -> Result<ExitCode> {
    let (store, path) = open_read(db)?;
    note_if_stale(&store, &path)?;
    // Written beside the target and renamed over it when complete: a failed
    // export leaves the previous file as it was.
    let output = crate::code_cmd::SafeOutput::create(out)?;
    let mut w = std::io::BufWriter::new(output.writer()?);
    let n = match format {
        ExportFormat::Jsonl => store.for_each_event(&mut |e| writeln!(w, "{}", e.record)),
        ExportFormat::Csv => {
            let mut csv = GdeltCsv::new(&mut w)?;
            let n = store.for_each_event(&mut |e| csv.write(e));
            csv.flush()?;
            n
        }
        ExportFormat::Parquet => {
            let mut pq = crate::parquet_out::ParquetEvents::new(&mut w)?;
            let n = store.for_each_event(&mut |e| pq.write(e));
            pq.finish()?;
            n
        }
    }
    .map_err(|e| match e {
        ExportError::Store(e) => store_error(&path, "exporting", e),
        ExportError::Io(e) => anyhow::Error::new(e).context(format!(
            "exporting {} to {}",
            path.display(),
            out.display()
        )),
    })?;
    w.flush()
        .with_context(|| format!("writing {}", out.display()))?;
    drop(w);
    output.commit()?;
    eprintln!("parley: {n} events written to {}", out.display());
    Ok(ExitCode::SUCCESS)
}

/// The CSV columns of stored events: GDELT 2.0's event table where parley
/// has a counterpart (README, "Exports"), then parley's own.
pub(crate) const GDELT_COLUMNS: &[&str] = &[
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumSources",
    "NumArticles",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "SOURCEURL",
    // parley's own.
    "event_id",
    "doc_id",
    "date",
    "date_precision",
    "plover_event",
    "plover_mode",
    "plover_context",
    "modality",
    "confidence",
    "cluster",
    "event_text",
];

/// Writes stored events as GDELT-style CSV rows.
pub(crate) struct GdeltCsv<W: Write> {
    inner: csv::Writer<W>,
}

impl<W: Write> GdeltCsv<W> {
    pub(crate) fn new(out: W) -> std::io::Result<GdeltCsv<W>> {
        let mut inner = csv::Writer::from_writer(out);
        inner.write_record(GDELT_COLUMNS).map_err(csv_io)?;
        Ok(GdeltCsv { inner })
    }

    pub(crate) fn write(&mut self, e: &StoredEvent) -> std::io::Result<()> {
        let row = gdelt_row(e)?;
        self.inner.write_record(&row).map_err(csv_io)
    }

    pub(crate) fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// The [`GDELT_COLUMNS`] of one stored event, as text (empty when unknown).
pub(crate) fn gdelt_row(e: &StoredEvent) -> std::io::Result<Vec<String>> {
    {
        let r: serde_json::Value = serde_json::from_str(&e.record)?;
        let s = |v: &serde_json::Value| match v {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Null => String::new(),
            other => other.to_string(),
        };
        let first = |role: &str| r[role].get(0).cloned().unwrap_or_default();
        let (a1, a2) = (first("actor"), first("recipient"));
        let party = |p: &serde_json::Value| -> [String; 6] {
            let sectors = |i: usize| s(&p["sectors"][i]);
            let name = if p["name"].is_string() {
                s(&p["name"])
            } else {
                s(&p["entity_text"])
            };
            let country = s(&p["country"]);
            [
                s(&p["code"]),
                name,
                if country == "---" {
                    String::new()
                } else {
                    country
                },
                sectors(0),
                sectors(1),
                sectors(2),
            ]
        };
        let day = e
            .date
            .as_deref()
            .and_then(parley_time::TimePoint::parse)
            .map(|t| t.date);
        let (dayv, month, year, fraction) = match day {
            Some(d) => (
                format!("{:04}{:02}{:02}", d.year(), d.month(), d.day()),
                format!("{:04}{:02}", d.year(), d.month()),
                format!("{:04}", d.year()),
                format!(
                    "{:.4}",
                    f64::from(d.year()) + f64::from(d.day_of_year() - 1) / 365.0
                ),
            ),
            None => Default::default(),
        };
        let loc = &r["event_loc"];
        // GDELT's geographic types: 1 country, 2 US state, 3 US city,
        // 4 world city, 5 world state.
        let geo_type = match (s(&loc["precision"]).as_str(), s(&loc["country"]) == "USA") {
            ("country", _) => "1",
            ("admin1" | "region" | "admin2", true) => "2",
            ("city", true) => "3",
            ("city", false) => "4",
            ("admin1" | "region" | "admin2", false) => "5",
            _ => "",
        };
        let cameo = e.cameo.clone();
        let mut row: Vec<String> = vec![e.global_id().to_string(), dayv, month, year, fraction];
        row.extend(party(&a1));
        row.extend(party(&a2));
        row.extend([
            cameo.clone(),
            cameo.chars().take(3).collect(),
            cameo.chars().take(2).collect(),
            e.quad_code.to_string(),
            format!("{}", e.goldstein),
            e.cluster_sources.map(|n| n.to_string()).unwrap_or_default(),
            e.cluster_documents
                .map(|n| n.to_string())
                .unwrap_or_default(),
            geo_type.to_string(),
            s(&loc["name"]),
            s(&loc["country"]),
            s(&loc["lat"]),
            s(&loc["lon"]),
            s(&loc["geonameid"]),
            e.url.clone().unwrap_or_else(|| e.doc_id.clone()),
            e.event_id.clone(),
            e.doc_id.clone(),
            e.date.clone().unwrap_or_default(),
            s(&r["date_precision"]),
            s(&r["event"]),
            s(&r["mode"]),
            s(&r["context"]),
            e.modality.clone(),
            s(&r["confidence"]),
            e.cluster.clone().unwrap_or_default(),
            s(&r["event_text"]),
        ]);
        Ok(row)
    }
}

fn csv_io(e: csv::Error) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => std::io::Error::other(format!("{other:?}")),
    }
}

/// `parley link`: links all the stored event reports again, from scratch.
/// First the knowledge step, when an ingest was stopped before it ended
/// (or another run left documents to code again).
pub(crate) fn run_link(db: Option<&Path>) -> Result<ExitCode> {
    let (mut store, path) = open_existing(db)?;
    if store
        .needs_knowledge_step()
        .map_err(|e| store_error(&path, "reading", e))?
    {
        let pool = rayon::ThreadPoolBuilder::new()
            .build()
            .context("cannot start worker threads")?;
        relearn(&mut store, &path, &Pipeline::new(), &pool)?;
    }
    let (l, t) = store
        .relink()
        .with_context(|| format!("linking events in {}", path.display()))?;
    report_follow_up(&l, &t);
    Ok(ExitCode::SUCCESS)
}

/// Links the reports stored since the last follow-up (incrementally) and
/// rebuilds agreements and scheduled events.
fn follow_up(
    store: &mut Store,
    path: &Path,
) -> Result<(parley_store::LinkCounts, parley_store::TrackCounts)> {
    store
        .follow_up()
        .map_err(|e| store_error(path, "linking events in", e))
}

fn report_follow_up(l: &parley_store::LinkCounts, t: &parley_store::TrackCounts) {
    eprintln!(
        "parley: linked {} event reports into {} events ({} reported more than once); {} agreements; {} scheduled events ({} held, {} overdue)",
        l.linked, l.clusters, l.multi_report, t.agreements, t.scheduled, t.held, t.overdue
    );
}

/// `parley agreements`: agreements with their status history.
pub(crate) fn run_agreements(db: Option<&Path>, out: &mut dyn Write) -> Result<ExitCode> {
    let (store, path) = open_read(db)?;
    note_if_stale(&store, &path)?;
    let rows = store
        .agreements()
        .map_err(|e| store_error(&path, "reading", e))?;
    for a in &rows {
        let steps: Vec<serde_json::Value> = a
            .steps
            .iter()
            .map(|s| {
                serde_json::json!({
                    "status": s.status,
                    "date": s.date,
                    "published": s.published,
                    "event_id": s.event_id,
                    "evidence": s.evidence,
                })
            })
            .collect();
        let v = serde_json::json!({
            "agreement": a.topic,
            "parties": a.parties.split_whitespace().collect::<Vec<_>>(),
            "status": a.status,
            "first_date": a.first_date,
            "last_date": a.last_date,
            "history": steps,
        });
        writeln!(out, "{v}")?;
    }
    out.flush()?;
    eprintln!("parley: {} agreements", rows.len());
    Ok(ExitCode::SUCCESS)
}

/// `parley scheduled`: scheduled events and whether they were held.
pub(crate) fn run_scheduled(db: Option<&Path>, out: &mut dyn Write) -> Result<ExitCode> {
    let (store, path) = open_read(db)?;
    note_if_stale(&store, &path)?;
    let rows = store
        .scheduled()
        .map_err(|e| store_error(&path, "reading", e))?;
    for s in &rows {
        let v = serde_json::json!({
            "what": s.what,
            "event": s.event,
            "parties": s.parties.split_whitespace().collect::<Vec<_>>(),
            "date": s.date,
            "date_precision": s.date_precision,
            "place": s.place,
            "status": s.status,
            "held_by": s.held_by,
            "announced": s.announced,
            "event_id": s.event_id,
        });
        writeln!(out, "{v}")?;
    }
    out.flush()?;
    eprintln!("parley: {} scheduled events", rows.len());
    Ok(ExitCode::SUCCESS)
}

/// `parley clusters`: the linked events, most reported first.
pub(crate) fn run_clusters(
    db: Option<&Path>,
    min_reports: u64,
    out: &mut dyn Write,
) -> Result<ExitCode> {
    let (store, path) = open_read(db)?;
    note_if_stale(&store, &path)?;
    let rows = store
        .clusters(min_reports)
        .map_err(|e| store_error(&path, "reading", e))?;
    for c in &rows {
        let v = serde_json::json!({
            "cluster": c.cluster,
            "event": c.event,
            "date_first": c.date_first,
            "date_last": c.date_last,
            "reports": c.reports,
            "documents": c.documents,
            "sources": c.sources,
            "actors": c.actors.split_whitespace().collect::<Vec<_>>(),
            "recipients": c.recipients.split_whitespace().collect::<Vec<_>>(),
            "place": c.place_name,
            "first_report": c.first_report,
            "first_published": c.first_published,
            "last_report": c.last_report,
            "last_published": c.last_published,
        });
        writeln!(out, "{v}")?;
    }
    out.flush()?;
    eprintln!("parley: {} events", rows.len());
    Ok(ExitCode::SUCCESS)
}

/// Documents the store benchmark codes (the first of the corpus).
const BENCH_STORE_DOCUMENTS: usize = 1000;

/// `parley bench`'s store figures: coding documents into JSON records (as
/// `parley code` does) against coding them into a store (as `parley ingest`
/// does: records, mentions, batches of [`crate::BATCH_DOCUMENTS`], then the
/// rebuild of clusters, agreements and scheduled events), both on one
/// thread, into a fresh database in the temporary directory; the fastest of
/// three alternating passes over the first [`BENCH_STORE_DOCUMENTS`]
/// documents (the machine's speed varies).
pub(crate) fn bench_store(pipeline: &Pipeline, docs: &[Document]) -> Result<()> {
    use std::time::Instant;
    let docs = &docs[..docs.len().min(BENCH_STORE_DOCUMENTS)];
    let path = std::env::temp_dir().join(format!("parley-bench-{}.db", std::process::id()));
    let cleanup = |p: &Path| {
        for ext in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{ext}", p.display()));
        }
    };
    let (mut code, mut ingest, mut size) = (f64::MAX, f64::MAX, 0);
    for _ in 0..3 {
        let start = Instant::now();
        let mut sink = std::io::sink();
        for d in docs {
            let a = pipeline.analyse(d);
            let idx = CharIndex::new(&d.text);
            for r in records_of(d, &idx, &a) {
                parley_records::write_jsonl(&mut sink, &r)?;
            }
        }
        code = code.min(start.elapsed().as_secs_f64());
        cleanup(&path);
        let start = Instant::now();
        let mut store =
            Store::open(&path).with_context(|| format!("cannot open {}", path.display()))?;
        for chunk in docs.chunks(crate::BATCH_DOCUMENTS) {
            let mut rows = Vec::new();
            for d in chunk {
                let a = pipeline.analyse(d);
                let idx = CharIndex::new(&d.text);
                rows.push((
                    document_key(d),
                    records_of(d, &idx, &a),
                    mention_rows(d, &idx, &a),
                ));
            }
            let batch: Vec<NewDocument<'_>> = chunk
                .iter()
                .zip(&rows)
                .map(|(d, (key, events, mentions))| NewDocument {
                    key,
                    doc: d,
                    events,
                    mentions,
                })
                .collect();
            store.insert_batch(&batch)?;
        }
        store.follow_up()?;
        ingest = ingest.min(start.elapsed().as_secs_f64());
        drop(store);
        size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        cleanup(&path);
    }
    println!(
        "store: {} documents, code to JSON {code:.3} s, ingest {ingest:.3} s (ratio {:.2}; fastest of 3), database {:.1} MB",
        docs.len(),
        ingest / code.max(1e-9),
        size as f64 / 1e6
    );
    Ok(())
}
