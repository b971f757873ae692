#![no_main]
//! The whole analysis is total: any text gives events whose spans are in bounds.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for e in parley_coder::code_text(text, None) {
        assert!(e.trigger.end <= text.len() && text.is_char_boundary(e.trigger.start));
        for p in e.actors.iter().chain(&e.recipients) {
            assert!(p.span.end <= text.len());
        }
    }
});
