//! `parley code`: articles in, event records out.
//!
//! What it guarantees beyond coding:
//! - **Nothing lost without a word**: every record read is coded or named on
//!   standard error with the reason (unreadable, too large, a duplicate, an
//!   id reused for another text); the run ends with the counts.
//! - **Unique event ids**: a document id is used once per run. The same id
//!   with the same text is a duplicate and skipped; a given id with another
//!   text is refused (its events would take the first one's ids); a made-up
//!   id (a file name found twice in a walk) gets the text's hash, as in the
//!   store (`a.txt@3fa2c9d01b7e`).
//! - **Safe output**: `-o FILE` is written to a temporary file beside it and
//!   renamed over it only when the run coded something, so a failed or
//!   mistyped run leaves yesterday's results alone; an output that is also
//!   an input is refused, and the output is never read back as input.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use parley_coder::{AnalysedDocument, KnownPeople};
use parley_read::{Input, ReadOptions};
use parley_records::{write_jsonl, CsvWriter, EventRecord};
use parley_text::{CharIndex, Document};

use crate::{analyse_batches, Format, Pipeline, EXAMPLE_ARTICLE, EXIT_NOTHING_CODED};

/// Exit code for a command line that cannot be run as given.
pub(crate) const EXIT_USAGE: u8 = 2;

/// `parley code`'s options.
#[derive(clap::Args)]
pub(crate) struct CodeArgs {
    /// Articles to code.
    pub inputs: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// Also write negated and hypothetical events (flagged in `modality`) and CAMEO-only events
    /// that PLOVER discards (public statements, `event` null).
    #[arg(long)]
    pub all: bool,
    /// One record per source–target pair (GDELT-style dyads) instead of one per event;
    /// event ids become `doc:n.k`.
    #[arg(long)]
    pub dyads: bool,
    /// Write to this file instead of standard output: written beside it and renamed over it
    /// when the run coded something (a failed run leaves the file as it was); it may not be
    /// one of the inputs, and is never read as one.
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    /// Analyse this many documents at once (default, or 0: one per CPU core; at most 1024).
    /// The output is the same, in the same order, whatever the number.
    #[arg(long, short = 'j', value_parser = crate::threads_arg)]
    pub threads: Option<usize>,
    /// Skip (with an error naming it) any document longer than this many bytes.
    #[arg(long, default_value_t = parley_read::DEFAULT_MAX_DOCUMENT_BYTES, value_parser = crate::bytes_arg)]
    pub max_bytes: usize,
    /// Add the knowledge-base files of this folder (written by `parley kb import`: people and
    /// organisations from PETRARCH/TABARI actor dictionaries); parley's own entries win.
    #[arg(long)]
    pub kb: Vec<PathBuf>,
    /// Use this genre model (written by `parley train-genre`) instead of the built-in one: in
    /// an article it classes as sport, entertainment or technology news, only events with an
    /// institution on a side are kept. For cross-validating the genre model.
    #[arg(long)]
    pub genre_model: Option<PathBuf>,
    /// Use this keep-or-drop model (written by `parley train-coder`) instead of the built-in
    /// one. For choosing its settings on the dev sets.
    #[arg(long)]
    pub decider_model: Option<PathBuf>,
}

/// A logistic model file written by `parley train-genre` or `train-coder`,
/// loaded once for the whole run.
fn load_model(path: &std::path::Path, what: &str) -> Result<&'static parley_coder::LogisticModel> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let model = parley_coder::LogisticModel::parse(&text)
        .with_context(|| format!("{}: not {what}", path.display()))?;
    Ok(Box::leak(Box::new(model)))
}

/// True when standard input is a pipe or a file (`cat f | parley code`,
/// `parley code < f`), not a terminal or nothing.
pub(crate) fn stdin_is_data() -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        std::fs::metadata("/dev/stdin")
            .is_ok_and(|m| m.file_type().is_fifo() || m.file_type().is_file())
    }
    #[cfg(not(unix))]
    {
        use std::io::IsTerminal;
        !std::io::stdin().is_terminal()
    }
}

