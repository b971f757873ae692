//! `parley train-coder`: the keep-or-drop decision learned from annotated
//! news leads (format in data/annotations/README.md).
//!
//! The annotations hold offsets and labels only; the texts are read from the
//! corpora they point into. A lead is the first `lead` characters of its
//! article text with whitespace collapsed. Every candidate the rules report
//! (coded without a decision model) is an example: an event when the lead's
//! annotation has an event of the same PLOVER category in the sentence that
//! holds the candidate's trigger. Documents are taken in id order and
//! training is deterministic, so the same annotations give the same file.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use parley_coder::{analyse_document, Coder, DocumentView, LogisticModel, LogisticSettings};
use parley_kb::KnowledgeBase;
use parley_text::CharIndex;
use serde_json::Value;

/// Which annotated documents to use.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Split {
    /// The train split (documents whose id's SHA-256 ends in a byte of 52 or more).
    Train,
    /// The dev split (the other fifth).
    Dev,
    /// Every annotated document.
    All,
}

/// `parley train-coder`'s options.
#[derive(clap::Args)]
pub struct TrainCoderArgs {
    /// Annotation files (JSON Lines, data/annotations format).
    #[arg(long = "annotations", required = true, num_args = 1..)]
    pub annotations: Vec<PathBuf>,
    /// The folder of the corpora the annotations point into.
    #[arg(long, default_value = "../shared/data/corpora")]
    pub corpora: PathBuf,
    /// The documents to train on.
    #[arg(long, value_enum, default_value_t = Split::Train)]
    pub split: Split,
    /// Where to write the model.
    #[arg(long)]
    pub out: PathBuf,
    /// Passes over the examples.
    #[arg(long)]
    pub epochs: Option<usize>,
    /// Keep threshold written into the model.
    #[arg(long)]
    pub threshold: Option<f32>,
    /// L2 penalty per example.
    #[arg(long)]
    pub l2: Option<f32>,
    /// Also report how the model's decisions do on the candidates of this
    /// split (the dev split, to choose settings without the held-out sets).
    #[arg(long, value_enum)]
    pub report: Option<Split>,
}

/// The split a document id falls in.
pub fn split_of(doc: &str) -> Split {
    let hash = parley_store::content_hash(doc);
    let last = u8::from_str_radix(&hash[hash.len() - 2..], 16).expect("hexadecimal");
    if last < 52 {
        Split::Dev
    } else {
        Split::Train
    }
}

/// One annotated lead joined with its text.
pub struct Lead {
    /// `own-` and the corpus id.
    pub id: String,
    /// The article's date.
    pub date: Option<String>,
    /// The lead's text.
    pub text: String,
    /// (PLOVER category, sentence start, sentence end) of each annotated
    /// event, in characters.
    pub events: Vec<(String, usize, usize)>,
}

/// The annotated leads of `split`, joined with their texts, in id order.
pub fn read_leads(
    annotations: &[PathBuf],
    corpora: &std::path::Path,
    split: Split,
) -> Result<Vec<Lead>> {
    let mut wanted: Vec<Value> = Vec::new();
    for path in annotations {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let v: Value = serde_json::from_str(line)
                .with_context(|| format!("{}:{}: not JSON", path.display(), n + 1))?;
            let doc = v["doc"].as_str().unwrap_or_default();
            if split == Split::All || split_of(doc) == split {
                wanted.push(v);
            }
        }
    }
    let mut texts: HashMap<(String, String), (String, Option<String>)> = HashMap::new();
    let corpora_needed: std::collections::BTreeSet<String> = wanted
        .iter()
        .filter_map(|v| v["corpus"].as_str().map(String::from))
        .collect();
    for corpus in corpora_needed {
        let path = corpora.join(format!("{corpus}.jsonl"));
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        for line in text.lines() {
            let v: Value = serde_json::from_str(line)
                .with_context(|| format!("{}: a line is not JSON", path.display()))?;
            if let (Some(id), Some(t)) = (v["id"].as_str(), v["text"].as_str()) {
                texts.insert(
                    (corpus.clone(), id.to_string()),
                    (t.to_string(), v["date"].as_str().map(String::from)),
                );
            }
        }
    }
    let mut leads = Vec::new();
    for v in &wanted {
        let (corpus, doc) = (
            v["corpus"].as_str().unwrap_or_default(),
            v["doc"].as_str().unwrap_or_default(),
        );
        let Some((text, date)) = texts.get(&(corpus.to_string(), doc.to_string())) else {
            bail!("{doc} is not in {corpus}");
        };
        let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let chars = v["lead"].as_u64().unwrap_or(0) as usize;
        let lead: String = collapsed.chars().take(chars).collect();
        if lead.chars().count() != chars {
            bail!("{doc}: the article is shorter than its annotated lead");
        }
        let events = v["events"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .filter_map(|e| {
                Some((
                    e["plover"].as_str()?.to_string(),
                    e["sentence"][0].as_u64()? as usize,
                    e["sentence"][1].as_u64()? as usize,
                ))
            })
            .collect();
        leads.push(Lead {
            id: format!("own-{doc}"),
            date: date.clone(),
            text: lead,
            events,
        });
    }
    leads.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(leads)
}

