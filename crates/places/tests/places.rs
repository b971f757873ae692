//! Place recognition and resolution on sentences written for these tests;
//! expectations written by hand (which Paris, which Georgia).

use parley_kb::KnowledgeBase;
use parley_mentions::{find_mentions, DocumentContext};
use parley_places::{find_places, Feature, Gazetteer, SentencePlaces};
use parley_syntax::{Analyser, ModelAnalyser};
use parley_text::segment;

/// The resolved places of `text`, with its segmentation.
fn resolve(text: &str) -> (parley_text::Segmentation, Vec<parley_places::ResolvedPlace>) {
    let kb = KnowledgeBase::embedded();
    let gaz = Gazetteer::embedded();
    let analyser = ModelAnalyser::embedded();
    let seg = segment(text);
    let mut ctx = DocumentContext::new(None);
    let mut analyses = Vec::new();
    let mut mentions = Vec::new();
    for i in 0..seg.sentences.len() {
        let tokens = seg.sentence_tokens(i);
        let a = analyser.analyse(text, tokens);
        mentions.push(find_mentions(kb, text, tokens, &a, &mut ctx));
        analyses.push(a);
    }
    let sentences: Vec<SentencePlaces<'_>> = (0..seg.sentences.len())
        .map(|i| SentencePlaces {
            tokens: seg.sentence_tokens(i),
            analysis: &analyses[i],
            actors: &mentions[i].actors,
        })
        .collect();
    let found = find_places(text, &sentences, kb, gaz);
    (seg, found)
}

/// `surface -> name COUNTRY FEATURE` for every place of `text`.
fn places(text: &str) -> Vec<String> {
    let gaz = Gazetteer::embedded();
    let (seg, found) = resolve(text);
    found
        .iter()
        .map(|p| {
            let g = gaz.place(p.place);
            let surface = p.span.text(text);
            // Spans point at the words.
            let words: Vec<&str> = seg.sentence_tokens(p.sentence)[p.tokens.clone()]
                .iter()
                .map(|t| t.text(text))
                .collect();
            let joined = words.join(" ").replace(" ,", ",");
            if words.len() == 1 && words[0].contains('-') && surface != words[0] {
                // A part of a hyphenated word.
                assert!(
                    words[0].split('-').any(|part| part == surface),
                    "{surface} in {joined}"
                );
            } else {
                assert_eq!(
                    surface.split_whitespace().collect::<Vec<_>>().join(" "),
                    joined
                );
            }
            format!("{surface} -> {} {} {}", g.name, g.country, g.feature.code())
        })
        .collect()
}

