//! The name model reader on damaged and arbitrary files: an error, never a
//! panic; a model that loads gives names inside the sentence.

use parley_mentions::names::{NameRecogniser, EMBEDDED, FORMAT_VERSION, MAGIC};
use parley_syntax::model::{seal_as, ModelError};
use proptest::prelude::*;

fn names_stay_inside(model: &NameRecogniser) {
    let forms = ["Police", "detained", "Tamsin", "Okafor", "in", "Lagos", "."];
    let xpos = ["NNS", "VBD", "NNP", "NNP", "IN", "NNP", "."];
    for n in model.recognise(&forms, &xpos) {
        assert!(n.tokens.start < n.tokens.end && n.tokens.end <= forms.len());
    }
}

#[test]
fn a_truncated_model_is_an_error() {
    for cut in [
        0,
        7,
        19,
        20,
        21,
        100,
        EMBEDDED.len() / 2,
        EMBEDDED.len() - 1,
    ] {
        assert!(
            NameRecogniser::from_bytes(&EMBEDDED[..cut]).is_err(),
            "{cut}"
        );
    }
    // A valid header around a truncated body: the reader names the offset.
    let body = &EMBEDDED[20..EMBEDDED.len() - 3];
    let err = NameRecogniser::from_bytes(&seal_as(MAGIC, FORMAT_VERSION, body)).unwrap_err();
    assert!(matches!(err, ModelError::Malformed { .. }), "{err:?}");
    let err = NameRecogniser::from_bytes(&seal_as(MAGIC, FORMAT_VERSION + 1, &EMBEDDED[20..]))
        .unwrap_err();
    assert_eq!(
        err,
        ModelError::Version {
            found: FORMAT_VERSION + 1,
            expected: FORMAT_VERSION
        }
    );
}

proptest! {
    #[test]
    fn any_sealed_body_loads_or_is_an_error(body in proptest::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(model) = NameRecogniser::from_bytes(&seal_as(MAGIC, FORMAT_VERSION, &body)) {
            names_stay_inside(&model);
        }
    }

    #[test]
    fn a_model_with_one_byte_changed_loads_or_is_an_error(at in 20usize..4000, byte in any::<u8>()) {
        // Changed inside the body and sealed again, past the checksum.
        let mut body = EMBEDDED[20..].to_vec();
        let at = (at - 20) % body.len();
        body[at] = byte;
        if let Ok(model) = NameRecogniser::from_bytes(&seal_as(MAGIC, FORMAT_VERSION, &body)) {
            names_stay_inside(&model);
        }
    }
}
