//! The confidence table: its file format, the fit, and that events carry it.

use parley_coder::{code_text, confidence_key, ConfidenceTable};

#[test]
fn fit_smooths_small_kinds_towards_the_overall_rate() {
    // 20 events of kind a, all right; 20 of kind b, none right: overall 0.5.
    let judged: Vec<(&str, bool)> = (0..20)
        .map(|_| ("a", true))
        .chain((0..20).map(|_| ("b", false)))
        .collect();
    let t = ConfidenceTable::fit(judged);
    // (20 + 10 * 0.5) / (20 + 10) = 0.8333 -> 0.83; (0 + 5) / 30 = 0.1667 -> 0.17.
    assert_eq!(t.confidence("a"), 0.83);
    assert_eq!(t.confidence("b"), 0.17);
    assert_eq!(t.confidence("never seen"), 0.5);
    // The file format round-trips.
    assert_eq!(ConfidenceTable::parse(&t.to_tsv()).unwrap(), t);
}

#[test]
fn bad_tables_are_errors_with_line_numbers() {
    let cases = [
        ("*\t1\t1\n", 1, "expected 4 columns"),
        ("# c\n*\t2\t3\t0.5\n", 2, "more correct than events"),
        ("*\t2\t1\t1.5\n", 1, "not a number in [0, 1]"),
        ("a\tx\t1\t0.5\n*\t1\t1\t0.5\n", 1, "not a count"),
        ("a\t1\t1\t0.5\na\t1\t1\t0.5\n*\t1\t1\t0.5\n", 2, "twice"),
        ("a\t1\t1\t0.5\n", 0, "no fallback"),
    ];
    for (text, line, message) in cases {
        let e = ConfidenceTable::parse(text).unwrap_err();
        assert_eq!(e.line, line, "{text:?}");
        assert!(e.message.contains(message), "{text:?}: {}", e.message);
    }
}

#[test]
fn events_carry_the_embedded_tables_confidence() {
    let table = ConfidenceTable::embedded();
    assert!(table.rows().count() > 10, "the embedded table was fitted");
    let events = code_text("India and Australia held talks in Canberra.", None);
    let e = &events[0];
    let key = confidence_key(e);
    // A two-word pattern, both parties named, quad class 1.
    assert_eq!(key, "2/both/1");
    assert_eq!(e.confidence, table.confidence(&key));
    assert!(e.confidence > 0.0 && e.confidence <= 1.0);
}
