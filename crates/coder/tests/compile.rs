//! The pattern compiler's errors name file and line and give a hint.

use parley_coder::PatternSet;
use parley_ontology::Ontology;

#[test]
fn compile_errors() {
    let o = Ontology::embedded();
    let cases: &[(&str, &str, usize, &str)] = &[
        (
            "unknown code",
            "pattern 999 : meet\n",
            1,
            "unknown CAMEO code",
        ),
        (
            "unknown flag",
            "# c\npattern 040 [wiht] : meet\n",
            2,
            "unknown flag",
        ),
        (
            "leading gap",
            "pattern 040 : * meet\n",
            1,
            "must start with a required word",
        ),
        (
            "no colon",
            "pattern 040 meet\n",
            1,
            "expected `pattern CODE",
        ),
        (
            "bad example",
            "+ India met Japan.\n",
            1,
            "expected `+ SENTENCE",
        ),
        ("stray line", "meet\n", 1, "expected `pattern`"),
        (
            "lemmas mixed with exact forms",
            "pattern 040 : meet|=met\n",
            1,
            "mixes lemmas and exact forms",
        ),
    ];
    for (name, text, line, msg) in cases {
        let err = PatternSet::compile(&[("04_test.pat", text)], o).unwrap_err();
        assert_eq!(err.line, *line, "{name}");
        assert!(err.to_string().contains(msg), "{name}: {err}");
        assert!(err.to_string().starts_with("04_test.pat:"), "{name}: {err}");
    }
}

#[test]
fn compiles_flags_and_examples() {
    let o = Ontology::embedded();
    let set = PatternSet::compile(
        &[("04_test.pat", "pattern 040 [sym] : hold * talk\npattern 042 : visit\n+ India and Japan held talks. => 040 IND,JPN sym\n- Nothing here.\n")],
        o,
    )
    .unwrap();
    assert_eq!(set.patterns().len(), 2);
    assert!(set.patterns()[0].flags.symmetric);
    assert_eq!(set.patterns()[0].specificity, 2);
    let ex = &set.families()[0].examples;
    assert_eq!(ex.len(), 2);
    assert_eq!(ex[0].expect.as_ref().unwrap().sources, ["IND", "JPN"]);
    assert!(ex[1].expect.is_none());
}
