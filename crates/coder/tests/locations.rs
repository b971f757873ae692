//! Event locations (DESIGN.md §14). Expectations written by hand.

use parley_coder::{analyse_text, Feature, Gazetteer};

/// `PLOVER place COUNTRY precision source` (or `PLOVER -`) per default-output
/// event. Clause and sentence both read "text": which of the two depends on
/// how the parse attaches the place, not on what the text says.
fn located(text: &str) -> Vec<String> {
    let gaz = Gazetteer::embedded();
    analyse_text(text, Some("2024-11-22"))
        .events
        .iter()
        .filter(|e| e.is_reported())
        .map(|e| {
            let plover = e.plover.as_deref().unwrap_or("-");
            match &e.location {
                Some(l) => {
                    let p = gaz.place(l.place);
                    let source = match l.source.as_str() {
                        "clause" | "sentence" => "text",
                        other => other,
                    };
                    format!(
                        "{plover} {} {} {} {source}",
                        p.name,
                        p.country,
                        p.feature.precision()
                    )
                }
                None => format!("{plover} -"),
            }
        })
        .collect()
}

#[test]
fn events_are_located_where_the_text_says() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Israeli and Egyptian negotiators held talks in Cairo on Monday.",
            &["CONSULT Cairo EGY city text"],
        ),
        ("Russian forces shelled villages near Kharkiv.", &["ASSAULT Kharkiv UKR city text"]),
        // An attack happens where it strikes: its object, or the settlement
        // its object or its "in" phrase names.
        (
            "Russian forces shelled the Ukrainian city of Kharkiv on Thursday.",
            &["ASSAULT Kharkiv UKR city text"],
        ),
        ("Rebels attacked Goma on Monday.", &["ASSAULT Goma COD city text"]),
        (
            "Militants bombed a market in the town of Bannu on Friday.",
            &["ASSAULT Bannu PAK city text"],
        ),
        ("The ministers met in the city of Lyon on Monday.", &["CONSULT Lyon FRA city text"]),
        // The struck country is a party, not a location; a statement about
        // a city is not located there.
        ("Russian troops attacked Ukraine on Monday.", &["ASSAULT -"]),
        // Where an attack came from is not where it struck; other material
        // acts are not located by their object's region.
        (
            "Russian forces attacked Ukrainian troops from the region of Belgorod on Monday.",
            &["ASSAULT -"],
        ),
        ("Ethiopia expelled aid workers from the region of Tigray on Monday.", &["SANCTION -"]),
        ("The opposition criticised the city of Lyon on Monday.", &["ACCUSE -"]),
        // A country is a location of country precision, not a point.
        ("Russian troops attacked towns in Ukraine.", &["ASSAULT Ukraine UKR country text"]),
        (
            "NAIROBI, March 3 (Reuters) - Kenyan police arrested an opposition leader.",
            &["COERCE Nairobi KEN city dateline"],
        ),
        // The first located meeting's venue holds for the document's other meetings.
        (
            "The Indian and Japanese defence ministers met in Tokyo. In his meeting with the Australian minister, the Indian minister praised the partnership.",
            &["CONSULT Tokyo JPN city text", "CONSULT Tokyo JPN city venue", "SUPPORT -"],
        ),
        // A place in another clause, or modifying a noun, is not the event's.
        (
            "Russian jets bombed Idlib in a major assault, as ministers gathered in Brussels.",
            &["ASSAULT -"],
        ),
        (
            "Three students at Kabul University attacked the guards.",
            &["ASSAULT -"],
        ),
        // What a statement is about is not where it was made.
        ("China urged foreign companies to invest in Kenya.", &["REQUEST -"]),
        // A meeting to come is not at the venue of the one that was held.
        (
            "India and Japan held talks in Tokyo. India and Japan will hold talks in Delhi next month.",
            &["CONSULT Tokyo JPN city text", "CONSULT Delhi IND city text"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(&located(text), want, "{text}");
    }
}

#[test]
/// A country location is a country entry (the records leave out its point:
/// checked on every record by the CLI tests).
fn country_locations_are_country_entries() {
    let gaz = Gazetteer::embedded();
    let doc = analyse_text(
        "Russian troops attacked towns in Ukraine.",
        Some("2024-11-22"),
    );
    let loc = doc.events[0].location.as_ref().expect("located");
    assert_eq!(gaz.place(loc.place).feature, Feature::Country);
}