#[test]
fn disambiguation_by_qualifier_and_context() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The festival moved to Paris, Texas, last year.",
            &["Paris -> Paris USA PPL", "Texas -> Texas USA ADM1"],
        ),
        (
            "Protesters marched in Paris and Lyon.",
            &["Paris -> Paris FRA PPLC", "Lyon -> Lyon FRA PPL"],
        ),
        (
            "The team flew from Atlanta, Georgia, to Savannah.",
            &[
                "Atlanta -> Atlanta USA PPL",
                "Georgia -> Georgia USA ADM1",
                "Savannah -> Savannah USA PPL",
            ],
        ),
        (
            "Russian troops crossed into Georgia near Tbilisi.",
            &[
                "Russian -> Russia RUS PCLI",
                "Georgia -> Georgia GEO PCLI",
                "Tbilisi -> Tbilisi GEO PPLC",
            ],
        ),
        (
            "The ministers met in Vientiane, Laos.",
            &["Vientiane -> Vientiane LAO PPLC", "Laos -> Laos LAO PCLI"],
        ),
        (
            "He grew up in Athens, Ga.",
            &["Athens -> Athens USA PPL", "Ga -> Georgia USA ADM1"],
        ),
        (
            "Migrants crossed from Africa to Europe.",
            &["Africa -> Africa  CONT", "Europe -> Europe  CONT"],
        ),
        // The capital, not the state or the many towns of that name.
        (
            "Officials in Washington said.",
            &["Washington -> Washington USA PPLC"],
        ),
        (
            "He flew to Washington, D.C., on Monday.",
            &[
                "Washington -> Washington USA PPLC",
                "D.C. -> Washington USA PPLC",
            ],
        ),
        (
            "The ceremony was held in Washington DC on Thursday.",
            &["Washington -> Washington USA PPLC"],
        ),
        // US counties: the one in the state the story names; the longer
        // name beats a country's ("Guernsey" is also a Crown dependency).
        (
            "Flooding closed roads in Butler County, Ohio, on Monday.",
            &[
                "Butler County -> Butler County USA ADM2",
                "Ohio -> Ohio USA ADM1",
            ],
        ),
        (
            "Deputies in Guernsey County searched the farm.",
            &["Guernsey County -> Guernsey County USA ADM2"],
        ),
        (
            "Voters in Kanawha County backed the levy.",
            &["Kanawha County -> Kanawha County USA ADM2"],
        ),
        // Names inside hyphenated words; a hyphenated place name stays whole.
        (
            "Egyptian-US relations improved in Cairo.",
            &[
                "Egyptian -> Egypt EGY PCLI",
                "US -> United States USA PCLI",
                "Cairo -> Cairo EGY PPLC",
            ],
        ),
        (
            "A Kentucky-based firm won the contract.",
            &["Kentucky -> Kentucky USA ADM1"],
        ),
        (
            "The plant is in Winston-Salem.",
            &["Winston-Salem -> Winston-Salem USA PPL"],
        ),
        // Capitalised parts of one name are not places.
        ("Mercedes-Benz and Coca-Cola raised prices.", &[]),
        // A capital spelt without its accent, in both senses.
        (
            "The council met in San Jose, California.",
            &[
                "San Jose -> San Jose USA PPL",
                "California -> California USA ADM1",
            ],
        ),
        (
            "Costa Rican officials met in San Jose.",
            &[
                "Costa Rican -> Costa Rica CRI PCLI",
                "San Jose -> San José CRI PPLC",
            ],
        ),
        // A place starting an organisation's name. An article never starts
        // a place's other name ("The Bank" was one of Portsmouth's).
        (
            "Members of the Shanghai Cooperation Organisation met on Monday.",
            &["Shanghai -> Shanghai CHN PPL"],
        ),
        // A name the knowledge base knows whole is an organisation, and
        // the place in it is no place of its own.
        ("The Bank of England raised rates.", &[]),
        // A country qualifying a person's title is a place mention too.
        (
            "Egyptian President Hosni Mubarak flew to Cairo.",
            &["Egyptian -> Egypt EGY PCLI", "Cairo -> Cairo EGY PPLC"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(&places(text), want, "{text}");
    }
}

#[test]
fn datelines_and_non_places() {
    assert_eq!(
        places("NEW DELHI, Nov 21 (Reuters) - India and Australia held talks."),
        [
            "NEW DELHI -> New Delhi IND PPLC",
            "India -> India IND PCLI",
            "Australia -> Australia AUS PCLI"
        ]
    );
    // A town's name that begins a person's name is the name (Julian,
    // California), even after "to".
    assert_eq!(
        places("Ecuador granted asylum to Julian Assange."),
        ["Ecuador -> Ecuador ECU PCLI"]
    );
    // A person, a verb-like capitalised word, compass words, a function word.
    for text in [
        "Mr. Jackson said the plan was sound.",
        "Reading is popular among students.",
        "The North is colder than the South.",
        // Words of institutions alone are the words, not the hamlets
        // named by them.
        "The University announced a new Council and a Police Officer.",
    ] {
        assert_eq!(places(text), Vec::<String>::new(), "{text}");
    }
}

/// The town that begins an institution's name is a place; the words of
/// institutions after it are not. By hand.
#[test]
fn institutions_are_not_their_homonymous_hamlets() {
    assert_eq!(
        places("Officers of the Harlow Police Department spoke at the Garissa Medical Center."),
        ["Harlow -> Harlow GBR PPL", "Garissa -> Garissa KEN PPL"]
    );
}

/// A given name before a capitalised word begins a person's name, not a
/// place ("David" is also a town); a word of places after it, or a
/// division's name, keeps the place. By hand.
#[test]
fn given_names_begin_people_not_places() {
    assert_eq!(
        places("The class heard a talk by David Webb, the county historian."),
        Vec::<String>::new()
    );
    let found = places(
        "Volunteers collected food in Henry County and the Virginia Department of Education paid.",
    );
    assert!(
        found.iter().any(|p| p.starts_with("Henry County ->")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| p.starts_with("Virginia ->")),
        "{found:?}"
    );
}

