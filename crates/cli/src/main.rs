//! `parley`: turns news articles into political event records.
//!
//! The binary is thin glue over the pipeline crates: read documents
//! (`parley-read`), analyse and code them (`parley-coder`), write records
//! (`parley-records`), score them (`parley-eval`).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Result;
use clap::{Parser, Subcommand, ValueEnum};
use parley_coder::{
    analyse_document, analyse_document_knowing, AnalysedDocument, Coder, KnownPeople, Outcome,
};
use parley_kb::KnowledgeBase;
use parley_read::{read_inputs, read_inputs_with, Input, ReadOptions};
use parley_records::EventRecord;
use parley_syntax::ModelAnalyser;
use parley_text::{CharIndex, Document};

mod actors_cmd;
mod audit_cmd;
mod calibrate_cmd;
mod code_cmd;
mod kb_cmd;
mod names_cmd;
mod parquet_out;
mod places_cmd;
mod store_cmd;
mod syntax_cmd;
mod train_coder_cmd;

/// The example article coded when `parley code` is given no input.
pub(crate) const EXAMPLE_ARTICLE: &str = include_str!("../../../examples/jakarta-talks.txt");

/// Documents analysed together by `parley code`'s worker threads (bounds memory).
pub(crate) const BATCH_DOCUMENTS: usize = 256;
/// Text bytes analysed together by `parley code`'s worker threads.
const BATCH_BYTES: usize = 8 << 20;

/// Exit code when no document could be coded.
pub(crate) const EXIT_NOTHING_CODED: u8 = 1;
/// Exit code for errors writing output or reading files named by options.
const EXIT_IO: u8 = 3;

