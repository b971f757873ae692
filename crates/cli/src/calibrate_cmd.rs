//! `parley calibrate`: fits the event confidence table on gold sets and
//! reports, by two-fold cross-validation, how well calibrated it is.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::{code_file, Pipeline};
use anyhow::{Context, Result};
use parley_coder::{confidence_key, ConfidenceTable};

/// One judged event: its document's number (for the folds), kind and outcome.
struct Judged {
    doc: usize,
    key: String,
    right: bool,
}

fn judge_file(path: &Path, pipeline: &Pipeline, first_doc: &mut usize) -> Result<Vec<Judged>> {
    let gold = parley_eval::load_jsonl(path)?;
    let mut keys = Vec::new();
    let mut values = Vec::new();
    let coded = code_file(path, pipeline, &mut |doc, e, rec| {
        keys.push((*first_doc + doc, confidence_key(e)));
        values.push(rec);
    });
    let outcomes = parley_eval::event_outcomes(&gold, &values);
    *first_doc += coded;
    Ok(keys
        .into_iter()
        .zip(outcomes)
        .filter_map(|((doc, key), o)| o.map(|right| Judged { doc, key, right }))
        .collect())
}

/// Brier score and expected calibration error (10 equal-width bins) of
/// predictions against outcomes.
fn calibration_figures(pairs: &[(f32, bool)]) -> (f64, f64) {
    if pairs.is_empty() {
        return (0.0, 0.0);
    }
    let n = pairs.len() as f64;
    let brier = pairs
        .iter()
        .map(|&(p, y)| (p as f64 - f64::from(u8::from(y))).powi(2))
        .sum::<f64>()
        / n;
    let mut bins = [(0usize, 0.0f64, 0usize); 10];
    for &(p, y) in pairs {
        let b = ((p * 10.0) as usize).min(9);
        bins[b].0 += 1;
        bins[b].1 += p as f64;
        bins[b].2 += usize::from(y);
    }
    let ece = bins
        .iter()
        .filter(|b| b.0 > 0)
        .map(|&(count, sum_p, right)| {
            let c = count as f64;
            (c / n) * (sum_p / c - right as f64 / c).abs()
        })
        .sum();
    (brier, ece)
}

pub(crate) fn run_calibrate(gold_files: &[PathBuf], out: Option<&Path>) -> Result<ExitCode> {
    let pipeline = Pipeline::new();
    let mut judged = Vec::new();
    let mut doc = 0;
    for path in gold_files {
        judged.extend(judge_file(path, &pipeline, &mut doc)?);
    }
    let table = ConfidenceTable::fit(judged.iter().map(|j| (j.key.as_str(), j.right)));
    let mut stdout = std::io::stdout().lock();
    writeln!(
        stdout,
        "{} judged events from {doc} documents; {} right",
        judged.len(),
        judged.iter().filter(|j| j.right).count()
    )?;
    writeln!(stdout, "kind\tevents\tright\tconfidence")?;
    for (key, r) in table.rows() {
        writeln!(
            stdout,
            "{key}\t{}\t{}\t{:.2}",
            r.events, r.correct, r.confidence
        )?;
    }
    // Two folds by document: fit on one, measure on the other.
    let mut fitted = Vec::new();
    let mut constant = Vec::new();
    for fold in 0..2 {
        let train: Vec<&Judged> = judged.iter().filter(|j| j.doc % 2 != fold).collect();
        let t = ConfidenceTable::fit(train.iter().map(|j| (j.key.as_str(), j.right)));
        let base = t.confidence("*");
        for j in judged.iter().filter(|j| j.doc % 2 == fold) {
            fitted.push((t.confidence(&j.key), j.right));
            constant.push((base, j.right));
        }
    }
    let (brier, ece) = calibration_figures(&fitted);
    let (brier0, ece0) = calibration_figures(&constant);
    writeln!(
        stdout,
        "two-fold cross-validation: Brier {brier:.4} ECE {ece:.4} (one overall rate: Brier {brier0:.4} ECE {ece0:.4})"
    )?;
    if let Some(path) = out {
        std::fs::write(path, table.to_tsv())
            .with_context(|| format!("writing {}", path.display()))?;
        writeln!(stdout, "wrote {}", path.display())?;
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::calibration_figures;

    #[test]
    fn figures_of_perfect_and_useless_predictions() {
        let perfect = [(1.0, true), (0.0, false)];
        assert_eq!(calibration_figures(&perfect), (0.0, 0.0));
        // Always 0.5 on half-right data: Brier 0.25, calibrated (ECE 0).
        let half = [(0.5, true), (0.5, false)];
        assert_eq!(calibration_figures(&half), (0.25, 0.0));
        // Always 0.9 on data that is right half the time: ECE 0.4.
        let over = [(0.9, true), (0.9, false)];
        let (_, ece) = calibration_figures(&over);
        assert!((ece - 0.4).abs() < 1e-6, "{ece}");
    }
}
