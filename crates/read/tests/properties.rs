//! Readers never panic, whatever the bytes.

use parley_read::{parse_plain_text, read_json_lines};
use proptest::prelude::*;

proptest! {
    #[test]
    fn json_lines_total(data in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let mut n = 0;
        read_json_lines("fuzz", &data[..], &mut |_| n += 1);
        let lines = data.split(|&b| b == b'\n').filter(|l| !l.iter().all(u8::is_ascii_whitespace)).count();
        prop_assert_eq!(n, lines);
    }

    #[test]
    fn plain_text_total(data in proptest::collection::vec(any::<u8>(), 0..2000)) {
        match parse_plain_text("fuzz.txt", &data) {
            Ok(doc) => {
                prop_assert!(!doc.text.trim().is_empty());
                // Invalid bytes become U+FFFD, said in a note; nothing else changes.
                let decoded = String::from_utf8_lossy(&data);
                prop_assert!(decoded.ends_with(&doc.text));
                prop_assert_eq!(doc.notes.is_empty(), std::str::from_utf8(&data).is_ok());
            }
            Err(e) => prop_assert!(e.origin.starts_with("fuzz.txt")),
        }
    }

    #[test]
    fn plain_text_unicode(text in "\\PC{0,300}") {
        if let Ok(doc) = parse_plain_text("u.txt", text.as_bytes()) {
            prop_assert!(text.ends_with(&doc.text));
        }
    }
}
