//! `parley actors --discovered`: people that articles name after a title but
//! that the knowledge base does not know, for review and promotion into
//! `crates/kb/data/people.tsv`.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result};
use parley_read::{read_inputs, Input};

use crate::{Pipeline, EXIT_NOTHING_CODED};

/// What was seen of one discovered person.
struct Seen {
    /// The mention as written where it was first seen ("Defence Minister …").
    evidence: String,
    documents: usize,
    mentions: usize,
    first: String,
    last: String,
    /// Document index of the last sighting (to count documents once).
    last_doc: usize,
}

/// Where a document is: its id and, when known, its date.
fn place_of(doc: &parley_text::Document) -> String {
    match &doc.date {
        Some(d) => format!("{} ({d})", doc.id),
        None => doc.id.clone(),
    }
}

/// Reads `inputs`, analyses every document (each recognising the people
/// discovered in the documents before it by their full names) and writes one
/// TSV row per discovered person (name, country, sectors), in name order.
pub fn run_actors(inputs: &[String], out: &mut dyn Write) -> Result<ExitCode> {
    let inputs: Vec<Input> = inputs.iter().map(|s| Input::from_arg(s)).collect();
    let pipeline = Pipeline::new();
    let mut people: BTreeMap<(String, String, String), Seen> = BTreeMap::new();
    // Documents are read in order, each knowing the people discovered before it.
    let mut known = std::sync::Arc::new(parley_coder::KnownPeople::default());
    let (mut read, mut skipped) = (0usize, 0usize);
    read_inputs(&inputs, &mut |item| match item {
        Ok(doc) => {
            let index = read;
            read += 1;
            let analysed = pipeline.analyse_knowing(&doc, known.clone());
            std::sync::Arc::make_mut(&mut known).learn(&analysed.mentions);
            for mention in analysed.mentions.iter().flat_map(|m| &m.actors) {
                let actor = &mention.actor;
                let (true, Some(name)) = (actor.discovered, &actor.person) else {
                    continue;
                };
                let key = (
                    name.clone(),
                    actor.country.clone().unwrap_or_default(),
                    actor.sectors.join(" "),
                );
                let here = place_of(&doc);
                let seen = people.entry(key).or_insert_with(|| Seen {
                    evidence: mention
                        .span
                        .text(&doc.text)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                    documents: 0,
                    mentions: 0,
                    first: here.clone(),
                    last: here.clone(),
                    last_doc: usize::MAX,
                });
                seen.mentions += 1;
                if seen.last_doc != index {
                    seen.documents += 1;
                    seen.last_doc = index;
                }
                seen.last = here;
            }
        }
        Err(e) => {
            skipped += 1;
            eprintln!("parley: skipped: {e}");
        }
    });
    writeln!(
        out,
        "# People named after a title but not in the knowledge base (review before adding them to people.tsv)"
    )?;
    writeln!(
        out,
        "name\tcountry\tsectors\tevidence\tdocuments\tmentions\tfirst_seen\tlast_seen"
    )?;
    for ((name, country, sectors), s) in &people {
        writeln!(
            out,
            "{name}\t{country}\t{sectors}\t{}\t{}\t{}\t{}\t{}",
            s.evidence, s.documents, s.mentions, s.first, s.last
        )
        .context("cannot write the list")?;
    }
    eprintln!(
        "parley: {read} documents read, {skipped} skipped, {} people discovered",
        people.len()
    );
    Ok(if read == 0 {
        ExitCode::from(EXIT_NOTHING_CODED)
    } else {
        ExitCode::SUCCESS
    })
}
