//! The annotated news leads in data/annotations (format in its README):
//! every record well formed, every offset inside its lead and sentence, and,
//! beside ../shared, every lead rebuilt from its corpus with triggers that
//! are words of the text.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

const PLOVER: &[&str] = &[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];
const CORPORA: &[&str] = &["reuters21578", "bbc-news", "ag-news", "india-police-events"];

fn annotations() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/annotations")
}

fn records(file: &str) -> Vec<Value> {
    let text = std::fs::read_to_string(annotations().join(file)).expect("annotation file");
    text.lines()
        .enumerate()
        .map(|(n, l)| serde_json::from_str(l).unwrap_or_else(|e| panic!("{file}:{}: {e}", n + 1)))
        .collect()
}

/// Problems of one record (empty when it is well formed).
fn problems(r: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let lead = r["lead"].as_u64().unwrap_or(0) as usize;
    if lead == 0 {
        out.push("no lead length".into());
    }
    if !r["doc"].is_string() || !CORPORA.contains(&r["corpus"].as_str().unwrap_or("")) {
        out.push("doc or corpus missing or unknown".into());
    }
    let span = |v: &Value| -> Option<(usize, usize)> {
        Some((v[0].as_u64()? as usize, v[1].as_u64()? as usize))
    };
    for e in r["events"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
    {
        if !PLOVER.contains(&e["plover"].as_str().unwrap_or("")) {
            out.push(format!("category {}", e["plover"]));
        }
        for side in ["source", "target"] {
            let codes = e[side].as_array().map(Vec::as_slice).unwrap_or_default();
            if codes
                .iter()
                .any(|c| c.as_str().is_none_or(|c| c.chars().count() != 3))
            {
                out.push(format!("{side} codes {}", e[side]));
            }
        }
        if e["symmetric"] == true && e["target"].as_array().is_some_and(|t| !t.is_empty()) {
            out.push("symmetric with a target".into());
        }
        match (span(&e["sentence"]), span(&e["trigger"])) {
            (Some((s, t)), Some((a, b))) if s <= a && a < b && b <= t && t <= lead => {}
            _ => out.push(format!(
                "sentence {} / trigger {} not nested in a lead of {lead}",
                e["sentence"], e["trigger"]
            )),
        }
        if !matches!(e.get("modality"), None | Some(Value::String(_))) {
            out.push("modality".into());
        }
    }
    out
}

#[test]
fn annotation_records_are_well_formed() {
    for file in ["news-leads.jsonl", "news-leads.second.jsonl"] {
        let all = records(file);
        assert!(all.len() >= 40, "{file}: {} records", all.len());
        let mut docs = HashSet::new();
        for r in &all {
            let p = problems(r);
            assert!(p.is_empty(), "{file}: {}: {p:?}", r["doc"]);
            assert!(
                docs.insert(r["doc"].as_str().unwrap().to_string()),
                "{file}: {} twice",
                r["doc"]
            );
        }
    }
}

/// The checker finds what it is meant to find (hand-made bad records).
#[test]
fn malformed_records_are_caught() {
    let good = serde_json::json!({"doc": "d", "corpus": "bbc-news", "lead": 50, "events": [
        {"plover": "ACCUSE", "cameo": null, "source": ["GBR"], "target": [], "symmetric": false,
         "sentence": [0, 40], "trigger": [10, 18]}]});
    assert_eq!(problems(&good), Vec::<String>::new());
    let bad = |edits: &[(&str, Value)]| {
        let mut r = good.clone();
        for (field, v) in edits {
            match *field {
                "corpus" | "lead" => r[*field] = v.clone(),
                _ => r["events"][0][*field] = v.clone(),
            }
        }
        assert!(!problems(&r).is_empty(), "{edits:?} not caught");
    };
    bad(&[("plover", "FIGHT".into())]);
    bad(&[("source", serde_json::json!(["GB"]))]);
    bad(&[("trigger", serde_json::json!([35, 45]))]);
    bad(&[("sentence", serde_json::json!([0, 60]))]);
    bad(&[
        ("symmetric", true.into()),
        ("target", serde_json::json!(["FRA"])),
    ]);
    bad(&[("corpus", "guardian".into())]);
    bad(&[("lead", 0.into())]);
}

/// Beside ../shared: each lead is a prefix of its collapsed article text,
/// ends a sentence, and every trigger is whole words of it.
#[test]
fn leads_and_triggers_match_the_corpora() {
    let corpora = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/corpora");
    if !corpora.exists() {
        parley_testkit::skip(format_args!(
            "{} not found (run beside ../shared)",
            corpora.display()
        ));
        return;
    }
    let all = records("news-leads.jsonl");
    let mut texts: HashMap<(String, String), String> = HashMap::new();
    for corpus in CORPORA {
        let text = std::fs::read_to_string(corpora.join(format!("{corpus}.jsonl"))).unwrap();
        for line in text.lines() {
            let v: Value = serde_json::from_str(line).unwrap();
            texts.insert(
                (corpus.to_string(), v["id"].as_str().unwrap().to_string()),
                v["text"].as_str().unwrap().to_string(),
            );
        }
    }
    let mut triggers = 0;
    for r in &all {
        let key = (
            r["corpus"].as_str().unwrap().to_string(),
            r["doc"].as_str().unwrap().to_string(),
        );
        let text = texts
            .get(&key)
            .unwrap_or_else(|| panic!("{key:?} not in the corpora"));
        let collapsed: Vec<char> = text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .collect();
        let lead = r["lead"].as_u64().unwrap() as usize;
        assert!(
            lead <= collapsed.len(),
            "{key:?}: lead {lead} > {}",
            collapsed.len()
        );
        assert!(
            lead == collapsed.len() || collapsed[lead] == ' ',
            "{key:?}: the lead does not end at a word"
        );
        for e in r["events"].as_array().unwrap() {
            let (a, b) = (
                e["trigger"][0].as_u64().unwrap() as usize,
                e["trigger"][1].as_u64().unwrap() as usize,
            );
            let words: String = collapsed[a..b].iter().collect();
            assert!(
                !words.starts_with(' ') && !words.ends_with(' ') && !words.is_empty(),
                "{key:?}: trigger {words:?}"
            );
            triggers += 1;
        }
    }
    assert!(triggers > 500, "{triggers} triggers");
}