#[derive(Parser)]
#[command(
    name = "parley",
    version,
    about = "Turns news articles into political event records (who did what to whom, PLOVER and CAMEO coded)",
    long_about = "parley reads news articles and writes one record per political event they state: \
who acted (actor), on whom (recipient), what kind of event (PLOVER category and CAMEO code), and the \
sentence and words that justify it.\n\nStart with `parley code` (codes a built-in example article), \
then `parley code FILE...` on your own articles (.txt, .jsonl, .jsonl.gz or directories).\n\n\
Exit codes: 0 something was coded; 1 nothing was coded (no readable document); 2 usage error; \
3 output or file error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code articles into event records (JSON Lines on standard output by default).
    ///
    /// INPUT may be a plain-text article (optional header lines `date YYYY-MM-DD`, `title ...`,
    /// `source ...`, `url ...` before a blank line), a JSON Lines file of articles
    /// (`id`, `date`, `title`, `source`, `url`, `text`), a `.jsonl.gz` file, a directory (searched
    /// recursively), or `-` for standard input. With no INPUT, a built-in example article is coded.
    Code(code_cmd::CodeArgs),
    /// Code gold files and print the scorer's figures (same rules as shared/tools/score.py).
    Eval {
        /// Gold JSON Lines files (records with `id`, `text`, `gold`).
        #[arg(long, required = true, num_args = 1..)]
        gold: Vec<PathBuf>,
        /// Score this system output instead of coding the gold files.
        #[arg(long)]
        system: Option<PathBuf>,
    },
    /// Fit the event confidence table on gold sets (each event judged right or wrong against its
    /// record's gold) and report its calibration by two-fold cross-validation.
    Calibrate {
        /// Gold JSON Lines files.
        #[arg(long, required = true, num_args = 1..)]
        gold: Vec<PathBuf>,
        /// Write the table here (crates/coder/data/confidence.tsv is the compiled-in one).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Show how parley reads one sentence or text: tokens, lemmas, mentions, and why each event was coded.
    Explain {
        /// The text to explain.
        text: String,
        /// Publication date (YYYY-MM-DD) for dated knowledge.
        #[arg(long)]
        date: Option<String>,
    },
    /// Measure throughput on a JSON Lines corpus: documents/s, sentences/s, MB/s and peak memory.
    Bench {
        /// Corpus files (default: ../shared/data/corpora/reuters21578.jsonl).
        inputs: Vec<String>,
        /// Stop after this many documents.
        #[arg(long)]
        limit: Option<usize>,
        /// Syntax model for the tag-and-parse figures (default: the built-in one).
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// List actors found in articles: with --discovered, the people named after a title
    /// ("Defence Minister …") who are not in the knowledge base, with where they were first and
    /// last seen, as TSV, for review and promotion into crates/kb/data/people.tsv.
    Actors {
        /// List the discovered people (the only listing so far).
        #[arg(long, required = true)]
        discovered: bool,
        /// Articles to read (same inputs as `parley code`).
        #[arg(required = true)]
        inputs: Vec<String>,
    },
    /// Recognise and resolve place names: one JSON line per place mention (`doc_id`, `kind`,
    /// `start`, `end` in characters, `text`, `name`, `country`, `lat`, `lon`, `geonameid`,
    /// `feature`), from a gazetteer compiled from GeoNames (CC BY 4.0).
    Places {
        /// Articles to read (same inputs as `parley code`).
        #[arg(required = true)]
        inputs: Vec<String>,
    },
    /// Code articles and add them to the event store (SQLite): documents, mentions and events with
    /// their provenance. Documents already stored (same id, or same text when the input gives no
    /// id) are left alone, so ingesting again adds nothing, and an interrupted run can be rerun.
    Ingest {
        /// Articles to code (same inputs as `parley code`).
        #[arg(required = true)]
        inputs: Vec<String>,
        /// The database (default: $PARLEY_DB, else parley.db in the working directory).
        #[arg(long)]
        db: Option<PathBuf>,
        /// Worker threads (default, or 0: one per CPU core; at most 1024); the store is the same
        /// whatever the number.
        #[arg(long, short = 'j', value_parser = threads_arg)]
        threads: Option<usize>,
        /// Skip (with an error naming it) any document longer than this many bytes.
        #[arg(long, default_value_t = parley_read::DEFAULT_MAX_DOCUMENT_BYTES, value_parser = bytes_arg)]
        max_bytes: usize,
    },
    /// List stored events, filtered by country, dyad, event type, dates or place.
    Query(store_cmd::QueryArgs),
    /// Dyad time series from the store: per source and target country and period, events per
    /// quad class and PLOVER category, Goldstein sum and mean, reports and distinct events.
    Dyads {
        /// The database (default: $PARLEY_DB, else parley.db).
        #[arg(long)]
        db: Option<PathBuf>,
        /// The period.
        #[arg(long, value_enum)]
        by: PeriodArg,
        /// Output format.
        #[arg(long, value_enum, default_value_t = store_cmd::DyadFormat::Csv)]
        format: store_cmd::DyadFormat,
    },
    /// Link the stored event reports into real-world events again (ingest does it after each run):
    /// same PLOVER category (and compatible CAMEO codes for statements), shared parties (actor
    /// codes), dates within a window of the category, same place when known (see crates/link).
    Link {
        /// The database (default: $PARLEY_DB, else parley.db).
        #[arg(long)]
        db: Option<PathBuf>,
    },
    /// List the linked real-world events as JSON Lines, most reported first: category, dates,
    /// reports, documents and sources, countries, place, first and last report.
    Clusters {
        /// The database (default: $PARLEY_DB, else parley.db).
        #[arg(long)]
        db: Option<PathBuf>,
        /// Only events reported at least this many times.
        #[arg(long, default_value_t = 1)]
        min_reports: u64,
    },
    /// List the agreements followed in the store as JSON Lines: name, parties, status (proposed,
    /// under negotiation, signed, exchanged, ratified, in force, suspended) and the history of
    /// steps, each with its event and trigger words.
    Agreements {
        /// The database (default: $PARLEY_DB, else parley.db).
        #[arg(long)]
        db: Option<PathBuf>,
    },
    /// List the scheduled events in the store as JSON Lines: what, who, when, where, and whether a
    /// later report shows them held, or their date has passed (overdue).
    Scheduled {
        /// The database (default: $PARLEY_DB, else parley.db).
        #[arg(long)]
        db: Option<PathBuf>,
    },
    /// Write every stored event to a file: PLOVER JSON Lines, or GDELT-style CSV.
    Export {
        /// The database (default: $PARLEY_DB, else parley.db).
        #[arg(long)]
        db: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum)]
        format: store_cmd::ExportFormat,
        /// The file to write.
        #[arg(long, short)]
        out: PathBuf,
    },
    /// Train the syntax model (tagger, lemmatiser, dependency parser) on CoNLL-U treebanks.
    ///
    /// Deterministic: the same treebanks and options give a byte-identical model.
    /// See models/README.md for the command that made the shipped model.
    Train(syntax_cmd::TrainArgs),
    /// Train the keep-or-drop decision on annotated news leads (data/annotations), joined with
    /// their texts from the corpora; writes the model file (crates/coder/data/decider.tsv).
    TrainCoder(train_coder_cmd::TrainCoderArgs),
    /// Train the name recogniser (people, organisations, places) on GUM's entity layer.
    TrainNames(names_cmd::TrainNamesArgs),
    /// Train the genre model (sport, entertainment and technology news against the rest) on the
    /// sections of the BBC corpus; writes crates/coder/data/genre.tsv.
    TrainGenre(train_coder_cmd::TrainGenreArgs),
    /// Print a random sample of coded events for a reader to judge (same sample for the same
    /// --seed, input and model), or, with --tally, count a judged sample's verdicts.
    Audit(audit_cmd::AuditArgs),
    /// Knowledge base: import PETRARCH/TABARI actor dictionaries (`kb import --petrarch FILE...`),
    /// or show what a name resolves to and why (`kb lookup NAME [--date D]`).
    Kb(kb_cmd::KbArgs),
    /// Tag, lemmatise and parse: writes CoNLL-U.
    ///
    /// Reads articles as `parley code` does (header lines and JSON fields are not text) and uses
    /// parley's own sentences and tokens; one `# newdoc id` block per article. With --conllu,
    /// reads CoNLL-U and uses only its FORM column and sentence breaks (same words, same order out).
    Parse(syntax_cmd::ParseArgs),
}

