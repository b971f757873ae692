//! Reading PETRARCH/TABARI actor dictionaries: entries, aliases, dated codes,
//! and errors that name the line and let the rest of the file be read.
//! Expectations written by hand.

use parley_kb::petrarch::{news_case, read_actors, DatedCode};
use parley_kb::{ImportedFile, ImportedKind, KbSources, KnowledgeBase};
use proptest::prelude::*;

fn code(code: &str, from: Option<&str>, to: Option<&str>) -> DatedCode {
    DatedCode {
        code: code.into(),
        from: from.map(String::from),
        to: to.map(String::from),
    }
}

#[test]
fn entries_aliases_and_dated_codes() {
    let text = "\
# a comment
TAMSIN_OKAFOR_  # invented for this test
+T._OKAFOR_
\t[NGAELI 600101-990528]
\t[NGAGOV 990529-070529]
\t[NGAELI]

RIVER_PEOPLES_FRONT_ [NGAREB] # one line
+RPF_
IGNATIUS_MBEKI_ [ZAFGOV >20150101]
";
    let d = read_actors("test.actors", text);
    assert!(d.errors.is_empty(), "{:?}", d.errors);
    assert_eq!(d.actors.len(), 3);
    let t = &d.actors[0];
    assert_eq!(t.names, ["TAMSIN OKAFOR", "T. OKAFOR"]);
    assert_eq!(t.line, 2);
    assert_eq!(
        t.codes,
        [
            code("NGAELI", Some("1960-01-01"), Some("1999-05-28")),
            code("NGAGOV", Some("1999-05-29"), Some("2007-05-29")),
            code("NGAELI", None, None),
        ]
    );
    assert!(t.codes[2].is_default());
    assert_eq!(d.actors[1].names, ["RIVER PEOPLES FRONT", "RPF"]);
    assert_eq!(d.actors[1].codes, [code("NGAREB", None, None)]);
    assert_eq!(
        d.actors[2].codes,
        [code("ZAFGOV", Some("2015-01-01"), None)]
    );
}

