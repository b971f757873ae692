//! `parley train-names`: the name recogniser learned from GUM's entity layer.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use parley_mentions::names::{
    evaluate, gum_names, NameKind, NameRecogniser, NameSentence, NameSettings,
};
use parley_syntax::conllu::Sentence;
use parley_syntax::Model;

use crate::syntax_cmd::{read_exclude, read_treebank, treebank_files};

/// Options of `parley train-names`.
#[derive(clap::Args)]
pub struct TrainNamesArgs {
    /// GUM CoNLL-U files (with `Entity=` in MISC), or directories of them.
    #[arg(long = "treebank", required = true, num_args = 1..)]
    pub treebanks: Vec<PathBuf>,
    /// File of document names (file stems, one per line) to leave out of
    /// training; those found among the treebank files are scored after training.
    #[arg(long)]
    pub exclude: Option<PathBuf>,
    /// Where to write the model.
    #[arg(long)]
    pub out: PathBuf,
    /// Passes over the training data.
    #[arg(long)]
    pub epochs: Option<usize>,
    /// Drop feature rows whose averaged weights are all below this (a
    /// smaller, faster model).
    #[arg(long)]
    pub prune: Option<f32>,
    /// Print the first N held-out sentences where the recogniser and the
    /// gold names disagree (gold `[..]`, found `{..}`).
    #[arg(long, default_value_t = 0)]
    pub show_errors: usize,
}

/// The syntax model's XPOS tags of `forms` (as the pipeline will see them).
fn xpos_of(model: &Model, forms: &[String]) -> Vec<String> {
    let refs: Vec<&str> = forms.iter().map(String::as_str).collect();
    model
        .tagger
        .tag(&refs)
        .into_iter()
        .map(|t| model.tagger.tags[t].xpos.clone())
        .collect()
}

/// `s` lower-cased, with the tags the syntax model gives the lower-cased words.
fn lowered(s: &NameSentence, model: &Model) -> NameSentence {
    let forms: Vec<String> = s.forms.iter().map(|f| f.to_lowercase()).collect();
    NameSentence {
        xpos: xpos_of(model, &forms),
        forms,
        names: s.names.clone(),
    }
}

/// Name sentences of treebank sentences, with the syntax model's tags; with
/// `lower_too`, each also lower-cased (unless it has nothing to fold).
fn name_sentences(treebank: &[Sentence], model: &Model, lower_too: bool) -> Vec<NameSentence> {
    let mut out = Vec::new();
    for s in treebank {
        let forms: Vec<String> = s.words.iter().map(|w| w.form.clone()).collect();
        let sentence = NameSentence {
            xpos: xpos_of(model, &forms),
            forms,
            names: gum_names(s),
        };
        let lower = lower_too.then(|| lowered(&sentence, model));
        out.push(sentence);
        out.extend(lower.filter(|l| l.forms != out.last().expect("pushed").forms));
    }
    out
}

fn report(label: &str, recogniser: &NameRecogniser, data: &[NameSentence]) {
    let (by_kind, all, spans) = evaluate(recogniser, data);
    let mut line = format!("{label:<22}");
    for (kind, s) in NameKind::ALL.iter().zip(by_kind) {
        let (p, r, f) = s.prf();
        line += &format!(
            "  {} P {:.3} R {:.3} F {:.3} ({})",
            kind.code(),
            p,
            r,
            f,
            s.gold
        );
    }
    let (p, r, f) = all.prf();
    line += &format!("  all P {p:.3} R {r:.3} F {f:.3} ({})", all.gold);
    let (p, r, f) = spans.prf();
    line += &format!("  spans P {p:.3} R {r:.3} F {f:.3}");
    println!("{line}");
}

/// `parley train-names`.
pub fn run(args: TrainNamesArgs) -> Result<ExitCode> {
    let exclude = read_exclude(args.exclude.as_deref())?;
    let files = treebank_files(&args.treebanks, &exclude)?;
    if files.is_empty() {
        bail!("no treebank files found");
    }
    let all_files = treebank_files(&args.treebanks, &BTreeSet::new())?;
    let held_out: Vec<PathBuf> = all_files
        .into_iter()
        .filter(|f| !files.contains(f))
        .collect();
    let model = Model::embedded();
    let start = Instant::now();
    let train = name_sentences(&read_treebank(&files)?, model, true);
    let names: usize = train.iter().map(|s| s.names.len()).sum();
    eprintln!(
        "parley: training on {} files: {} sentences (cased and lower-cased), {names} names",
        files.len(),
        train.len()
    );
    let mut settings = NameSettings::default();
    if let Some(e) = args.epochs {
        settings.epochs = e;
    }
    if let Some(p) = args.prune {
        settings.prune = p;
    }
    let recogniser = NameRecogniser::train(
        &train,
        &settings,
        &model.tagger.clusters,
        |epoch, accuracy| {
            eprintln!(
                "[{:>6.1}s] epoch {epoch}: training token accuracy {:.4}",
                start.elapsed().as_secs_f64(),
                accuracy
            );
        },
    );
    let bytes = recogniser.to_bytes();
    std::fs::write(&args.out, &bytes)
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    eprintln!(
        "parley: wrote {} ({} bytes, {} feature rows)",
        args.out.display(),
        bytes.len(),
        recogniser.classifier.n_features()
    );
    if !held_out.is_empty() {
        let dev = name_sentences(&read_treebank(&held_out)?, model, false);
        println!(
            "held-out: {} files, {} sentences",
            held_out.len(),
            dev.len()
        );
        report("held-out as written", &recogniser, &dev);
        let dev_lower: Vec<NameSentence> = dev.iter().map(|s| lowered(s, model)).collect();
        report("held-out lower-cased", &recogniser, &dev_lower);
        show_errors(&recogniser, &dev, args.show_errors);
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints up to `limit` sentences of `data` where `recogniser` and the gold
/// names differ: gold names in `[..]`, found ones in `{..}`, with their kinds.
fn show_errors(recogniser: &NameRecogniser, data: &[NameSentence], limit: usize) {
    let mut shown = 0;
    for s in data {
        if shown >= limit {
            break;
        }
        let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
        let xpos: Vec<&str> = s.xpos.iter().map(String::as_str).collect();
        let found = recogniser.recognise(&forms, &xpos);
        if found == s.names {
            continue;
        }
        shown += 1;
        let mut line = String::new();
        for (i, f) in forms.iter().enumerate() {
            for n in s.names.iter().filter(|n| n.tokens.start == i) {
                line += &format!("[{}:", n.kind.code());
            }
            for n in found.iter().filter(|n| n.tokens.start == i) {
                line += &format!("{{{}:", n.kind.code());
            }
            line += f;
            for _ in found.iter().filter(|n| n.tokens.end == i + 1) {
                line += "}";
            }
            for _ in s.names.iter().filter(|n| n.tokens.end == i + 1) {
                line += "]";
            }
            line += " ";
        }
        println!("{}", line.trim_end());
    }
}