#[test]
fn gazetteer_lookup_and_errors() {
    let gaz = Gazetteer::embedded();
    assert!(gaz.len() > 30_000);
    let vientiane: Vec<_> = gaz
        .lookup("vientiane")
        .iter()
        .map(|&i| gaz.place(i))
        .collect();
    assert!(vientiane
        .iter()
        .any(|p| p.country == "LAO" && p.feature == Feature::Capital));
    let laos = gaz.place(gaz.country("LAO").unwrap());
    assert_eq!(laos.name, "Laos");
    assert!(laos.derived_point);
    let cases = [
        (
            "1\tPPL\tFRA\t11\t48.85\t2.35\t100\t\tParis\n",
            "expected 10 columns",
        ),
        (
            "1\tXYZ\tFRA\t11\t48.85\t2.35\t100\t\tParis\t\n",
            "unknown feature",
        ),
        (
            "1\tPPL\tFRA\t11\t98.85\t2.35\t100\t\tParis\t\n",
            "out of range",
        ),
        (
            "x\tPPL\tFRA\t11\t48.85\t2.35\t100\t\tParis\t\n",
            "geonameid",
        ),
        ("1\tPPL\tFRA\t11\tnorth\t2.35\t100\t\tParis\t\n", "latitude"),
        ("1\tPPL\tFRA\t11\t48.85\t2.35\t100\t\t\t\n", "empty name"),
    ];
    for (text, message) in cases {
        let e = Gazetteer::parse(text).unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.message.contains(message), "{text:?}: {}", e.message);
    }
}

/// Which of the many same-name counties: the story's state decides, and
/// the county's point is its own (checked against the county seat by hand).
#[test]
fn counties_resolve_to_the_story_state() {
    let gaz = Gazetteer::embedded();
    let text = "Storms hit Kentucky on Monday. In Henry County, crews cleared trees.";
    let (_, found) = resolve(text);
    let county = found
        .iter()
        .map(|p| gaz.place(p.place))
        .find(|p| p.feature == Feature::Admin2)
        .expect("Henry County found");
    assert_eq!(
        (county.name.as_str(), county.admin1.as_str()),
        ("Henry County", "KY")
    );
    // New Castle, the county seat, lies at about 38.43 N, 85.17 W.
    assert!(
        (county.lat - 38.43).abs() < 0.3 && (county.lon + 85.17).abs() < 0.3,
        "{county:?}"
    );
    assert_eq!(county.geonameid, None);
    assert!(
        gaz.lookup("Henry County").len() > 5,
        "Henry County is in many states"
    );
}

/// Named regions (`data/regions.tsv`) are places of their country, and
/// GeoNames' Kosovo is CAMEO's KOS.
#[test]
fn regions_and_kosovo() {
    let cases: &[(&str, &[&str])] = &[
        (
            "India imposed a curfew in Kashmir.",
            &["India -> India IND PCLI", "Kashmir -> Kashmir IND RGN"],
        ),
        (
            "Shells fell on the Golan Heights and in Darfur.",
            &[
                "Golan Heights -> Golan Heights SYR RGN",
                "Darfur -> Darfur SDN RGN",
            ],
        ),
        // An alternate form names the region.
        (
            "Fighting resumed in the Donbass.",
            &["Donbass -> Donbas UKR RGN"],
        ),
        (
            "Serbia and Kosovo met.",
            &["Serbia -> Serbia SRB PCLI", "Kosovo -> Kosovo KOS PCLI"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(places(text), *want, "{text}");
    }
}

/// The regions file keeps its documented format and its promise: no
/// region is named like a country or first-level division of the gazetteer
/// (it would compete with it).
#[test]
fn regions_file_is_well_formed() {
    let text = include_str!("../data/regions.tsv");
    let regions = Gazetteer::parse(text).expect("regions.tsv parses");
    assert!(regions.len() >= 100, "{} regions", regions.len());
    let gaz = Gazetteer::embedded();
    for id in 0..regions.len() as u32 {
        let r = regions.place(id);
        assert_eq!(r.feature, Feature::Region, "{}", r.name);
        assert_eq!(r.geonameid, None, "{}", r.name);
        assert!(
            r.country.len() == 3 && r.country.chars().all(|c| c.is_ascii_uppercase()),
            "{}: {}",
            r.name,
            r.country
        );
        let clash = gaz
            .lookup(&r.name.to_lowercase())
            .iter()
            .map(|&i| gaz.place(i))
            .find(|p| matches!(p.feature, Feature::Country | Feature::Admin1));
        assert!(
            clash.is_none(),
            "{} is also {:?}",
            r.name,
            clash.map(|p| &p.name)
        );
    }
}
