//! `parley train` and `parley parse`: the syntax model's commands.

use std::collections::BTreeSet;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use parley_syntax::conllu::{self, Sentence};
use parley_syntax::train::{evaluate, train_with_text, word_hashes, TrainSettings};
use parley_syntax::Model;

/// Treebank files named by `paths`: files as given, directories searched for
/// `*.conllu` (sorted), minus documents whose file stem is in `exclude`.
pub(crate) fn treebank_files(
    paths: &[PathBuf],
    exclude: &BTreeSet<String>,
) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("cannot list {}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "conllu"))
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(p.clone());
        }
    }
    files.retain(|f| {
        !f.file_stem()
            .and_then(|s| s.to_str())
            .is_some_and(|s| exclude.contains(s))
    });
    Ok(files)
}

/// The document names (file stems, one per line; `#` comments) of an
/// `--exclude` file; none without one.
pub(crate) fn read_exclude(path: Option<&Path>) -> Result<BTreeSet<String>> {
    let Some(p) = path else {
        return Ok(BTreeSet::new());
    };
    Ok(std::fs::read_to_string(p)
        .with_context(|| format!("cannot read {}", p.display()))?
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect())
}

/// Reads CoNLL-U files, reporting malformed sentences and skipping them.
pub(crate) fn read_treebank(files: &[PathBuf]) -> Result<Vec<Sentence>> {
    let mut all = Vec::new();
    let mut skipped = 0;
    for f in files {
        let text =
            std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()))?;
        let (sentences, errors) = conllu::parse(&text);
        for e in errors.iter().take(5) {
            eprintln!("parley: skipped sentence: {}:{e}", f.display());
        }
        skipped += errors.len();
        all.extend(sentences);
    }
    if skipped > 0 {
        eprintln!("parley: {skipped} malformed sentences skipped");
    }
    Ok(all)
}

/// Options of `parley train`.
#[derive(clap::Args)]
pub struct TrainArgs {
    /// CoNLL-U files, or directories of `*.conllu` files.
    #[arg(long = "treebank", required = true, num_args = 1..)]
    pub treebanks: Vec<PathBuf>,
    /// File of document names (file stems, one per line) to leave out of training.
    #[arg(long)]
    pub exclude: Option<PathBuf>,
    /// CoNLL-U files to score after each parser epoch.
    #[arg(long, num_args = 1..)]
    pub dev: Vec<PathBuf>,
    /// Where to write the model.
    #[arg(long)]
    pub out: PathBuf,
    /// Parser epochs.
    #[arg(long)]
    pub epochs: Option<usize>,
    /// Tagger epochs.
    #[arg(long)]
    pub tagger_epochs: Option<usize>,
    /// Jackknife folds for the parser's training tags (0: gold tags).
    #[arg(long)]
    pub jackknife: Option<usize>,
    /// After training, print each parser feature template's rows and weight mass.
    #[arg(long)]
    pub report_templates: bool,
    /// Drop transition-classifier rows whose averaged weights are all below this.
    #[arg(long)]
    pub prune_moves: Option<f32>,
    /// Drop label-classifier rows whose averaged weights are all below this.
    #[arg(long)]
    pub prune_labels: Option<f32>,
    /// Drop tagger rows whose averaged weights are all below this.
    #[arg(long)]
    pub prune_tagger: Option<f32>,
    /// Parsers trained side by side (one thread each) and mixed into one.
    #[arg(long)]
    pub parser_members: Option<usize>,
    /// Unlabelled text (JSON Lines or plain-text files, or directories of them)
    /// to learn word clusters from; without it the model has no clusters.
    #[arg(long = "clusters-from", num_args = 1..)]
    pub clusters_from: Vec<String>,
    /// Number of word clusters.
    #[arg(long)]
    pub clusters: Option<usize>,
    /// Seed of the parser's shuffling and exploration (runs with different
    /// seeds show how much of a difference in scores is chance).
    #[arg(long)]
    pub parser_seed: Option<u64>,
}