#[derive(Clone, Copy, ValueEnum)]
enum PeriodArg {
    Day,
    Week,
    Month,
    Year,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum Format {
    /// One JSON object per event (PLOVER-style; see README).
    Jsonl,
    /// One CSV row per event (columns documented in README).
    Csv,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Code(args) => code_cmd::run_code(args),
        Command::Eval { gold, system } => run_eval(&gold, system.as_deref()),
        Command::Calibrate { gold, out } => calibrate_cmd::run_calibrate(&gold, out.as_deref()),
        Command::Explain { text, date } => run_explain(&text, date.as_deref()),
        Command::Bench {
            inputs,
            limit,
            model,
        } => run_bench(&inputs, limit, model),
        Command::Actors { inputs, .. } => {
            actors_cmd::run_actors(&inputs, &mut std::io::stdout().lock())
        }
        Command::Places { inputs } => {
            places_cmd::run_places(&inputs, &mut std::io::stdout().lock())
        }
        Command::Ingest {
            inputs,
            db,
            threads,
            max_bytes,
        } => store_cmd::run_ingest(db.as_deref(), &inputs, threads, max_bytes),
        Command::Query(args) => store_cmd::run_query(args, &mut std::io::stdout().lock()),
        Command::Dyads { db, by, format } => {
            let by = match by {
                PeriodArg::Day => parley_store::Period::Day,
                PeriodArg::Week => parley_store::Period::Week,
                PeriodArg::Month => parley_store::Period::Month,
                PeriodArg::Year => parley_store::Period::Year,
            };
            store_cmd::run_dyads(db.as_deref(), by, format, &mut std::io::stdout().lock())
        }
        Command::Link { db } => store_cmd::run_link(db.as_deref()),
        Command::Agreements { db } => {
            store_cmd::run_agreements(db.as_deref(), &mut std::io::stdout().lock())
        }
        Command::Scheduled { db } => {
            store_cmd::run_scheduled(db.as_deref(), &mut std::io::stdout().lock())
        }
        Command::Clusters { db, min_reports } => {
            store_cmd::run_clusters(db.as_deref(), min_reports, &mut std::io::stdout().lock())
        }
        Command::Export { db, format, out } => store_cmd::run_export(db.as_deref(), format, &out),
        Command::Train(args) => syntax_cmd::run_train(args),
        Command::TrainCoder(args) => train_coder_cmd::run(args),
        Command::TrainNames(args) => names_cmd::run(args),
        Command::TrainGenre(args) => train_coder_cmd::run_genre(args),
        Command::Audit(args) => audit_cmd::run(args),
        Command::Kb(args) => kb_cmd::run(args),
        Command::Parse(args) => syntax_cmd::run_parse(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            let broken_pipe = e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            });
            if broken_pipe {
                // `parley code | head`: the reader has seen enough.
                return ExitCode::SUCCESS;
            }
            eprintln!("parley: error: {e:#}");
            ExitCode::from(EXIT_IO)
        }
    }
}