#[test]
fn bad_lines_are_reported_and_skipped() {
    let text = "\
\t[NGAGOV]
+STRAY_ALIAS_
FIRST_ACTOR_
\t[NGAGOV 2004017-20061201]
\t[NGAGOV 990529-070529]
SECOND_ACTOR_ [ngagov]
THIRD_ACTOR_ [NGAGOV
NO_CODE_ACTOR_

FOURTH_ACTOR_ [NGAMIL <19991231]
FIFTH_ACTOR_ [NGAGOVABCDEFGHIJKLM]
";
    let d = read_actors("bad.actors", text);
    let lines: Vec<usize> = d.errors.iter().map(|e| e.line).collect();
    // Line 6 has a bad code, so SECOND_ACTOR_ is reported again as codeless.
    // Line 11: a code too long, then no code left.
    assert_eq!(lines, [1, 2, 4, 6, 7, 6, 8, 11, 11], "{:#?}", d.errors);
    assert!(d.errors[0].to_string().starts_with("bad.actors:1: "));
    assert!(d.errors[2].message.contains("bad date"), "{}", d.errors[2]);
    let names: Vec<&str> = d.actors.iter().map(|a| a.names[0].as_str()).collect();
    assert_eq!(names, ["FIRST ACTOR", "FOURTH ACTOR"]);
    assert_eq!(d.actors[0].codes.len(), 1, "the well-dated code is kept");
    assert_eq!(
        d.actors[1].codes,
        [code("NGAMIL", None, Some("1999-12-31"))]
    );
}

#[test]
fn case_of_names() {
    assert_eq!(news_case("TAMSIN OKAFOR"), "Tamsin Okafor");
    assert_eq!(news_case("RPF"), "RPF");
    // Function words stay lower case after the first word.
    assert_eq!(
        news_case("DEMOCRATIC FRONT FOR THE LIBERATION OF PALESTINE"),
        "Democratic Front for the Liberation of Palestine"
    );
    assert_eq!(news_case("THE HAGUE"), "The Hague");
}

proptest! {
    /// Any text reads without a panic; every actor read has a name and a
    /// code, and every error names a line of the text.
    #[test]
    fn never_panics(text in "(([A-Z_+\\[\\]><0-9. -]|IND|IGO|\t|\n|#){0,200})") {
        let d = read_actors("p.actors", &text);
        let lines = text.lines().count();
        for a in &d.actors {
            prop_assert!(!a.names.is_empty() && !a.codes.is_empty());
            prop_assert!(a.line >= 1 && a.line <= lines);
        }
        for e in &d.errors {
            prop_assert!(e.line >= 1 && e.line <= lines);
        }
        // Its rows always compile into a knowledge base.
        let rows = parley_kb::petrarch::kb_rows("p.actors", &d.actors, |r| r == "IND");
        let people = rows.people.join("\n");
        let orgs = rows.organisations.join("\n");
        let imported = [
            ImportedFile { name: "p", kind: ImportedKind::People, text: &people },
            ImportedFile { name: "o", kind: ImportedKind::Organisations, text: &orgs },
        ];
        let src = KbSources { countries: "", organisations: "", roles: "", people: "", imported: &imported };
        let compiled = KnowledgeBase::compile(src);
        prop_assert!(compiled.is_ok(), "{:?}\n{people}\n{orgs}", compiled.err());
    }
}

/// Entries become knowledge-base rows: people (dated codes) one row per
/// term, default last; organisations (undated codes); countries and roots
/// parley does not know are left out. Rows written by hand.
#[test]
fn rows_for_the_knowledge_base() {
    let text = "\
TAMSIN_OKAFOR_
+T._OKAFOR_
\t[NGAELI]
\t[NGAGOV 990529-070529]
RIVER_PEOPLES_FRONT_ [NGAREB]
+RPF_
THE_ISLAND_COUNCIL_ [IGOUNO]
NIGERIA_ [NGA]
+LAGOS_
ZUMBA_LEAGUE_ [XYZREB]
OKAFOR_ [NGAGOV 990529-070529]
NIGER_DELTA_FREEDOM_ARMY_(NDFA)_ [NGAREB]
VIRGIN_ISLANDS_(UKVI)_ [NGAREB]
";
    let d = read_actors("t.actors", text);
    assert!(d.errors.is_empty(), "{:?}", d.errors);
    let rows = parley_kb::petrarch::kb_rows("t.actors", &d.actors, |r| r == "NGA");
    assert_eq!(
        rows.people,
        [
            "Tamsin Okafor\tT. Okafor\tNGA\tGOV\tCAMEO NGAGOV (PETRARCH dictionary)\t1999-05-29\t2007-05-29\tt.actors:1",
            "Tamsin Okafor\tT. Okafor\tNGA\tELI\tCAMEO NGAELI (PETRARCH dictionary)\t\t\tt.actors:1",
        ]
    );
    assert_eq!(
        rows.organisations,
        [
            "NGAREB\tNGA\tREB\tRiver Peoples Front|RPF",
            "IGOUNO\tIGO\tIGO\tIsland Council",
            // An acronym in parentheses is a name of its own when its
            // letters are the name's initials, else part of the name.
            "NGAREB\tNGA\tREB\tNiger Delta Freedom Army|NDFA",
            "NGAREB\tNGA\tREB\tVirgin Islands (Ukvi)",
        ]
    );
    assert_eq!(rows.countries, 1);
    let skipped: Vec<usize> = rows.skipped.iter().map(|e| e.line).collect();
    assert_eq!(skipped, [10, 11], "{:?}", rows.skipped);
}

/// Agents: substitution sets, given and made plurals, codes; rows by
/// sector; bad lines reported. Written by hand.
#[test]
fn agents_and_their_rows() {
    let text = "\
!PERSON! = MAN, WOMAN
HERDS!PERSON! [~AGR]
CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
RIOT_POLICE {} [~COP]
!MINIST! FOR_FARMS [~GOVAGR]
TRUCE_MONITOR [IGO~]
NO_CODE_HERE
BAD_CODE [~GO]
";
    let d = parley_kb::petrarch::read_agents("a.txt", text);
    let lines: Vec<usize> = d.errors.iter().map(|e| e.line).collect();
    // Line 5 uses a set never defined: reported, like the lines with no or
    // a bad code.
    assert_eq!(lines, [5, 7, 8], "{:?}", d.errors);
    let forms: Vec<Vec<&str>> = d
        .agents
        .iter()
        .map(|a| a.forms.iter().map(String::as_str).collect())
        .collect();
    assert_eq!(
        forms,
        [
            vec!["herdsman", "herdswoman", "herdsmen", "herdswomen"],
            vec!["chamber of commerce", "chambers of commerce"],
            vec!["riot police"],
            vec!["truce monitor", "truce monitors"],
        ]
    );
    assert_eq!(
        parley_kb::petrarch::role_rows(&d.agents),
        [
            "AGR\therdsman|herdswoman|herdsmen|herdswomen",
            "BUS\tchamber of commerce|chambers of commerce",
            "COP\triot police",
            "IGO\ttruce monitor|truce monitors",
        ]
    );
}