/// Sentences of word hashes from unlabelled documents, tokenised by parley's
/// own segmenter (as at run time). Unreadable records are counted and skipped.
fn unlabelled_text(inputs: &[String]) -> Vec<Vec<u64>> {
    let inputs: Vec<parley_read::Input> = inputs
        .iter()
        .map(|s| parley_read::Input::from_arg(s))
        .collect();
    let (mut docs, mut skipped) = (0usize, 0usize);
    let mut out = Vec::new();
    parley_read::read_inputs(&inputs, &mut |item| match item {
        Ok(d) => {
            docs += 1;
            let seg = parley_text::segment(&d.text);
            for s in &seg.sentences {
                out.push(word_hashes(
                    seg.tokens[s.tokens.clone()].iter().map(|t| t.text(&d.text)),
                ));
            }
        }
        Err(e) => {
            skipped += 1;
            eprintln!("parley: skipped: {e}");
        }
    });
    eprintln!(
        "parley: unlabelled text: {docs} documents, {} sentences, {skipped} skipped",
        out.len()
    );
    out
}

/// `parley train`.
pub fn run_train(args: TrainArgs) -> Result<ExitCode> {
    let exclude = read_exclude(args.exclude.as_deref())?;
    let files = treebank_files(&args.treebanks, &exclude)?;
    if files.is_empty() {
        bail!("no treebank files found");
    }
    let train_set = read_treebank(&files)?;
    let dev = read_treebank(&args.dev)?;
    eprintln!(
        "parley: training on {} files, {} sentences",
        files.len(),
        train_set.len()
    );
    let mut settings = TrainSettings::default();
    if let Some(e) = args.epochs {
        settings.parser.epochs = e;
    }
    if let Some(e) = args.tagger_epochs {
        settings.tagger.epochs = e;
    }
    if let Some(j) = args.jackknife {
        settings.jackknife = j;
    }
    settings.parser.report_templates = args.report_templates;
    if let Some(p) = args.prune_moves {
        settings.parser.prune_moves = p;
    }
    if let Some(p) = args.prune_labels {
        settings.parser.prune_labels = p;
    }
    if let Some(p) = args.prune_tagger {
        settings.tagger.prune = p;
    }
    if let Some(m) = args.parser_members {
        settings.parser.members = m;
    }
    if let Some(c) = args.clusters {
        settings.clusters.clusters = c;
    }
    if let Some(seed) = args.parser_seed {
        settings.parser.seed = seed;
    }
    let unlabelled = if args.clusters_from.is_empty() {
        Vec::new()
    } else {
        unlabelled_text(&args.clusters_from)
    };
    let start = Instant::now();
    let mut log = |line: String| eprintln!("[{:>6.1}s] {line}", start.elapsed().as_secs_f64());
    let model = train_with_text(
        &train_set,
        &unlabelled,
        (!dev.is_empty()).then_some(&dev[..]),
        &settings,
        &mut log,
    )
    .context("cannot train on this treebank")?;
    let bytes = model.to_bytes();
    if let Some(parent) = args.out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    std::fs::write(&args.out, &bytes)
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    eprintln!(
        "parley: wrote {} ({:.1} MB: tagger {} features, parser {} + {} features) in {:.0}s",
        args.out.display(),
        bytes.len() as f64 / 1e6,
        model.tagger.classifier.n_features(),
        model.parser.moves.n_features(),
        model.parser.labeller.n_features(),
        start.elapsed().as_secs_f64()
    );
    if !dev.is_empty() {
        eprintln!("parley: final dev {}", evaluate(&model, &dev));
    }
    Ok(ExitCode::SUCCESS)
}

/// Loads `--model PATH`, or the embedded model.
pub fn load_model(path: Option<&Path>) -> Result<std::borrow::Cow<'static, Model>> {
    match path {
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
            let model = Model::from_bytes(&bytes)
                .with_context(|| format!("cannot load model {}", p.display()))?;
            Ok(std::borrow::Cow::Owned(model))
        }
        None => Ok(std::borrow::Cow::Borrowed(Model::embedded())),
    }
}

