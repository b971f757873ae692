//! Tests of the embedded knowledge base and of its compiler's errors.

use parley_kb::{EntryKind, KbSources, KnowledgeBase};

fn resolve(words: &[&str]) -> Option<(usize, String)> {
    let kb = KnowledgeBase::embedded();
    let m = kb.longest_match(words, 0)?;
    let e = m.entries[0];
    let code = match e.kind {
        EntryKind::Organisation(i) => kb.organisation(i).country.clone(),
        EntryKind::Role(i) => kb.role(i).sectors.join(" "),
        EntryKind::Person(i) => kb.person(i).country.clone(),
        _ => kb.country_of(e)?.iso3.clone(),
    };
    Some((m.len, code))
}

/// Table of surface forms and what they must resolve to (checked by hand).
#[test]
fn surface_forms() {
    let cases: &[(&[&str], usize, &str)] = &[
        (&["India"], 1, "IND"),
        (&["Indian"], 1, "IND"),
        (&["South", "Korean"], 2, "KOR"),
        (&["South", "Korea"], 2, "KOR"),
        (&["North", "Korea"], 2, "PRK"),
        (&["New", "Zealand"], 2, "NZL"),
        (&["U.S."], 1, "USA"),
        (&["US"], 1, "USA"),
        (&["United", "States"], 2, "USA"),
        (&["Emirati"], 1, "ARE"),
        (&["Britain"], 1, "GBR"),
        (&["British"], 1, "GBR"),
        (&["Laos"], 1, "LAO"),
        (&["Vientiane"], 1, "LAO"),
        (&["Kremlin"], 1, "RUS"),
        (&["NEW", "DELHI"], 2, "IND"),
        (&["Burma"], 1, "MMR"),
        (&["Palestinian"], 1, "PSE"),
        (&["United", "Nations"], 2, "IGO"),
        (&["European", "Community"], 2, "IGO"),
        (&["EC"], 1, "IGO"),
        (&["Paris", "Club"], 2, "IGO"),
        (&["Group", "of", "Five"], 3, "IGO"),
        (&["NATO"], 1, "IGO"),
        (&["ASEAN"], 1, "IGO"),
        (&["Hamas"], 1, "PSE"),
        (&["defence", "minister"], 2, "GOV MIL"),
        (&["Defense", "Minister"], 2, "GOV MIL"),
        (&["troops"], 1, "MIL"),
        (&["police"], 1, "COP"),
        (&["Rajnath", "Singh"], 2, "IND"),
        // Parties and national political movements (organizations.tsv).
        (&["BJP"], 1, "IND"),
        (&["Samajwadi", "Party"], 2, "IND"),
        (&["VHP"], 1, "IND"),
        (&["Labour", "Party"], 2, "GBR"),
        (&["ANC"], 1, "ZAF"),
        (&["Likud"], 1, "ISR"),
        (&["Kuomintang"], 1, "TWN"),
        // National agencies (organizations.tsv).
        (&["SEC"], 1, "USA"),
        (&["Bundesbank"], 1, "DEU"),
        (&["KGB"], 1, "RUS"),
        (&["Crown", "Prosecution", "Service"], 3, "GBR"),
        // Trade union federations (organizations.tsv), not a legislature.
        (&["Trades", "Union", "Congress"], 3, "GBR"),
        (&["COSATU"], 1, "ZAF"),
        // India's houses, in lower-case feeds too (not Sabha, Libya).
        (&["lok", "sabha"], 2, "IND"),
        (&["Rajya", "Sabha"], 2, "IND"),
        // Phoenix names with function words as news writes them, and
        // their acronyms.
        (&["Liberation", "Tigers", "of", "Tamil", "Eelam"], 5, "LKA"),
        (&["LTTE"], 1, "LKA"),
    ];
    for (words, len, want) in cases {
        let got = resolve(words);
        assert_eq!(got, Some((*len, want.to_string())), "{words:?}");
    }
}

#[test]
fn case_rules_keep_common_words_out() {
    assert!(resolve(&["us"]).is_none(), "lower-case 'us' is a pronoun");
    assert!(
        resolve(&["china"]).is_none(),
        "lower-case 'china' is porcelain"
    );
    assert!(resolve(&["turkey"]).is_none());
    // Party short forms that are also other things are not listed.
    assert!(
        resolve(&["EFF"]).is_none(),
        "Electronic Frontier Foundation"
    );
    assert!(resolve(&["PAN"]).is_none(), "India's tax number");
    assert!(
        resolve(&["CBI"]).is_none(),
        "also Britain's employers' body"
    );
    assert!(resolve(&["ICE"]).is_none(), "ice");
    assert!(
        resolve(&["Congress"]) != Some((1, "IND".into())),
        "the US legislature"
    );
}

#[test]
fn sizes() {
    let kb = KnowledgeBase::embedded();
    assert!(kb.countries().len() >= 245, "{}", kb.countries().len());
    assert!(
        kb.organisations().len() >= 150,
        "{}",
        kb.organisations().len()
    );
    assert!(kb.roles().len() >= 80, "{}", kb.roles().len());
    assert!(kb.people().len() >= 40, "{}", kb.people().len());
}

