//! `parley audit`: a random sample of coded events, printed for a reader to
//! judge, and the tally of the judged file.
//!
//! The sample is drawn with a seeded generator from every event the run
//! reports, so `--sample N --seed S` names the same events on the same
//! input and model. Each event is a block:
//!
//! ```text
//! ## 3 of 200: bbc-politics-044:2
//! sentence: Police arrested 12 protesters in Lahore on Monday.
//! trigger:  arrested
//! event:    COERCE (CAMEO 173)
//! source:   PAKCOP "Police"
//! target:   PAKOPP "protesters"
//! verdict:  event=? type=? source=? target=?
//! ```
//!
//! The reader replaces each `?` with `y` or `n` (`event`: is this a
//! political event the sentence states, by ../shared/ANNOTATION.md; the
//! others: is that field right; leave `?` where `event=n`). `parley audit
//! --tally FILE` reads the verdicts back and prints the counts.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use parley_read::{Input, ReadOptions};
use parley_text::{CharIndex, SplitMix64};

use crate::Pipeline;

/// `parley audit`'s options.
#[derive(clap::Args)]
pub struct AuditArgs {
    /// Articles to code and sample from (as for `parley code`).
    pub inputs: Vec<String>,
    /// Events to sample.
    #[arg(long, default_value_t = 200)]
    pub sample: usize,
    /// Seed of the sample.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Instead of sampling: read a judged audit file and print the tally.
    #[arg(long, conflicts_with = "inputs")]
    pub tally: Option<PathBuf>,
}

/// One event as the reader sees it.
struct Shown {
    id: String,
    sentence: String,
    trigger: String,
    event: String,
    source: String,
    target: String,
}

