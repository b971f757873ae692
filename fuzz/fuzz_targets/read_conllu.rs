//! Any text: the CoNLL-U reader never panics, every sentence it returns has
//! heads within the sentence, and writing then re-reading gives the same words.
#![no_main]
use libfuzzer_sys::fuzz_target;
use parley_syntax::conllu;

fuzz_target!(|text: &str| {
    let (sentences, _errors) = conllu::parse(text);
    for s in &sentences {
        assert!(s.words.iter().all(|w| w.head <= s.words.len()));
        let mut out = String::new();
        conllu::write_sentence(&mut out, s);
        let (again, errors) = conllu::parse(&out);
        assert!(errors.is_empty());
        assert_eq!(again.len(), 1);
    }
});
