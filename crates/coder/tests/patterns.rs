//! Runs every example sentence of every pattern family through the whole
//! pipeline. A positive example (`+ sentence => CODE SRC > TGT`) must yield an
//! event with exactly that CAMEO code and those actor/recipient countries; a
//! negative example (`- sentence`) must yield no event of the family's root.

use parley_coder::{analyse_text, CodedEvent, PatternSet};

/// Events asserted or future (including CAMEO statements PLOVER discards).
fn code_all(text: &str) -> Vec<CodedEvent> {
    let doc = analyse_text(text, Some("2024-11-22"));
    doc.events
        .into_iter()
        .filter(|e| e.modality.is_kept_by_default())
        .collect()
}

fn countries(parties: &[parley_coder::Party]) -> Vec<String> {
    let mut v: Vec<String> = parties
        .iter()
        .filter_map(|p| p.actor.country.clone())
        // "---", an unknown country, counts as none (as the scorer reads it).
        .filter(|c| c != "---")
        .collect();
    v.sort();
    v.dedup();
    v
}

fn describe(events: &[CodedEvent]) -> String {
    let parts: Vec<String> = events
        .iter()
        .map(|e| {
            format!(
                "{} {}{} > {} ({})",
                e.cameo,
                if e.symmetric { "sym " } else { "" },
                countries(&e.actors).join(","),
                countries(&e.recipients).join(","),
                e.rule
            )
        })
        .collect();
    if parts.is_empty() {
        "no events".into()
    } else {
        parts.join("; ")
    }
}

#[test]
fn family_examples() {
    let set = PatternSet::embedded();
    let mut failures = Vec::new();
    let mut checked = 0;
    for family in set.families() {
        for ex in &family.examples {
            checked += 1;
            let events = code_all(&ex.sentence);
            let ok = match &ex.expect {
                Some(want) => events.iter().any(|e| {
                    if e.cameo != want.cameo {
                        return false;
                    }
                    let (src, tgt) = (countries(&e.actors), countries(&e.recipients));
                    if want.symmetric || e.symmetric {
                        let mut u: Vec<String> = src.into_iter().chain(tgt).collect();
                        u.sort();
                        u.dedup();
                        let mut w: Vec<String> =
                            want.sources.iter().chain(&want.targets).cloned().collect();
                        w.sort();
                        w.dedup();
                        u == w
                    } else {
                        src == want.sources && tgt == want.targets
                    }
                }),
                None => !events.iter().any(|e| e.cameo.starts_with(&family.root)),
            };
            if !ok {
                let want = match &ex.expect {
                    Some(w) => format!(
                        "{} {}{} > {}",
                        w.cameo,
                        if w.symmetric { "sym " } else { "" },
                        w.sources.join(","),
                        w.targets.join(",")
                    ),
                    None => format!("no {} event", family.root),
                };
                failures.push(format!(
                    "{}:{}: {:?}\n    want: {want}\n    got:  {}",
                    family.file,
                    ex.line,
                    ex.sentence,
                    describe(&events)
                ));
            }
        }
    }
    assert!(checked > 0, "no examples found");
    assert!(
        failures.is_empty(),
        "{} of {checked} examples fail:\n{}\nhelp: fix the pattern (or the example) in crates/coder/patterns/; run `parley explain \"SENTENCE\"` to see why",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_root_has_patterns_and_examples() {
    let set = PatternSet::embedded();
    for root in 1..=20 {
        let root = format!("{root:02}");
        let n = set
            .patterns()
            .iter()
            .filter(|p| p.cameo.starts_with(&root))
            .count();
        assert!(n >= 3, "root {root} has only {n} patterns");
        let fam = set
            .families()
            .iter()
            .find(|f| f.root == root)
            .unwrap_or_else(|| panic!("no family file for root {root}"));
        let pos = fam.examples.iter().filter(|e| e.expect.is_some()).count();
        let neg = fam.examples.len() - pos;
        assert!(
            pos >= 3 && neg >= 2,
            "{}: {pos} positive and {neg} negative examples (help: at least 3 and 2)",
            fam.file
        );
    }
}

/// Coverage of the whole ontology: every 3-digit CAMEO code has a pattern
/// and a positive example (a 4-digit code's pattern or example counts for
/// its 3-digit parent).
#[test]
fn every_three_digit_code_has_a_pattern_and_an_example() {
    let set = PatternSet::embedded();
    let ontology = parley_ontology::Ontology::embedded();
    let codes: Vec<&str> = ontology
        .cameo_codes()
        .map(|c| c.code.as_str())
        .filter(|c| c.len() == 3)
        .collect();
    assert!(codes.len() > 100, "the ontology lists the 3-digit codes");
    let mut missing = Vec::new();
    for code in codes {
        let has_pattern = set.patterns().iter().any(|p| p.cameo.starts_with(code));
        let has_example = set.families().iter().any(|f| {
            f.examples
                .iter()
                .filter_map(|e| e.expect.as_ref())
                .any(|w| w.cameo.starts_with(code))
        });
        if !has_pattern || !has_example {
            missing.push(format!(
                "{code} (pattern: {has_pattern}, example: {has_example})"
            ));
        }
    }
    assert!(
        missing.is_empty(),
        "CAMEO codes without a pattern or a positive example: {}",
        missing.join(", ")
    );
}