/// `-j`: worker threads, 0 for one per core, at most 1024.
pub(crate) fn threads_arg(s: &str) -> Result<usize, String> {
    let n: usize = s
        .parse()
        .map_err(|_| format!("{s:?} is not a number of threads"))?;
    if n > 1024 {
        return Err(format!(
            "{n} threads is too many (at most 1024; 0 means one per core)"
        ));
    }
    Ok(n)
}

/// `--max-bytes`: a size in bytes, with an optional K, M or G suffix (powers of 1024).
pub(crate) fn bytes_arg(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let (digits, unit) = match t.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => t.split_at(i),
        None => (t, ""),
    };
    let shift = match unit.to_ascii_uppercase().trim_end_matches(['B', 'I']) {
        "" => 0,
        "K" => 10,
        "M" => 20,
        "G" => 30,
        _ => return Err(format!("{s:?} is not a size (bytes, or with K, M or G)")),
    };
    let n: usize = digits
        .parse()
        .map_err(|_| format!("{s:?} is not a size (bytes, or with K, M or G)"))?;
    n.checked_mul(1 << shift)
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{s:?} is not a usable size"))
}

/// A spinner on standard error counting `what`, drawn only on a terminal.
pub(crate) fn progress_spinner(what: &str) -> indicatif::ProgressBar {
    let progress =
        indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
    progress.set_style(
        indicatif::ProgressStyle::with_template(&format!(
            "{{spinner}} {{pos}} {what}, {{msg}} [{{elapsed_precise}}, {{per_sec}}]"
        ))
        .expect("valid template"),
    );
    progress.enable_steady_tick(std::time::Duration::from_millis(200));
    progress
}

/// The pipeline's shared, immutable parts.
struct Pipeline {
    kb: &'static KnowledgeBase,
    analyser: ModelAnalyser<'static>,
    coder: Coder<'static>,
}

impl Pipeline {
    fn new() -> Pipeline {
        Pipeline::with_kb(KnowledgeBase::embedded())
    }

    fn with_kb(kb: &'static KnowledgeBase) -> Pipeline {
        Pipeline {
            kb,
            analyser: Coder::embedded_analyser(),
            coder: Coder::embedded(),
        }
    }

    fn analyse(&self, doc: &Document) -> AnalysedDocument {
        analyse_document(
            &doc.text,
            doc.date.as_deref(),
            self.kb,
            &self.analyser,
            &self.coder,
        )
    }

    /// [`Pipeline::analyse`], also recognising people discovered earlier in the run.
    fn analyse_knowing(
        &self,
        doc: &Document,
        known: std::sync::Arc<KnownPeople>,
    ) -> AnalysedDocument {
        analyse_document_knowing(
            &doc.text,
            doc.date.as_deref(),
            self.kb,
            &self.analyser,
            &self.coder,
            known,
        )
    }
}

/// One read item after analysis: a document and its analysis, or why it
/// could not be read.
pub(crate) type Analysed = Result<(Document, AnalysedDocument), parley_read::ReadError>;

/// Reads `inputs` and analyses the documents `admit` accepts a batch at a
/// time on the worker threads; hands each batch to `on_batch` in reading
/// order (unreadable records included, where they were read) until it
/// returns false.
///
/// A batch holds up to [`BATCH_DOCUMENTS`] admitted documents or
/// [`BATCH_BYTES`] of their text; unreadable records do not count. Every
/// document is analysed with the knowledge base and `known` (people a store
/// learned from its documents; none for `parley code`) and nothing else:
/// its records depend on the document alone, never on the documents read
/// before it or on the number of threads.
pub(crate) fn analyse_batches(
    inputs: &[Input],
    options: &ReadOptions,
    pipeline: &Pipeline,
    pool: &rayon::ThreadPool,
    known: &std::sync::Arc<KnownPeople>,
    admit: &mut dyn FnMut(&mut Document) -> bool,
    on_batch: &mut dyn FnMut(Vec<Analysed>) -> bool,
) {
    use rayon::prelude::*;
    let mut batch: Vec<Result<Document, parley_read::ReadError>> = Vec::new();
    let (mut documents, mut bytes) = (0usize, 0usize);
    let mut flush = |batch: &mut Vec<Result<Document, parley_read::ReadError>>| -> bool {
        let results: Vec<Analysed> = pool.install(|| {
            std::mem::take(batch)
                .into_par_iter()
                .map(|item| {
                    item.map(|doc| {
                        let analysed = pipeline.analyse_knowing(&doc, known.clone());
                        (doc, analysed)
                    })
                })
                .collect()
        });
        on_batch(results)
    };
    let mut open = true;
    read_inputs_with(inputs, options, &mut |mut item| {
        if !open {
            return;
        }
        if let Ok(doc) = &mut item {
            if !admit(doc) {
                return;
            }
            documents += 1;
            bytes += doc.text.len();
        }
        batch.push(item);
        if documents >= BATCH_DOCUMENTS || bytes >= BATCH_BYTES {
            open = flush(&mut batch);
            (documents, bytes) = (0, 0);
        }
    });
    if open && !batch.is_empty() {
        flush(&mut batch);
    }
}

