//! `parley places`: one JSON line per resolved place mention.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use parley_places::Gazetteer;
use parley_read::{read_inputs, Input};
use parley_text::CharIndex;

use crate::{Pipeline, EXIT_NOTHING_CODED};

/// Reads `inputs`, analyses every document and writes its resolved place
/// mentions: `doc_id`, `kind` ("place"), `start`/`end` (characters), `text`,
/// `name`, `country`, `lat`, `lon`, `geonameid`, `feature`. Ends with a
/// summary on standard error.
pub fn run_places(inputs: &[String], out: &mut dyn Write) -> Result<ExitCode> {
    let inputs: Vec<Input> = inputs.iter().map(|s| Input::from_arg(s)).collect();
    let pipeline = Pipeline::new();
    let gaz = Gazetteer::embedded();
    let (mut read, mut skipped, mut places) = (0usize, 0usize, 0usize);
    let mut failure = None;
    read_inputs(&inputs, &mut |item| match item {
        Ok(doc) => {
            read += 1;
            // The analysis resolves the places (for event locations).
            let analysed = pipeline.analyse(&doc);
            let idx = CharIndex::new(&doc.text);
            for p in &analysed.places {
                let g = gaz.place(p.place);
                let [start, end] = idx.char_span(p.span);
                let rec = serde_json::json!({
                    "doc_id": doc.id,
                    "kind": "place",
                    "start": start,
                    "end": end,
                    "text": p.span.text(&doc.text),
                    "name": g.name,
                    "country": (!g.country.is_empty()).then_some(&g.country),
                    "lat": g.lat,
                    "lon": g.lon,
                    "geonameid": g.geonameid,
                    "feature": g.feature.code(),
                });
                if failure.is_none() {
                    if let Err(e) = writeln!(out, "{rec}") {
                        failure = Some(e);
                    }
                }
                places += 1;
            }
        }
        Err(e) => {
            skipped += 1;
            eprintln!("parley: skipped {e}");
        }
    });
    if let Some(e) = failure {
        return Err(e.into());
    }
    eprintln!(
        "parley: {read} documents read, {} analysed, {skipped} skipped; {places} places",
        read
    );
    Ok(if read == 0 {
        ExitCode::from(EXIT_NOTHING_CODED)
    } else {
        ExitCode::SUCCESS
    })
}
