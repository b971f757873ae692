#![no_main]
//! Segmentation is lossless and its spans are valid.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let seg = parley_text::segment(text);
    let joined: String = seg.pieces(text.len()).iter().map(|p| p.text(text)).collect();
    assert_eq!(joined, text);
});
