//! The shipped model on the held-out treebanks in ../shared (skipped, with a
//! printed reason, where they are absent).
//!
//! Issue 3's first bar on EWT test, UPOS 95.0, UAS 85.0 and LAS 82.0, is
//! asserted here (the committed model reaches 95.45 / 85.98 / 82.59, see
//! models/README.md). The GUM news floors are regression guards: those sets
//! are small (under 2,000 words each).

use std::path::{Path, PathBuf};

use parley_syntax::conllu;
use parley_syntax::train::{evaluate, Scores};
use parley_syntax::Model;

fn treebank(parts: &[&str]) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/treebanks");
    let paths: PathBuf = parts.iter().collect();
    let path = dir.join(paths);
    if path.exists() {
        Some(path)
    } else {
        parley_testkit::skip(format_args!(
            "{} not found (run beside ../shared)",
            path.display()
        ));
        None
    }
}

fn scores(files: &[PathBuf]) -> Scores {
    let mut sentences = Vec::new();
    for f in files {
        let (s, errors) = conllu::parse(&std::fs::read_to_string(f).expect("readable treebank"));
        assert!(errors.is_empty(), "{}: {errors:?}", f.display());
        sentences.extend(s);
    }
    let s = evaluate(Model::embedded(), &sentences);
    eprintln!("{}: {s}", files[0].display());
    s
}

#[test]
fn ewt_test() {
    let Some(path) = treebank(&["ewt", "en_ewt-ud-test.conllu"]) else {
        return;
    };
    let s = scores(&[path]);
    assert!(s.tokens == 25094, "{}", s.tokens);
    assert!(s.upos >= 95.0, "{s}");
    assert!(s.uas >= 85.0, "{s}");
    assert!(s.las >= 82.0, "{s}");
    assert!(s.lemma >= 96.0, "{s}");
}

#[test]
fn gum_test_news() {
    let files: Option<Vec<PathBuf>> = ["GUM_news_nasa.conllu", "GUM_news_sensitive.conllu"]
        .iter()
        .map(|f| treebank(&["gum", f]))
        .collect();
    let Some(files) = files else { return };
    let s = scores(&files);
    assert!(s.upos >= 94.5 && s.uas >= 82.0 && s.las >= 79.0, "{s}");
}