fn code_to_values(path: &std::path::Path, pipeline: &Pipeline) -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    code_file(path, pipeline, &mut |_, _, rec| out.push(rec));
    out
}

/// Codes the documents of one file and hands each default-output event to
/// `on_event` with its document's number (in file order) and its record as
/// JSON. Bad records are reported on standard error and skipped. Returns the
/// number of documents coded.
pub(crate) fn code_file(
    path: &std::path::Path,
    pipeline: &Pipeline,
    on_event: &mut dyn FnMut(usize, &parley_coder::CodedEvent, serde_json::Value),
) -> usize {
    let mut number = 0;
    read_inputs(&[Input::Path(path.to_path_buf())], &mut |item| match item {
        Ok(doc) => {
            let analysed = pipeline.analyse(&doc);
            let idx = CharIndex::new(&doc.text);
            for (n, e) in analysed
                .events
                .iter()
                .filter(|e| e.is_reported())
                .enumerate()
            {
                let rec = EventRecord::with_index(&doc, &idx, e, n);
                on_event(
                    number,
                    e,
                    serde_json::to_value(&rec).expect("records serialise"),
                );
            }
            number += 1;
        }
        Err(e) => eprintln!("parley: skipped {e}"),
    });
    number
}

fn run_eval(gold_files: &[PathBuf], system: Option<&std::path::Path>) -> Result<ExitCode> {
    let pipeline = Pipeline::new();
    for path in gold_files {
        let gold = parley_eval::load_jsonl(path)?;
        let sys = match system {
            Some(s) => parley_eval::load_jsonl(s)?,
            None => code_to_values(path, &pipeline),
        };
        if gold_files.len() > 1 {
            println!("== {}", path.display());
        }
        print!("{}", parley_eval::render(&parley_eval::score(&gold, &sys)));
    }
    Ok(ExitCode::SUCCESS)
}