/// The paths of `inputs` that are `out` itself.
pub(crate) fn output_among_inputs(out: &Path, inputs: &[Input]) -> Option<PathBuf> {
    let target = std::fs::canonicalize(out).ok()?;
    inputs.iter().find_map(|i| match i {
        Input::Path(p) => (std::fs::canonicalize(p).ok()? == target).then(|| p.clone()),
        Input::Stdin => None,
    })
}

/// An output file written beside its target and renamed over it on success.
pub(crate) struct SafeOutput {
    target: PathBuf,
    temp: tempfile::NamedTempFile,
}

impl SafeOutput {
    /// A temporary file in `target`'s folder (`.parley-XXXXXX.part`: a name no
    /// directory walk reads).
    pub(crate) fn create(target: &Path) -> Result<SafeOutput> {
        let folder = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let temp = tempfile::Builder::new()
            .prefix(".parley-")
            .suffix(".part")
            .tempfile_in(&folder)
            .with_context(|| format!("cannot create a file in {}", folder.display()))?;
        Ok(SafeOutput {
            target: target.to_path_buf(),
            temp,
        })
    }

    /// A writer to the temporary file.
    pub(crate) fn writer(&self) -> Result<std::fs::File> {
        self.temp
            .as_file()
            .try_clone()
            .context("cannot write the output")
    }

    /// Renames the finished file over the target.
    pub(crate) fn commit(self) -> Result<()> {
        let target = self.target;
        self.temp
            .persist(&target)
            .map(drop)
            .with_context(|| format!("cannot write {}", target.display()))
    }
}

#[derive(Default)]
struct Counts {
    read: usize,
    coded: usize,
    skipped: usize,
    duplicates: usize,
    refused: usize,
    warnings: usize,
    events: usize,
}

/// The ids used so far in a run, with the text each stands for.
#[derive(Default)]
struct Ids {
    /// Id → (first origin, 128 bits of its text's SHA-256).
    seen: HashMap<String, (String, u128)>,
}

/// What to do with a document whose id may have been used before.
#[derive(Debug, PartialEq)]
enum Admission {
    /// Code it (its id may have been made unique).
    Code,
    /// The same id and text were coded already (at this origin).
    Duplicate(String),
    /// Its given id was used for another text (at this origin).
    Refused(String),
}

fn text_digest(text: &str) -> u128 {
    let hex = parley_store::content_hash(text);
    u128::from_str_radix(&hex[..32], 16).expect("SHA-256 is hexadecimal")
}

impl Ids {
    fn admit(&mut self, doc: &mut Document) -> Admission {
        let digest = text_digest(&doc.text);
        match self.seen.get(&doc.id) {
            None => {}
            Some((origin, d)) if *d == digest => return Admission::Duplicate(origin.clone()),
            Some((origin, _)) if doc.id_given => return Admission::Refused(origin.clone()),
            Some(_) => {
                // A made-up id (a file name seen twice in a walk) is made
                // unique as the store makes it: with the text's hash.
                doc.id = format!("{}@{:012x}", doc.id, digest >> 80);
                if let Some((origin, _)) = self.seen.get(&doc.id) {
                    return Admission::Duplicate(origin.clone());
                }
            }
        }
        self.seen
            .insert(doc.id.clone(), (doc.origin.clone(), digest));
        Admission::Code
    }
}

enum Sink<W: Write> {
    Jsonl(W),
    Csv(Box<CsvWriter<W>>),
}