/// `parley audit`.
pub fn run(args: AuditArgs) -> Result<ExitCode> {
    if let Some(path) = &args.tally {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let t = tally(&text).map_err(|e| anyhow::anyhow!("{}:{e}", path.display()))?;
        print!("{t}");
        return Ok(ExitCode::SUCCESS);
    }
    if args.inputs.is_empty() {
        bail!("give the articles to sample from (or --tally FILE)");
    }
    let inputs: Vec<Input> = args.inputs.iter().map(|s| Input::from_arg(s)).collect();
    let pipeline = Pipeline::new();
    let mut all: Vec<Shown> = Vec::new();
    let (mut read, mut skipped) = (0usize, 0usize);
    parley_read::read_inputs_with(&inputs, &ReadOptions::default(), &mut |item| {
        read += 1;
        let doc = match item {
            Ok(d) => d,
            Err(e) => {
                skipped += 1;
                eprintln!("parley: skipped: {e}");
                return;
            }
        };
        let analysed = pipeline.analyse(&doc);
        let idx = CharIndex::new(&doc.text);
        for rec in crate::store_cmd::records_of(&doc, &idx, &analysed) {
            let parties = |ps: &[parley_records::ActorRecord]| -> String {
                if ps.is_empty() {
                    return "(none)".into();
                }
                ps.iter()
                    .map(|p| match &p.entity_text {
                        Some(t) => format!("{} {t:?}", p.code),
                        None => format!(
                            "{} (unnamed: inferred from the place or the other side)",
                            p.code
                        ),
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            all.push(Shown {
                id: rec.event_id.clone(),
                sentence: rec
                    .sentence_text
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                trigger: rec.event_text.clone(),
                event: format!(
                    "{}{} (CAMEO {})",
                    rec.event.as_deref().unwrap_or("-"),
                    if rec.symmetric { ", joint" } else { "" },
                    rec.cameo
                ),
                source: parties(&rec.actor),
                target: parties(&rec.recipient),
            });
        }
    });
    // A seeded partial Fisher–Yates shuffle: the first N are the sample.
    let mut rng = SplitMix64::new(args.seed);
    let n = args.sample.min(all.len());
    for i in 0..n {
        let j = i + (rng.next_u64() % (all.len() - i) as u64) as usize;
        all.swap(i, j);
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    writeln!(
        out,
        "# parley audit: {n} events sampled (seed {}) from {} reported in {} documents\n",
        args.seed,
        all.len(),
        read - skipped
    )?;
    writeln!(
        out,
        "For each event replace every ? with y or n: event = a political event the sentence \
         states (../shared/ANNOTATION.md); type, source, target = that field is right (leave ? \
         when event=n). Then: parley audit --tally THIS_FILE\n"
    )?;
    for (k, s) in all.iter().take(n).enumerate() {
        writeln!(out, "## {} of {n}: {}", k + 1, s.id)?;
        writeln!(out, "sentence: {}", s.sentence)?;
        writeln!(out, "trigger:  {}", s.trigger)?;
        writeln!(out, "event:    {}", s.event)?;
        writeln!(out, "source:   {}", s.source)?;
        writeln!(out, "target:   {}", s.target)?;
        writeln!(out, "verdict:  event=? type=? source=? target=?\n")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The counts of a judged audit file; an error names the line of a
/// malformed verdict. A note may follow a verdict line's fields after " #".
pub fn tally(text: &str) -> Result<String, String> {
    let (mut judged, mut unjudged, mut events, mut fully) = (0, 0, 0, 0);
    let mut right = [0usize; 3];
    let mut asked = [0usize; 3];
    for (n, line) in text.lines().enumerate() {
        let Some(rest) = line.strip_prefix("verdict:") else {
            continue;
        };
        // A judge's note may follow the verdicts after " #".
        let rest = rest.split_once(" #").map_or(rest, |(verdicts, _)| verdicts);
        let mut v: [Option<bool>; 4] = [None; 4];
        for part in rest.split_whitespace() {
            let Some((key, value)) = part.split_once('=') else {
                return Err(format!("{}: {part:?} is not key=value", n + 1));
            };
            let k = match key {
                "event" => 0,
                "type" => 1,
                "source" => 2,
                "target" => 3,
                _ => return Err(format!("{}: unknown verdict {key:?}", n + 1)),
            };
            v[k] = match value {
                "y" | "Y" => Some(true),
                "n" | "N" => Some(false),
                "?" => None,
                _ => return Err(format!("{}: {value:?} is not y, n or ?", n + 1)),
            };
        }
        match v[0] {
            None => unjudged += 1,
            Some(is_event) => {
                judged += 1;
                if is_event {
                    events += 1;
                    for f in 0..3 {
                        if let Some(r) = v[f + 1] {
                            asked[f] += 1;
                            right[f] += usize::from(r);
                        }
                    }
                    if v[1..].iter().all(|x| *x == Some(true)) {
                        fully += 1;
                    }
                }
            }
        }
    }
    let pct = |a: usize, b: usize| {
        if b == 0 {
            "-".to_string()
        } else {
            format!("{:.1} %", 100.0 * a as f64 / b as f64)
        }
    };
    let mut out = format!("judged events      {judged} ({unjudged} not judged)\n");
    out += &format!("political events   {events} ({})\n", pct(events, judged));
    out += &format!(
        "fully right        {fully} ({} of judged)\n",
        pct(fully, judged)
    );
    for (f, name) in ["type", "source", "target"].iter().enumerate() {
        out += &format!(
            "{name:<18} {} right of {} political events judged on it ({})\n",
            right[f],
            asked[f],
            pct(right[f], asked[f])
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counts written by hand for a small judged file.
    #[test]
    fn tallies_verdicts() {
        let text = "## 1\nverdict:  event=y type=y source=y target=y\n\
                    ## 2\nverdict:  event=y type=y source=n target=y # wrong speaker\n\
                    ## 3\nverdict:  event=n type=? source=? target=?\n\
                    ## 4\nverdict:  event=? type=? source=? target=?\n";
        let t = tally(text).unwrap();
        assert!(t.contains("judged events      3 (1 not judged)"), "{t}");
        assert!(t.contains("political events   2 (66.7 %)"), "{t}");
        assert!(t.contains("fully right        1 (33.3 % of judged)"), "{t}");
        assert!(t.contains("source             1 right of 2"), "{t}");
    }

    #[test]
    fn malformed_verdicts_name_their_line() {
        assert_eq!(
            tally("x\nverdict: event=maybe\n").unwrap_err(),
            "2: \"maybe\" is not y, n or ?"
        );
        assert!(tally("verdict: colour=y\n")
            .unwrap_err()
            .starts_with("1: unknown"));
    }
}
