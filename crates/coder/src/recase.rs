//! The names parley restores in caseless text (see [`parley_text::Recaser`]).

use std::sync::OnceLock;

use parley_kb::KnowledgeBase;
use parley_places::{Feature, Gazetteer};
use parley_syntax::Model;
use parley_text::Recaser;

/// Places smaller than this are not restored: small towns are often named
/// like common words.
const MIN_POPULATION: u64 = 15_000;

/// Day names (month names such as "may" and "march" are common words).
const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The recaser of the embedded knowledge: days and months; the knowledge
/// base's countries (names, adjectives, capitals and other metonyms),
/// organisations (every form: "vhp" is restored as "VHP") and people; the gazetteer's countries, divisions, capitals
/// and places of 15,000 people or more. Of the last three, a one-word name
/// that the syntax model's lexicon knows as anything but a proper noun
/// ("reading", "mobile") is left out: in caseless text it is more often the
/// word; so is a gazetteer name made only of such words ("old city").
pub fn embedded_recaser() -> &'static Recaser {
    static RECASER: OnceLock<Recaser> = OnceLock::new();
    RECASER.get_or_init(|| {
        let common = common_words(Model::embedded());
        let mut r = Recaser::default();
        // Countries, their people and capitals first, whatever the lexicon
        // says ("Afghan" is an adjective there, "Jordan" a first name).
        for d in DAYS {
            r.add_name(d);
        }
        let kb = KnowledgeBase::embedded();
        for form in kb.country_forms() {
            r.add_name(&form);
        }
        let mut add = |name: &str| {
            let one_word = !name.contains(' ');
            if !(one_word && common.contains(&name.to_ascii_lowercase())) {
                r.add_name(name);
            }
        };
        for o in kb.organisations() {
            add(&o.name);
        }
        // Their other forms too: abbreviations ("vhp", "bjp") are how a
        // lower-case feed names parties most often.
        for e in kb.entries() {
            if matches!(
                e.kind,
                parley_kb::EntryKind::Organisation(_) | parley_kb::EntryKind::Person(_)
            ) {
                add(&e.surface.join(" "));
            }
        }
        // People by surname too, after their full name (below), unless the
        // surname is a common word ("Theresa May" … "may").
        let mut by_surname = Vec::new();
        for p in kb.people() {
            add(&p.name);
            let surname = p.name.rsplit(' ').next().unwrap_or_default();
            if !common.contains(&surname.to_ascii_lowercase()) {
                by_surname.push(p.name.clone());
            }
        }
        let gaz = Gazetteer::embedded();
        for id in 0..gaz.len() as u32 {
            let p = gaz.place(id);
            let major = matches!(
                p.feature,
                Feature::Country | Feature::Admin1 | Feature::Capital
            ) || p.population >= MIN_POPULATION;
            // A name of common words only ("Old City", "New Town") is, in
            // caseless text, more often the words.
            let all_common = p
                .name
                .split(' ')
                .all(|w| common.contains(&w.to_ascii_lowercase()));
            if major && !all_common {
                add(&p.name);
            }
        }
        for name in &by_surname {
            r.add_person(name);
        }
        // Unknown names after a title ("home minister t devender goud").
        for t in TITLES {
            r.add_title(t);
        }
        r.set_common_words(common);
        r
    })
}

/// Titles and roles after which, in caseless text, the words no lexicon
/// knows are a person's name.
const TITLES: &[&str] = &[
    "minister",
    "leader",
    "member",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "president",
    "secretary",
    "chief",
    "mla",
    "mp",
    "convenor",
    "convener",
    "chairman",
    "chairperson",
    "governor",
    "commissioner",
    "superintendent",
    "director",
    "inspector",
    "mayor",
    "collector",
    "ambassador",
    "envoy",
    "mahant",
    "imam",
    "swami",
    "sadhvi",
    "acharya",
    "shri",
    "smt",
    "mr",
    "mrs",
    "ms",
    "dr",
    "justice",
    "judge",
    "advocate",
    "activist",
    "supremo",
    "vice-president",
    "general-secretary",
    "legislator",
    "councillor",
    "deputy",
    "premier",
    "general",
];

/// Lower-case forms the lexicon has under a tag other than a proper noun's.
fn common_words(model: &Model) -> std::collections::HashSet<String> {
    model
        .lemmatiser
        .lexicon
        .keys()
        .filter(|(_, xpos)| xpos != "NNP" && xpos != "NNPS")
        .map(|(form, _)| form.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names of each source are restored; common words that are also
    /// place names are not. Expected views written by hand.
    #[test]
    fn the_embedded_names() {
        let r = embedded_recaser();
        let text = "new delhi: vajpayee met pakistani and afghan envoys in ahmedabad, gujarat, \
                    on monday. the united nations sent aid to mobile and reading. the vhp \
                    blamed the bjp for the riots in the old city.";
        assert_eq!(
            r.recase(text).as_deref(),
            Some(
                "New Delhi: vajpayee met Pakistani and Afghan envoys in Ahmedabad, Gujarat, \
                 on Monday. The United Nations sent aid to mobile and reading. The VHP \
                 blamed the BJP for the riots in the old city."
            )
        );
    }
}
