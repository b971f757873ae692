//! Any bytes: loading a model never panics; a model that loads analyses any
//! forms into one tree. Inputs starting with 0 are taken as a model body and
//! sealed with a valid header and checksum, so the reader itself is fuzzed.
#![no_main]
use libfuzzer_sys::fuzz_target;
use parley_syntax::Model;

fuzz_target!(|bytes: &[u8]| {
    let sealed;
    let bytes = match bytes.split_first() {
        Some((0, body)) => {
            sealed = parley_syntax::model::seal(body);
            &sealed[..]
        }
        _ => bytes,
    };
    if let Ok(model) = Model::from_bytes(bytes) {
        let a = model.analyse(&["The", "talks", "ended", "."]);
        assert_eq!(a.heads.iter().filter(|&&h| h == 0).count(), 1);
    }
});