fn run_explain(text: &str, date: Option<&str>) -> Result<ExitCode> {
    let pipeline = Pipeline::new();
    let doc = Document {
        id: "explain".into(),
        date: date.map(String::from),
        text: text.to_string(),
        ..Default::default()
    };
    let analysed = pipeline.analyse(&doc);
    let mut out = std::io::stdout().lock();
    for d in &analysed.diagnostics {
        writeln!(
            out,
            "note [{}..{}]: {}",
            d.span.start, d.span.end, d.message
        )?;
    }
    for (i, s) in analysed.segmentation.sentences.iter().enumerate() {
        writeln!(
            out,
            "sentence {i} [{}..{}]: {}",
            s.span.start,
            s.span.end,
            s.span.text(text)
        )?;
        let tokens = analysed.segmentation.sentence_tokens(i);
        writeln!(
            out,
            "  tokens (index, word, lemma, UPOS, XPOS, head, relation):"
        )?;
        for (j, (t, a)) in tokens.iter().zip(&analysed.analyses[i]).enumerate() {
            let lemma = a.lemmas.first().map(String::as_str).unwrap_or("");
            let (upos, xpos) = a.pos.map_or(("_", "_"), |p| (p.upos.name(), p.xpos));
            let (head, rel) = a.dependency.map_or(("_".to_string(), "_"), |d| {
                (d.head.map_or("-".to_string(), |h| h.to_string()), d.deprel)
            });
            writeln!(
                out,
                "    {j:>3} {:<16} {lemma:<16} {upos:<6} {xpos:<5} {head:>3} {rel}",
                t.text(text)
            )?;
        }
        let m = &analysed.mentions[i];
        for a in &m.actors {
            writeln!(
                out,
                "  actor   {:?} -> {} (country {}, sectors {}{})",
                a.span.text(text),
                a.actor.code,
                a.actor.country.as_deref().unwrap_or("?"),
                a.actor.sectors.join(" "),
                a.actor
                    .person
                    .as_ref()
                    .map(|p| format!(", person {p}"))
                    .unwrap_or_default()
            )?;
        }
        for p in &m.places {
            writeln!(
                out,
                "  place   {:?} (country {}) — a place, never an actor",
                p.span.text(text),
                p.country.as_deref().unwrap_or("?")
            )?;
        }
        for an in &m.anaphors {
            writeln!(out, "  anaphor {:?} ({:?})", an.span.text(text), an.kind)?;
        }
        for e in analysed.events.iter().filter(|e| e.sentence == i) {
            let names = |ps: &[parley_coder::Party]| -> String {
                ps.iter()
                    .map(|p| format!("{} {:?}", p.actor.code, p.span.text(text)))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            writeln!(
                out,
                "  event   {} {} (CAMEO {}) trigger {:?} by rule {} `{}`",
                e.plover.as_deref().unwrap_or("-"),
                if e.symmetric { "symmetric" } else { "" },
                e.cameo,
                e.trigger.text(text),
                e.rule,
                e.pattern
            )?;
            writeln!(
                out,
                "          actor: [{}] recipient: [{}] modality: {}{}",
                names(&e.actors),
                names(&e.recipients),
                e.modality.as_str(),
                if e.is_reported() {
                    ""
                } else {
                    " (left out of default output)"
                }
            )?;
            if let Some(p) = e.decision {
                writeln!(
                    out,
                    "          learned decision: {p:.2} that this is an event of news ({})",
                    if e.dropped { "dropped" } else { "kept" }
                )?;
            }
            let when = e.date.as_ref().map_or("unknown".to_string(), |d| {
                format!(
                    "{} ({}, from {}{})",
                    d.value.normalised(),
                    d.value.precision.as_str(),
                    d.source.as_str(),
                    d.span
                        .map(|s| format!(" {:?}", s.text(text)))
                        .unwrap_or_default()
                )
            });
            let place = e.location.as_ref().map_or("not stated".to_string(), |l| {
                let g = parley_coder::Gazetteer::embedded().place(l.place);
                format!(
                    "{}, {} ({}, from {} {:?})",
                    g.name,
                    g.country,
                    g.feature.precision(),
                    l.source.as_str(),
                    l.span.text(text)
                )
            });
            writeln!(out, "          when: {when}; where: {place}")?;
        }
        let traces: Vec<_> = analysed.traces.iter().filter(|t| t.sentence == i).collect();
        for t in traces.iter().filter(|t| t.outcome != Outcome::Event) {
            let what = match &t.outcome {
                Outcome::Event => continue,
                Outcome::Overlapped(by) => {
                    format!("no event: {by} matched the same words and is more specific or longer")
                }
                Outcome::NoEvent(why) => format!("no event: {}", why.explanation()),
                Outcome::Duplicate => {
                    "no event: repeats an event already coded in this sentence".into()
                }
                Outcome::PartOf(rule) => {
                    format!("no event of its own: part of the action coded by {rule}")
                }
            };
            writeln!(
                out,
                "  match   {} `{}` (CAMEO {}) on {:?}: {what}",
                t.rule,
                t.pattern,
                t.cameo,
                t.trigger.text(text)
            )?;
        }
        if traces.is_empty() {
            writeln!(out, "  no event: no pattern matched")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn run_bench(inputs: &[String], limit: Option<usize>, model: Option<PathBuf>) -> Result<ExitCode> {
    let default = "../shared/data/corpora/reuters21578.jsonl".to_string();
    let inputs: Vec<Input> = if inputs.is_empty() {
        if !std::path::Path::new(&default).exists() {
            eprintln!("parley bench: no input and {default} not found; give a JSON Lines corpus");
            return Ok(ExitCode::from(EXIT_NOTHING_CODED));
        }
        vec![Input::from_arg(&default)]
    } else {
        inputs.iter().map(|s| Input::from_arg(s)).collect()
    };
    // Read first so that the timing covers analysis only.
    let mut docs = Vec::new();
    read_inputs(&inputs, &mut |item| {
        if let Ok(d) = item {
            if limit.is_none_or(|l| docs.len() < l) {
                docs.push(d);
            }
        }
    });
    let pipeline = Pipeline::new();
    let _ = pipeline.analyse(&Document {
        text: "warm up".into(),
        ..Default::default()
    });
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let start = Instant::now();
    let (mut sentences, mut tokens, mut events) = (0usize, 0usize, 0usize);
    for d in &docs {
        let a = pipeline.analyse(d);
        sentences += a.segmentation.sentences.len();
        tokens += a.segmentation.tokens.len();
        events += a.events.iter().filter(|e| e.is_reported()).count();
    }
    let secs = start.elapsed().as_secs_f64().max(1e-9);
    println!("documents        {}", docs.len());
    println!("sentences        {sentences}");
    println!("tokens           {tokens}");
    println!("events           {events}");
    println!("seconds          {secs:.3}");
    println!("documents/s      {:.0}", docs.len() as f64 / secs);
    println!("sentences/s      {:.0}", sentences as f64 / secs);
    println!("tokens/s         {:.0}", tokens as f64 / secs);
    println!("MB/s             {:.2}", bytes as f64 / 1e6 / secs);
    if let Some(kib) = peak_rss_kib() {
        println!("peak memory MiB  {:.1}", kib as f64 / 1024.0);
    }
    bench_stages(&pipeline, &docs, sentences);
    store_cmd::bench_store(&pipeline, &docs)?;
    syntax_cmd::bench_syntax(&docs, model.as_deref())?;
    Ok(ExitCode::SUCCESS)
}

/// Times each stage of the pipeline separately (one thread, one pass) and
/// prints seconds and sentences/s per stage: segmentation, syntax (tag,
/// lemmatise, parse), mentions, coding.
fn bench_stages(pipeline: &Pipeline, docs: &[Document], sentences: usize) {
    use parley_coder::{Discourse, SentenceInput};
    use parley_mentions::{find_mentions, DocumentContext};
    use parley_syntax::Analyser;
    let mut t = [0f64; 6];
    let mut events = 0usize;
    for d in docs {
        let text = d.text.as_str();
        let clock = Instant::now();
        let seg = parley_text::segment(text);
        t[0] += clock.elapsed().as_secs_f64();
        let mut ctx = DocumentContext::with_known_people(d.date.as_deref(), Default::default());
        let mut discourse = Discourse::default();
        let doc_date = d.date.as_deref().and_then(parley_time::parse_document_date);
        let mut analyses = Vec::new();
        let mut mentions = Vec::new();
        for (i, bounds) in seg.sentences.iter().enumerate() {
            let tokens = seg.sentence_tokens(i);
            let clock = Instant::now();
            let analysis = pipeline.analyser.analyse(text, tokens);
            t[1] += clock.elapsed().as_secs_f64();
            let clock = Instant::now();
            // As the pipeline does: names are recognised where an event may be.
            ctx.recognise_names(pipeline.coder.has_candidates(&analysis));
            let m = find_mentions(pipeline.kb, text, tokens, &analysis, &mut ctx);
            t[2] += clock.elapsed().as_secs_f64();
            let clock = Instant::now();
            let input = SentenceInput {
                text,
                index: i,
                bounds,
                tokens,
                analysis: &analysis,
                mentions: &m,
            };
            events += pipeline.coder.code_sentence(&input, &mut discourse).len();
            t[3] += clock.elapsed().as_secs_f64();
            let clock = Instant::now();
            let words: Vec<&str> = analysis.iter().map(|a| a.lower.as_str()).collect();
            let _ = parley_time::find_times_in_words(&words, tokens, doc_date, i == 0);
            t[4] += clock.elapsed().as_secs_f64();
            analyses.push(analysis);
            mentions.push(m);
        }
        let clock = Instant::now();
        let sentences = parley_places::sentence_views(&seg, &analyses, &mentions);
        let _ = parley_places::find_places(
            text,
            &sentences,
            pipeline.kb,
            parley_places::Gazetteer::embedded(),
        );
        t[5] += clock.elapsed().as_secs_f64();
    }
    let names = [
        "segmentation",
        "syntax",
        "mentions",
        "coder",
        "dates",
        "places",
    ];
    let total: f64 = t.iter().sum();
    println!("stages (one thread, one pass; {events} events in all modalities):");
    for (name, secs) in names.iter().zip(t) {
        println!(
            "  {name:<13} {secs:>7.3} s  {:>9.0} sentences/s  {:>5.1}%",
            sentences as f64 / secs.max(1e-9),
            100.0 * secs / total.max(1e-9)
        );
    }
    println!("  coder / syntax time: {:.3}", t[3] / t[1].max(1e-9));
}
