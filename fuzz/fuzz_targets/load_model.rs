//! Any bytes: loading a model never panics; a model that loads analyses any
//! forms into one tree.
#![no_main]
use libfuzzer_sys::fuzz_target;
use parley_syntax::Model;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(model) = Model::from_bytes(bytes) {
        let a = model.analyse(&["The", "talks", "ended", "."]);
        assert_eq!(a.heads.iter().filter(|&&h| h == 0).count(), 1);
    }
});
