#![no_main]
//! Plain-text reading (with header parsing) never panics.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = parley_read::parse_plain_text("fuzz.txt", data) {
        assert!(!doc.text.trim().is_empty());
    }
});
