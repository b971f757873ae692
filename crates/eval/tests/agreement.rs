//! `parley eval` must print the same figures as shared/tools/score.py.

use std::path::{Path, PathBuf};
use std::process::Command;

use parley_eval::{load_jsonl, render, score, Figure};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn scored() -> Vec<(String, Figure)> {
    let gold = load_jsonl(&fixture("gold.jsonl")).unwrap();
    let system = load_jsonl(&fixture("system.jsonl")).unwrap();
    score(&gold, &system)
}

fn fig<'a>(r: &'a [(String, Figure)], key: &str) -> &'a Figure {
    &r.iter()
        .find(|(k, _)| k == key)
        .unwrap_or_else(|| panic!("{key} missing"))
        .1
}

/// Figures worked out by hand from the fixture (see the comments).
#[test]
fn hand_checked_figures() {
    let r = scored();
    // 9 system lines: 8 events and 1 place record (the scorer counts every line).
    assert_eq!(fig(&r, "system_events"), &Figure::Int(9));
    assert_eq!(fig(&r, "events_for_unknown_docs"), &Figure::Int(1));
    // PLOVER type: g1 CONSULT ok, g2 ASSAULT ok, g3 three dyads collapse to one
    // symmetric CONSULT ok, g4 ACCUSE is a false positive, g5 ACCUSE = DISAPPROVE
    // ok, g6 has no system event: tp 4, system 5, gold 5.
    let t = fig(&r, "events.plover.type");
    assert_eq!(t.get("tp"), Some(&Figure::Int(4)));
    assert_eq!(t.get("system"), Some(&Figure::Int(5)));
    assert_eq!(t.get("gold"), Some(&Figure::Int(5)));
    assert_eq!(t.get("precision"), Some(&Figure::Float(0.8)));
    // With actors all four still match (UKR from the code's first letters).
    let ta = fig(&r, "events.plover.type+actors");
    assert_eq!(ta.get("tp"), Some(&Figure::Int(4)));
    // Quad: g1 0 ok, g2 4 ok, g3 0 ok, g4 3 (ACCUSE) wrong, g5 3 ok, g6 0 wrong.
    assert_eq!(fig(&r, "quad5.accuracy"), &Figure::Float(0.6667));
    // Places: one gold toponym, found and within 161 km.
    assert_eq!(fig(&r, "places.resolved_within_161km"), &Figure::Float(1.0));
}

#[test]
fn agrees_with_score_py() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/tools/score.py");
    if !script.exists() {
        parley_testkit::skip(format_args!(
            "{} not found (run beside ../shared)",
            script.display()
        ));
        return;
    }
    let out = match Command::new("python3")
        .arg(&script)
        .arg("--gold")
        .arg(fixture("gold.jsonl"))
        .arg("--system")
        .arg(fixture("system.jsonl"))
        .output()
    {
        Ok(o) => o,
        Err(e) => {
            parley_testkit::skip(format_args!("python3 not available ({e})"));
            return;
        }
    };
    assert!(
        out.status.success(),
        "score.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let python = String::from_utf8(out.stdout).unwrap();
    assert_eq!(render(&scored()), python);
}