/// `parley parse`'s options.
#[derive(clap::Args)]
pub struct ParseArgs {
    /// Articles, read as `parley code` reads them (plain text with optional
    /// header lines, JSON Lines, `.jsonl.gz`, directories, `-` for standard
    /// input); with --conllu, CoNLL-U files. With none: standard input when
    /// it is piped, else the built-in example article.
    pub inputs: Vec<String>,
    /// The inputs are CoNLL-U (their FORM column is parsed).
    #[arg(long)]
    pub conllu: bool,
    /// Use this model file instead of the built-in one.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// With --conllu: print only the UPOS/XPOS/lemma/UAS/LAS scores against the
    /// input's own columns (no CoNLL-U).
    #[arg(long, requires = "conllu")]
    pub score: bool,
    /// Skip (with an error naming it) any document longer than this many bytes.
    #[arg(long, default_value_t = parley_read::DEFAULT_MAX_DOCUMENT_BYTES, value_parser = crate::bytes_arg)]
    pub max_bytes: usize,
}

/// `parley parse`: articles (or CoNLL-U) in, CoNLL-U out.
pub fn run_parse(args: ParseArgs) -> Result<ExitCode> {
    let model = load_model(args.model.as_deref())?;
    let piped = args.inputs.is_empty() && crate::code_cmd::stdin_is_data();
    if args.conllu {
        let inputs = if args.inputs.is_empty() {
            vec!["-".to_string()]
        } else {
            args.inputs.clone()
        };
        return parse_conllu(&model, &inputs, args.score);
    }
    let mut out = BufWriter::new(std::io::stdout().lock());
    let (mut read, mut skipped, mut sentences) = (0usize, 0usize, 0usize);
    let mut write_error: Option<std::io::Error> = None;
    let mut parse_document = |doc: &parley_text::Document, out: &mut dyn Write| {
        let mut buf = format!("# newdoc id = {}\n", doc.id);
        let seg = parley_text::segment(&doc.text);
        for (k, sentence) in seg.sentences.iter().enumerate() {
            let tokens = &seg.tokens[sentence.tokens.clone()];
            let forms: Vec<&str> = tokens.iter().map(|t| t.text(&doc.text)).collect();
            let comments = vec![
                format!("# sent_id = {}-{}", doc.id, k + 1),
                format!(
                    "# text = {}",
                    sentence
                        .span
                        .text(&doc.text)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                ),
            ];
            conllu::write_sentence(&mut buf, &model.to_conllu(&forms, comments));
        }
        sentences += seg.sentences.len();
        out.write_all(buf.as_bytes())
    };
    if args.inputs.is_empty() && !piped {
        eprintln!("parley: no input given; parsing the built-in example article (examples/jakarta-talks.txt)");
        let doc =
            parley_read::parse_plain_text("jakarta-talks.txt", crate::EXAMPLE_ARTICLE.as_bytes())
                .context("example article")?;
        read += 1;
        parse_document(&doc, &mut out)?;
    } else {
        let inputs: Vec<parley_read::Input> = if piped {
            vec![parley_read::Input::Stdin]
        } else {
            args.inputs
                .iter()
                .map(|s| parley_read::Input::from_arg(s))
                .collect()
        };
        let options = parley_read::ReadOptions {
            max_document_bytes: args.max_bytes,
            ..parley_read::ReadOptions::default()
        };
        parley_read::read_inputs_with(&inputs, &options, &mut |item| {
            if write_error.is_some() {
                return;
            }
            read += 1;
            match item {
                Ok(doc) => {
                    for note in &doc.notes {
                        eprintln!("parley: warning: {}: {note}", doc.origin);
                    }
                    if let Err(e) = parse_document(&doc, &mut out) {
                        write_error = Some(e);
                    }
                }
                Err(e) => {
                    skipped += 1;
                    eprintln!("parley: skipped: {e}");
                }
            }
        });
    }
    if let Some(e) = write_error {
        return Err(e).context("cannot write the output");
    }
    out.flush().context("cannot write the output")?;
    eprintln!(
        "parley: {read} documents read, {} parsed ({sentences} sentences), {skipped} skipped",
        read - skipped
    );
    Ok(if read > skipped {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(crate::EXIT_NOTHING_CODED)
    })
}

