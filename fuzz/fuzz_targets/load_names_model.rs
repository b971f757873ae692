//! Any bytes: loading a name model never panics; a model that loads
//! recognises names in any forms, each inside the sentence. Inputs starting
//! with 0 are taken as a model body and sealed with a valid header and
//! checksum, so the reader itself is fuzzed.
#![no_main]
use libfuzzer_sys::fuzz_target;
use parley_mentions::names::{NameRecogniser, FORMAT_VERSION, MAGIC};

fuzz_target!(|bytes: &[u8]| {
    let sealed;
    let bytes = match bytes.split_first() {
        Some((0, body)) => {
            sealed = parley_syntax::model::seal_as(MAGIC, FORMAT_VERSION, body);
            &sealed[..]
        }
        _ => bytes,
    };
    if let Ok(model) = NameRecogniser::from_bytes(bytes) {
        let forms = ["Police", "detained", "Tamsin", "Okafor", "."];
        for n in model.recognise(&forms, &["NNS", "VBD", "NNP", "NNP", "."]) {
            assert!(n.tokens.start < n.tokens.end && n.tokens.end <= forms.len());
        }
    }
});