#[test]
fn dated_offices() {
    let kb = KnowledgeBase::embedded();
    let p = kb
        .people()
        .iter()
        .find(|p| p.name == "Lloyd Austin" || p.name == "Lloyd J. Austin")
        .unwrap();
    assert!(p.holds_office_on(Some("2024-11-21")));
    assert!(!p.holds_office_on(Some("2019-01-01")));
}

#[test]
fn compiler_errors_name_file_and_line() {
    let src = KbSources {
        countries: "# c\nIND\tIndia\tIndian\n",
        organisations: "",
        roles: "",
        people: "",
        imported: &[],
    };
    let err = KnowledgeBase::compile(src).unwrap_err();
    assert_eq!((err.file.as_str(), err.line), ("countries.tsv", 2));
    let src = KbSources {
        countries: "",
        organisations: "",
        roles: "gov\tminister\n",
        people: "",
        imported: &[],
    };
    let err = KnowledgeBase::compile(src).unwrap_err();
    assert!(
        err.to_string().starts_with("roles.tsv:1: bad sectors"),
        "{err}"
    );
    let src = KbSources {
        countries: "",
        organisations: "",
        roles: "",
        people: "A B\t\tIND\tGOV\tX\t2024\t\ts\n",
        imported: &[],
    };
    let err = KnowledgeBase::compile(src).unwrap_err();
    assert!(err.to_string().contains("bad date"), "{err}");
}

/// Country forms: names, peoples and metonyms of the embedded data, once
/// each, sorted; no organisation, role or person.
#[test]
fn country_forms_are_names_peoples_and_metonyms() {
    let forms = KnowledgeBase::embedded().country_forms();
    for want in [
        "India",
        "Indian",
        "Indians",
        "Moscow",
        "New Delhi",
        "Kremlin",
    ] {
        assert!(forms.iter().any(|f| f == want), "{want} missing");
    }
    for not in ["NATO", "police", "United Nations"] {
        assert!(!forms.iter().any(|f| f == not), "{not} is no country form");
    }
    assert!(forms.windows(2).all(|w| w[0] < w[1]), "sorted, once each");
}

/// Which office term applies: parley's own people fall back to their first
/// term; an imported person's dated terms apply only on a known date within
/// them, else their default term, else nothing (their country remains when
/// all their terms share it). Own names win over imported ones.
#[test]
fn imported_terms_apply_only_on_their_dates() {
    use parley_kb::{ImportedFile, ImportedKind};
    let own = "Tamsin Okafor\t\tNGA\tGOV\tPresident\t2010-01-01\t2014-01-01\ts\n";
    let imported = "\
Tamsin Okafor\t\tGHA\tGOV\tCAMEO GHAGOV\t\t\tt:1
Ruth Adeyemi\t\tNGA\tGOV\tCAMEO NGAGOV\t1999-05-29\t2007-05-29\tt:2
Ruth Adeyemi\t\tNGA\tELI\tCAMEO NGAELI\t\t\tt:2
Ike Bello\t\tNGA\tGOV\tCAMEO NGAGOV\t1999-05-29\t2007-05-29\tt:3
";
    let files = [ImportedFile {
        name: "t-people.tsv",
        kind: ImportedKind::People,
        text: imported,
    }];
    let kb = KnowledgeBase::compile(KbSources {
        countries: "",
        organisations: "",
        roles: "",
        people: own,
        imported: &files,
    })
    .unwrap();
    let person = |name: &str| -> usize {
        let words: Vec<&str> = name.split(' ').collect();
        let m = kb.longest_match(&words, 0).expect(name);
        match m.entries[0].kind {
            EntryKind::Person(i) => i,
            other => panic!("{name}: {other:?}"),
        }
    };
    let code = |name: &str, date: Option<&str>| {
        kb.term_on(person(name), date)
            .map(|t| format!("{}{}", t.country, t.sectors.concat()))
    };
    // Own entry wins; outside its term it still applies.
    assert_eq!(
        code("Tamsin Okafor", Some("2012-01-01")).as_deref(),
        Some("NGAGOV")
    );
    assert_eq!(
        code("Tamsin Okafor", Some("2020-01-01")).as_deref(),
        Some("NGAGOV")
    );
    assert_eq!(kb.terms_of(person("Tamsin Okafor")).count(), 1);
    // Imported: the dated term on its dates, else the default.
    assert_eq!(
        code("Ruth Adeyemi", Some("2003-01-01")).as_deref(),
        Some("NGAGOV")
    );
    assert_eq!(
        code("Ruth Adeyemi", Some("2010-01-01")).as_deref(),
        Some("NGAELI")
    );
    assert_eq!(code("Ruth Adeyemi", None).as_deref(), Some("NGAELI"));
    // Imported with no default: nothing outside the dates, but the country.
    assert_eq!(
        code("Ike Bello", Some("2003-01-01")).as_deref(),
        Some("NGAGOV")
    );
    assert_eq!(code("Ike Bello", Some("2010-01-01")), None);
    assert_eq!(code("Ike Bello", None), None);
    assert_eq!(kb.country_of_person(person("Ike Bello")), Some("NGA"));
}