/// Parses the FORM column of CoNLL-U files; with `scores_only`, prints the
/// scores against the files' own columns instead of the parses.
fn parse_conllu(model: &Model, inputs: &[String], scores_only: bool) -> Result<ExitCode> {
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut buf = String::new();
    let (mut gold, mut predicted, mut skipped) = (Vec::new(), Vec::new(), 0usize);
    for input in inputs {
        let mut text = String::new();
        if input == "-" {
            std::io::stdin()
                .read_to_string(&mut text)
                .context("cannot read standard input")?;
        } else {
            text =
                std::fs::read_to_string(input).with_context(|| format!("cannot read {input}"))?;
        }
        let (sentences, errors) = conllu::parse(&text);
        for e in &errors {
            eprintln!("parley: skipped sentence: {input}:{e}");
        }
        skipped += errors.len();
        for s in sentences {
            let p = model.parse_sentence(&s);
            if !scores_only {
                buf.clear();
                conllu::write_sentence(&mut buf, &p);
                out.write_all(buf.as_bytes())?;
            }
            predicted.push(p);
            gold.push(s);
        }
    }
    eprintln!(
        "parley: {} sentences parsed, {skipped} skipped",
        predicted.len()
    );
    if scores_only {
        writeln!(
            out,
            "against the input's own columns: {}",
            parley_syntax::train::score(&gold, &predicted)
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Prints the syntax model's figures on the benchmark documents: load time,
/// memory taken by the loaded model, and tag + lemmatise + parse throughput
/// on one thread (segmentation done beforehand, not timed).
pub fn bench_syntax(docs: &[parley_text::Document], model_path: Option<&Path>) -> Result<()> {
    let bytes = match model_path {
        Some(p) => std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?,
        None => parley_syntax::model::EMBEDDED.to_vec(),
    };
    let rss_before = crate::peak_rss_kib();
    let start = Instant::now();
    let model = Model::from_bytes(&bytes).context("cannot load the syntax model")?;
    let load = start.elapsed().as_secs_f64();
    let rss_after = crate::peak_rss_kib();
    let sentences: Vec<Vec<&str>> = docs
        .iter()
        .flat_map(|d| {
            let seg = parley_text::segment(&d.text);
            seg.sentences
                .iter()
                .map(|s| {
                    seg.tokens[s.tokens.clone()]
                        .iter()
                        .map(|t| t.text(&d.text))
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let tokens: usize = sentences.iter().map(Vec::len).sum();
    // Three passes; the fastest counts (a shared machine only ever slows a pass down).
    let mut passes = Vec::new();
    for _ in 0..3 {
        let start = Instant::now();
        let mut roots = 0usize;
        for s in &sentences {
            roots += model.analyse(s).heads.iter().filter(|&&h| h == 0).count();
        }
        passes.push(start.elapsed().as_secs_f64().max(1e-9));
        assert_eq!(
            roots,
            sentences.iter().filter(|s| !s.is_empty()).count(),
            "one root per sentence"
        );
    }
    let secs = passes.iter().copied().fold(f64::INFINITY, f64::min);
    println!(
        "syntax model     {:.1} MB file, loaded in {:.0} ms",
        bytes.len() as f64 / 1e6,
        load * 1e3
    );
    if let (Some(a), Some(b)) = (rss_before, rss_after) {
        println!(
            "model memory MiB {:.1} (peak RSS growth while loading)",
            b.saturating_sub(a) as f64 / 1024.0
        );
    }
    println!(
        "syntax tokens/s  {:.0} (tag + lemmatise + parse, one thread, {tokens} tokens, fastest of {} passes: {})",
        tokens as f64 / secs,
        passes.len(),
        passes
            .iter()
            .map(|p| format!("{:.0}", tokens as f64 / p))
            .collect::<Vec<_>>()
            .join(" ")
    );
    Ok(())
}