/// The examples of `leads`: each reported candidate's features and whether
/// it is an annotated event.
pub fn examples_of(leads: &[Lead]) -> Vec<(Vec<String>, bool)> {
    let kb = KnowledgeBase::embedded();
    let analyser = Coder::embedded_analyser();
    let coder = Coder::embedded().with_decider(None);
    let mut out = Vec::new();
    for lead in leads {
        let analysed = analyse_document(&lead.text, lead.date.as_deref(), kb, &analyser, &coder);
        let view = DocumentView {
            text: &lead.text,
            segmentation: &analysed.segmentation,
            analyses: &analysed.analyses,
        };
        let shared = view.document_features();
        let index = CharIndex::new(&lead.text);
        for e in analysed.events.iter().filter(|e| e.is_reported()) {
            let at = index.char_offset(e.trigger.start);
            let plover = e.plover.as_deref().unwrap_or_default();
            let label = lead
                .events
                .iter()
                .any(|(p, s, t)| p == plover && *s <= at && at < *t);
            let mut features = view.event_features(e);
            features.extend(shared.iter().cloned());
            out.push((features, label));
        }
    }
    out
}

/// `parley train-coder`.
pub fn run(args: TrainCoderArgs) -> Result<ExitCode> {
    let leads = read_leads(&args.annotations, &args.corpora, args.split)?;
    if leads.is_empty() {
        bail!("no annotated documents in that split");
    }
    let examples = examples_of(&leads);
    let positives = examples.iter().filter(|(_, l)| *l).count();
    eprintln!(
        "parley: {} leads, {} candidates ({positives} annotated events, {} not)",
        leads.len(),
        examples.len(),
        examples.len() - positives
    );
    let mut settings = LogisticSettings::default();
    if let Some(e) = args.epochs {
        settings.epochs = e;
    }
    if let Some(t) = args.threshold {
        settings.threshold = t;
    }
    if let Some(l2) = args.l2 {
        settings.l2 = l2;
    }
    let model = LogisticModel::train(&examples, settings);
    let kept = examples
        .iter()
        .filter(|(f, _)| model.probability(f) >= model.threshold)
        .collect::<Vec<_>>();
    let right = kept.iter().filter(|(_, l)| *l).count();
    eprintln!(
        "parley: on the training examples, {} kept ({right} of them events; {} events dropped)",
        kept.len(),
        positives - right
    );
    if let Some(split) = args.report {
        let report = examples_of(&read_leads(&args.annotations, &args.corpora, split)?);
        let events = report.iter().filter(|(_, l)| *l).count();
        for threshold in [0.3, 0.4, 0.5, 0.6, 0.7] {
            let kept: Vec<_> = report
                .iter()
                .filter(|(f, _)| model.probability(f) >= threshold)
                .collect();
            let right = kept.iter().filter(|(_, l)| *l).count();
            eprintln!(
                "parley: report split, threshold {threshold}: {} of {} candidates kept; \
                 precision {:.3} (all kept: {:.3}), events kept {right} of {events}",
                kept.len(),
                report.len(),
                right as f64 / kept.len().max(1) as f64,
                events as f64 / report.len().max(1) as f64,
            );
        }
    }
    write_model(&args.out, &model)
}

/// Writes a trained model and says so.
fn write_model(out: &std::path::Path, model: &LogisticModel) -> Result<ExitCode> {
    std::fs::write(out, model.to_tsv())
        .with_context(|| format!("cannot write {}", out.display()))?;
    eprintln!("parley: wrote {} ({} features)", out.display(), model.len());
    Ok(ExitCode::SUCCESS)
}

