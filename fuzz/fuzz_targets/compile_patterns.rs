#![no_main]
//! The pattern compiler returns an error, never panics, on any file.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = parley_coder::PatternSet::compile(&[("04_fuzz.pat", text)], parley_ontology::Ontology::embedded());
});
