//! Checks of the embedded ontology tables against hand-checked facts.

use parley_ontology::Ontology;

#[test]
fn every_root_and_many_codes() {
    let o = Ontology::embedded();
    for root in 1..=20 {
        let code = format!("{root:02}");
        assert!(o.cameo(&code).is_some(), "root {code} missing");
    }
    let n3 = o.cameo_codes().filter(|c| c.code.len() == 3).count();
    let n4 = o.cameo_codes().filter(|c| c.code.len() == 4).count();
    // CAMEO 1.1b3 as published in GDELT's lookup table: 147 + 144 codes.
    assert_eq!(n3, 147);
    assert_eq!(n4, 144);
}

/// Values checked by hand against the CAMEO codebook and Goldstein (1992).
#[test]
fn known_codes() {
    let o = Ontology::embedded();
    let cases: &[(&str, f32, u8, &str)] = &[
        ("040", 1.0, 1, "CONSULT"),
        ("042", 1.9, 1, "CONSULT"),
        ("057", 8.0, 1, "SUPPORT"),
        ("031", 5.2, 1, "AGREE"),
        ("020", 3.0, 1, "REQUEST"),
        ("016", -2.0, 1, "REJECT"), // parley's decision (tools/gen_ontology.py): a denial rejects
        ("112", -2.0, 3, "ACCUSE"),
        ("173", -5.0, 4, "COERCE"),
        ("190", -10.0, 4, "ASSAULT"),
        ("0874", 10.0, 2, "RETREAT"),
        ("141", -6.5, 3, "PROTEST"), // GDELT QuadClass puts root 14 in verbal conflict
    ];
    for (code, goldstein, quad, plover) in cases {
        let c = o.cameo(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(c.goldstein, *goldstein, "{code} Goldstein");
        assert_eq!(c.quad, *quad, "{code} quad");
        assert_eq!(
            o.plover_of(code).unwrap().category,
            *plover,
            "{code} PLOVER"
        );
    }
}

#[test]
fn every_code_maps_to_plover() {
    let o = Ontology::embedded();
    for c in o.cameo_codes() {
        let m = o
            .plover_of(&c.code)
            .unwrap_or_else(|| panic!("{} unmapped", c.code));
        assert!(
            m.category == "DISCARD" || o.plover_category(&m.category).is_some(),
            "{} maps to {}, which is not a PLOVER 0.8 category",
            c.code,
            m.category
        );
    }
    assert_eq!(o.plover_categories().len(), 16);
    for name in [
        "AGREE", "CONSULT", "ASSAULT", "COERCE", "REQUEST", "PROTEST",
    ] {
        assert!(o.plover_category(name).is_some(), "{name}");
    }
    assert!(o.plover_category("CONSULT").unwrap().modes.len() >= 2);
    assert_eq!(o.auxiliary_modes().len(), 4);
}

#[test]
fn errors_name_file_and_line() {
    let err = Ontology::parse("# header\n01\tMake statement\tzero\t1\n", "", "").unwrap_err();
    assert_eq!(err.file, "cameo.tsv");
    assert_eq!(err.line, 2);
    assert!(err.to_string().contains("Goldstein"));
    let err = Ontology::parse("01\tX\t0.0\t1\n", "", "999\tAGREE\n").unwrap_err();
    assert!(err.to_string().contains("unknown CAMEO code 999"), "{err}");
}