/// `parley train-genre`'s options.
#[derive(clap::Args)]
pub struct TrainGenreArgs {
    /// The BBC corpus (JSON Lines; ids `bbc-SECTION-NNN`): the section is
    /// the label (sport, entertainment and tech against politics and
    /// business).
    #[arg(long, default_value = "../shared/data/corpora/bbc-news.jsonl")]
    pub corpus: PathBuf,
    /// Corpora of political and economic news only (every document a
    /// negative example): they teach the model what is not sport in other
    /// styles (lower-case feeds, wire copy).
    #[arg(long, num_args = 1..)]
    pub negative: Vec<PathBuf>,
    /// Annotation files whose documents are left out of training (so that
    /// the own dev split stays unseen).
    #[arg(long, num_args = 1..)]
    pub exclude: Vec<PathBuf>,
    /// Where to write the model.
    #[arg(long)]
    pub out: PathBuf,
    /// Keep threshold written into the model. Low, because the two errors
    /// cost unequally: an article wrongly classed soft still keeps its
    /// events with an institution on a side, while a soft article wrongly
    /// classed hard keeps every spurious event. 0.1 was chosen by two-fold
    /// cross-validation over the BBC articles (`tools/genre_cv.py`;
    /// crates/coder/data/README.md gives the figures).
    #[arg(long, default_value_t = 0.1)]
    pub threshold: f32,
}

/// Sections whose news is not political.
const SOFT_SECTIONS: &[&str] = &["sport", "entertainment", "tech"];

/// `parley train-genre`: trains on the train split of the corpus (by id
/// hash, as the annotations) and reports accuracy on the rest.
pub fn run_genre(args: TrainGenreArgs) -> Result<ExitCode> {
    let mut excluded = std::collections::HashSet::new();
    for path in &args.exclude {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: Value = serde_json::from_str(line)
                .with_context(|| format!("{}: a line is not JSON", path.display()))?;
            excluded.insert(v["doc"].as_str().unwrap_or_default().to_string());
        }
    }
    let mut docs: Vec<(String, Vec<String>, bool)> = Vec::new();
    let sources =
        std::iter::once((&args.corpus, true)).chain(args.negative.iter().map(|p| (p, false)));
    for (path, sectioned) in sources {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        for (n, line) in text.lines().enumerate() {
            let v: Value = serde_json::from_str(line)
                .with_context(|| format!("{}:{}: not JSON", path.display(), n + 1))?;
            let id = v["id"].as_str().unwrap_or_default().to_string();
            if excluded.contains(&id) {
                continue;
            }
            let soft = sectioned
                && id
                    .split('-')
                    .nth(1)
                    .is_some_and(|section| SOFT_SECTIONS.contains(&section));
            let features = parley_coder::genre_features(v["text"].as_str().unwrap_or_default());
            docs.push((id, features, soft));
        }
    }
    docs.sort_by(|a, b| a.0.cmp(&b.0));
    let (train, dev): (Vec<_>, Vec<_>) = docs
        .into_iter()
        .partition(|d| split_of(&d.0) == Split::Train);
    // Stochastic gradient descent learns most from what it sees last: the
    // examples go in an order fixed by a hash of their ids, not sorted by
    // section and corpus (which left the last corpus's words the strongest).
    let mut ordered: Vec<&(String, Vec<String>, bool)> = train.iter().collect();
    ordered.sort_by_key(|(id, _, _)| (fnv1a(id.as_bytes()), id.clone()));
    let examples: Vec<(Vec<String>, bool)> =
        ordered.iter().map(|(_, f, l)| (f.clone(), *l)).collect();
    let settings = LogisticSettings {
        epochs: 10,
        rate: 0.1,
        l2: 1e-3,
        threshold: args.threshold,
    };
    let model = LogisticModel::train(&examples, settings);
    let right = dev
        .iter()
        .filter(|(_, f, l)| (model.probability(f) >= model.threshold) == *l)
        .count();
    eprintln!(
        "parley: trained on {} documents; {right} of {} held-back documents classed right ({:.3})",
        train.len(),
        dev.len(),
        right as f64 / dev.len().max(1) as f64
    );
    // The held-back articles of the sectioned corpus, as the threshold
    // would class them: soft sections found, political and business
    // articles lost to the soft rule.
    let sectioned: Vec<&(String, Vec<String>, bool)> = dev
        .iter()
        .filter(|(id, _, _)| id.starts_with("bbc-"))
        .collect();
    let soft = sectioned.iter().filter(|d| d.2).count();
    for threshold in [0.05, 0.1, 0.2, 0.3, 0.5] {
        let classed = |want: bool| {
            sectioned
                .iter()
                .filter(|d| d.2 == want && model.probability(&d.1) >= threshold)
                .count()
        };
        eprintln!(
            "parley: held-back sectioned articles, threshold {threshold}: {} of {soft} soft ones \
             classed soft, {} of {} others",
            classed(true),
            classed(false),
            sectioned.len() - soft
        );
    }
    write_model(&args.out, &model)
}

/// The 64-bit FNV-1a hash: a fixed, platform-independent order for training
/// examples.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
