#![no_main]
//! The PETRARCH/TABARI actor dictionary reader and its conversion to
//! knowledge-base rows never panic, and the rows always compile.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let d = parley_kb::petrarch::read_actors("fuzz.actors", text);
    let rows = parley_kb::petrarch::kb_rows("fuzz.actors", &d.actors, |r| r == "IND");
    let people = rows.people.join("\n");
    let orgs = rows.organisations.join("\n");
    let agents = parley_kb::petrarch::read_agents("fuzz.agents", text);
    let roles = parley_kb::petrarch::role_rows(&agents.agents).join("\n");
    let imported = [
        parley_kb::ImportedFile { name: "p", kind: parley_kb::ImportedKind::People, text: &people },
        parley_kb::ImportedFile { name: "o", kind: parley_kb::ImportedKind::Organisations, text: &orgs },
        parley_kb::ImportedFile { name: "r", kind: parley_kb::ImportedKind::Roles, text: &roles },
    ];
    let src = parley_kb::KbSources { countries: "", organisations: "", roles: "", people: "", imported: &imported };
    parley_kb::KnowledgeBase::compile(src).expect("imported rows compile");
});
