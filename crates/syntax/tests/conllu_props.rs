//! Property tests of the CoNLL-U reader and writer.

use parley_syntax::conllu::{self, Sentence, Word};
use proptest::prelude::*;

fn word() -> impl Strategy<Value = (String, String, usize)> {
    ("[^\t\n\r ]{1,8}", "[a-z:]{1,8}", 0usize..6)
}

proptest! {
    /// Any text: no panic, and every sentence read has heads inside it.
    #[test]
    fn any_text_reads_without_panic(text in "(\\PC|\t|\n){0,400}") {
        let (sentences, _) = conllu::parse(&text);
        for s in sentences {
            prop_assert!(s.words.iter().all(|w| w.head <= s.words.len()));
        }
    }

    /// Sentences written by the writer read back to the same words.
    #[test]
    fn written_sentences_read_back(words in proptest::collection::vec(word(), 1..12)) {
        let n = words.len();
        let sentence = Sentence {
            comments: vec!["# sent_id = p".into()],
            words: words
                .into_iter()
                .map(|(form, deprel, head)| Word {
                    lemma: form.to_lowercase(),
                    form,
                    upos: "X".into(),
                    xpos: "XX".into(),
                    feats: "_".into(),
                    head: head.min(n),
                    deprel,
                })
                .collect(),
            line: 1,
        };
        let mut text = String::new();
        conllu::write_sentence(&mut text, &sentence);
        let (back, errors) = conllu::parse(&text);
        prop_assert!(errors.is_empty(), "{:?}", errors);
        prop_assert_eq!(back, vec![sentence]);
    }
}
