//! Property tests of the CoNLL-U reader and writer.

use parley_syntax::conllu::{self, Sentence, Word};
use proptest::prelude::*;

fn word() -> impl Strategy<Value = (String, String, usize)> {
    ("[^\t\n\r ]{1,8}", "[a-z:]{1,8}", 0usize..6)
}

/// One line of CoNLL-U-like text.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => (1usize..5, "[a-z]{1,5}", 0usize..6, "[a-z]{1,4}").prop_map(|(id, form, head, rel)| {
            format!("{id}\t{form}\t{form}\tX\tXX\t_\t{head}\t{rel}\t_\t_")
        }),
        1 => (1usize..4, "[a-z]{1,5}").prop_map(|(id, form)| {
            format!("{id}-{}\t{form}\t_\t_\t_\t_\t_\t_\t_\t_", id + 1)
        }),
        1 => (1usize..4).prop_map(|id| format!("{id}.1\tx\t_\t_\t_\t_\t_\t_\t_\t_")),
        1 => (1usize..4).prop_map(|id| format!("{id}\tw\tw\tX\tXX\t_\t_\tdep\t_\t_")),
        1 => Just("# text = a b".to_string()),
        1 => Just("1\tshort\t0".to_string()),
        2 => Just(String::new()),
    ]
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

    /// Text made of lines that look like CoNLL-U (word lines with near-right
    /// IDs and heads, ranges, empty nodes, comments, short lines, blank lines):
    /// no panic, heads inside their sentence, every error names a non-blank
    /// line of the text, and no block is both read and reported.
    #[test]
    fn conllu_like_lines_read_or_are_reported(lines in proptest::collection::vec(line(), 0..40)) {
        let text = lines.join("\n");
        let (sentences, errors) = conllu::parse(&text);
        let all: Vec<&str> = text.lines().collect();
        for s in &sentences {
            prop_assert!(s.words.iter().all(|w| w.head <= s.words.len()));
        }
        for e in &errors {
            prop_assert!(e.line >= 1 && e.line <= all.len(), "{}", e);
            prop_assert!(!all[e.line - 1].trim().is_empty(), "{}", e);
        }
        let blocks = text.split("\n\n").filter(|b| !b.trim().is_empty()).count();
        prop_assert!(sentences.len() + errors.len() <= blocks, "{} + {} > {blocks}", sentences.len(), errors.len());
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
                    misc: "_".into(),
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