/// `parley code`.
pub(crate) fn run_code(args: CodeArgs) -> Result<ExitCode> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    let piped = args.inputs.is_empty() && stdin_is_data();
    let inputs: Vec<Input> = if piped {
        vec![Input::Stdin]
    } else {
        args.inputs.iter().map(|s| Input::from_arg(s)).collect()
    };
    let mut options = ReadOptions {
        max_document_bytes: args.max_bytes,
        ..ReadOptions::default()
    };
    let output = match &args.out {
        Some(out) => {
            if let Some(input) = output_among_inputs(out, &inputs) {
                eprintln!(
                    "parley: error: the output {} is also an input ({}); choose another -o",
                    out.display(),
                    input.display()
                );
                return Ok(ExitCode::from(EXIT_USAGE));
            }
            options.skip.push(out.clone());
            Some(SafeOutput::create(out)?)
        }
        None => None,
    };
    let writer: Box<dyn Write> = match &output {
        Some(o) => Box::new(o.writer()?),
        None => Box::new(std::io::stdout().lock()),
    };
    let writer = BufWriter::new(writer);
    let mut sink = match args.format {
        Format::Jsonl => Sink::Jsonl(writer),
        Format::Csv => Sink::Csv(Box::new(CsvWriter::new(writer)?)),
    };
    let mut pipeline = Pipeline::with_kb(crate::kb_cmd::knowledge_base(&args.kb)?);
    if let Some(path) = &args.genre_model {
        let model = load_model(path, "a genre model")?;
        pipeline.coder = pipeline.coder.with_genre(Some(model));
    }
    if let Some(path) = &args.decider_model {
        let model = load_model(path, "a keep-or-drop model")?;
        pipeline.coder = pipeline.coder.with_decider(Some(model));
    }
    let counts = RefCell::new(Counts::default());
    let progress = crate::progress_spinner("documents read");
    let say = |line: String| progress.suspend(|| eprintln!("{line}"));
    let mut write_error: Option<std::io::Error> = None;
    // Reports and writes one analysed document; false once the output is gone
    // (closed pipe, full disk), after which nothing more is coded.
    let mut handle = |doc: Document, analysed: AnalysedDocument, counts: &mut Counts| -> bool {
        if write_error.is_some() {
            return false;
        }
        counts.coded += 1;
        for note in &doc.notes {
            counts.warnings += 1;
            say(format!("parley: warning: {}: {note}", doc.origin));
        }
        for d in analysed.diagnostics.iter().take(3) {
            say(format!(
                "parley: note: {} (byte {}): {}",
                doc.origin, d.span.start, d.message
            ));
        }
        if analysed.diagnostics.len() > 3 {
            say(format!(
                "parley: note: {}: {} more notes like these",
                doc.origin,
                analysed.diagnostics.len() - 3
            ));
        }
        let idx = CharIndex::new(&doc.text);
        let kept = analysed
            .events
            .iter()
            .filter(|e| args.all || e.is_reported());
        for (n, e) in kept.enumerate() {
            // Event ids number the events of each document, as in `parley eval`.
            let rec = EventRecord::with_index(&doc, &idx, e, n);
            let recs = if args.dyads { rec.dyads() } else { vec![rec] };
            for rec in &recs {
                let r = match &mut sink {
                    Sink::Jsonl(w) => write_jsonl(w, rec),
                    Sink::Csv(w) => w.write(rec),
                };
                if let Err(e) = r {
                    write_error.get_or_insert(e);
                    return false;
                }
            }
            counts.events += 1;
        }
        progress.set_message(format!("{} coded, {} events", counts.coded, counts.events));
        true
    };
    if inputs.is_empty() {
        say("parley: no input given; coding the built-in example article (examples/jakarta-talks.txt)".into());
        let doc = parley_read::parse_plain_text("jakarta-talks.txt", EXAMPLE_ARTICLE.as_bytes())
            .context("example article")?;
        let analysed = pipeline.analyse(&doc);
        let c = &mut *counts.borrow_mut();
        c.read += 1;
        handle(doc, analysed, c);
    } else {
        let mut ids = Ids::default();
        analyse_batches(
            &inputs,
            &options,
            &pipeline,
            &pool,
            &std::sync::Arc::new(KnownPeople::default()),
            &mut |doc| {
                let admission = ids.admit(doc);
                let mut c = counts.borrow_mut();
                match admission {
                    Admission::Code => return true,
                    Admission::Duplicate(first) => {
                        c.duplicates += 1;
                        say(format!(
                            "parley: skipped {}: duplicate of {first} (same id {:?}, same text)",
                            doc.origin, doc.id
                        ));
                    }
                    Admission::Refused(first) => {
                        c.refused += 1;
                        say(format!(
                            "parley: error: {}: id {:?} is already used by {first} for a different text; skipped (give it its own id)",
                            doc.origin, doc.id
                        ));
                    }
                }
                c.read += 1;
                c.skipped += 1;
                progress.inc(1);
                false
            },
            &mut |batch| {
                let c = &mut *counts.borrow_mut();
                for item in batch {
                    c.read += 1;
                    progress.inc(1);
                    match item {
                        Ok((doc, analysed)) => {
                            if !handle(doc, analysed, c) {
                                return false;
                            }
                        }
                        Err(e) => {
                            c.skipped += 1;
                            say(format!("parley: skipped {e}"));
                        }
                    }
                }
                true
            },
        );
    }
    progress.finish_and_clear();
    let flushed = match &mut sink {
        Sink::Jsonl(w) => w.flush(),
        Sink::Csv(w) => w.flush(),
    };
    drop(sink);
    let c = counts.into_inner();
    if piped && c.read == 0 {
        eprintln!("parley: standard input is empty: nothing to code");
    }
    let mut apart = Vec::new();
    if c.duplicates > 0 {
        apart.push(format!("{} duplicate", c.duplicates));
    }
    if c.refused > 0 {
        apart.push(format!("{} refused for reusing an id", c.refused));
    }
    let apart = if apart.is_empty() {
        String::new()
    } else {
        format!(" ({})", apart.join(", "))
    };
    let warnings = match c.warnings {
        0 => String::new(),
        1 => "; 1 warning".to_string(),
        n => format!("; {n} warnings"),
    };
    eprintln!(
        "parley: {} documents read, {} coded, {} skipped{apart}; {} events{warnings}",
        c.read, c.coded, c.skipped, c.events
    );
    if let Some(e) = write_error {
        return Err(e).context("writing records");
    }
    flushed.context("writing records")?;
    if c.coded == 0 {
        if let Some(out) = &args.out {
            eprintln!("parley: nothing coded; {} left as it was", out.display());
        }
        return Ok(ExitCode::from(EXIT_NOTHING_CODED));
    }
    if let Some(o) = output {
        o.commit()?;
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, given: bool, text: &str, origin: &str) -> Document {
        Document {
            id: id.into(),
            id_given: given,
            text: text.into(),
            origin: origin.into(),
            ..Document::default()
        }
    }

    #[test]
    fn ids_are_used_once_per_run() {
        let mut ids = Ids::default();
        let mut a = doc("a", true, "One text.", "f:1");
        assert_eq!(ids.admit(&mut a), Admission::Code);
        let mut again = doc("a", true, "One text.", "f:2");
        assert_eq!(ids.admit(&mut again), Admission::Duplicate("f:1".into()));
        let mut other = doc("a", true, "Another text.", "f:3");
        assert_eq!(ids.admit(&mut other), Admission::Refused("f:1".into()));
        // Two files of one name in a walk: the second gets its text's hash.
        let mut x1 = doc("x.txt", false, "First.", "d1/x.txt");
        let mut x2 = doc("x.txt", false, "Second.", "d2/x.txt");
        assert_eq!(ids.admit(&mut x1), Admission::Code);
        assert_eq!(ids.admit(&mut x2), Admission::Code);
        let hash = parley_store::content_hash("Second.");
        assert_eq!(x2.id, format!("x.txt@{}", &hash[..12]));
        let mut x3 = doc("x.txt", false, "Second.", "d3/x.txt");
        assert_eq!(ids.admit(&mut x3), Admission::Duplicate("d2/x.txt".into()));
    }
}
