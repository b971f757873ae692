#![no_main]
//! The knowledge-base compiler returns an error, never panics, on any file.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for which in 0..4 {
        let mut src = parley_kb::KbSources { countries: "", organisations: "", roles: "", people: "", imported: &[] };
        match which {
            0 => src.countries = text,
            1 => src.organisations = text,
            2 => src.roles = text,
            _ => src.people = text,
        }
        let _ = parley_kb::KnowledgeBase::compile(src);
    }
});
