//! CoNLL-U reading and writing (the ten-column format of Universal Dependencies).
//!
//! Only basic dependency trees are kept: multi-word token ranges (`3-4`) and
//! empty nodes (`5.1`) are skipped on reading, so a sentence is its list of
//! syntactic words. Comments are kept so that `parley parse --conllu` can copy
//! them to its output.

use std::fmt::Write as _;

/// One syntactic word of a CoNLL-U sentence.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Word {
    /// FORM.
    pub form: String,
    /// LEMMA (`_` when absent).
    pub lemma: String,
    /// UPOS.
    pub upos: String,
    /// XPOS (Penn Treebank tag in the English treebanks).
    pub xpos: String,
    /// FEATS.
    pub feats: String,
    /// HEAD: 0 for the root, otherwise the 1-based index of the head word.
    pub head: usize,
    /// DEPREL.
    pub deprel: String,
    /// MISC (`_` when absent): kept on reading for the annotation layers
    /// some treebanks put there (GUM's `Entity=`); written as `_`.
    pub misc: String,
}

/// One sentence: its comment lines and its words.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentence {
    /// Comment lines, with their leading `#`.
    pub comments: Vec<String>,
    /// The words, in order.
    pub words: Vec<Word>,
    /// 1-based line number of the sentence's first line in its file.
    pub line: usize,
}

/// A malformed CoNLL-U line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ConlluError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl Sentence {
    /// True when the heads form one tree: exactly one word hangs from the root
    /// (HEAD 0) and every word reaches it. A sentence read with `_` heads is
    /// not a tree (they read as 0).
    pub fn is_tree(&self) -> bool {
        let n = self.words.len();
        if n == 0 || self.words.iter().filter(|w| w.head == 0).count() != 1 {
            return false;
        }
        (0..n).all(|start| {
            let mut at = start + 1;
            for _ in 0..=n {
                if at == 0 {
                    return true;
                }
                match self.words.get(at - 1) {
                    Some(w) => at = w.head,
                    None => return false,
                }
            }
            false
        })
    }
}

/// Parses CoNLL-U text. Malformed sentences are reported and skipped; the
/// others are returned. A sentence is malformed when a word line has fewer than
/// ten tab-separated columns, its ID is out of sequence, or a HEAD is not a
/// number within the sentence. A HEAD of `_` (input without a tree) reads as 0;
/// [`Sentence::is_tree`] tells such sentences apart.
pub fn parse(text: &str) -> (Vec<Sentence>, Vec<ConlluError>) {
    let mut sentences = Vec::new();
    let mut errors = Vec::new();
    let mut current = Sentence::default();
    // Line number of each word of `current`.
    let mut word_lines: Vec<usize> = Vec::new();
    let mut broken: Option<ConlluError> = None;
    let mut finish =
        |current: &mut Sentence, word_lines: &mut Vec<usize>, broken: &mut Option<ConlluError>| {
            let sentence = std::mem::take(current);
            let lines = std::mem::take(word_lines);
            if let Some(e) = broken.take() {
                errors.push(e);
            } else if !sentence.words.is_empty() {
                let n = sentence.words.len();
                if let Some(w) = sentence.words.iter().position(|w| w.head > n) {
                    errors.push(ConlluError {
                        line: lines[w],
                        message: format!(
                            "HEAD {} outside the sentence of {n} words",
                            sentence.words[w].head
                        ),
                    });
                } else {
                    sentences.push(sentence);
                }
            }
        };
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() {
            finish(&mut current, &mut word_lines, &mut broken);
            continue;
        }
        if current.line == 0 {
            current.line = line_no;
        }
        if line.starts_with('#') {
            current.comments.push(line.to_string());
            continue;
        }
        if broken.is_some() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 10 {
            broken = Some(ConlluError {
                line: line_no,
                message: format!("expected 10 tab-separated columns, found {}", cols.len()),
            });
            continue;
        }
        let id = cols[0];
        if id.contains('-') || id.contains('.') {
            continue; // multi-word token range or empty node
        }
        let expected = current.words.len() + 1;
        if id.parse::<usize>().ok() != Some(expected) {
            broken = Some(ConlluError {
                line: line_no,
                message: format!("ID {id:?}, expected {expected}"),
            });
            continue;
        }
        let head = match cols[6] {
            "_" => 0,
            h => match h.parse::<usize>() {
                Ok(h) => h,
                Err(_) => {
                    broken = Some(ConlluError {
                        line: line_no,
                        message: format!("HEAD {h:?} is not a number"),
                    });
                    continue;
                }
            },
        };
        word_lines.push(line_no);
        current.words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
            misc: cols[9].to_string(),
        });
    }
    finish(&mut current, &mut word_lines, &mut broken);
    (sentences, errors)
}

/// Writes one sentence in CoNLL-U, ending with the blank line. Empty fields are
/// written as `_`; DEPS and MISC are `_`.
pub fn write_sentence(out: &mut String, sentence: &Sentence) {
    for c in &sentence.comments {
        out.push_str(c);
        out.push('\n');
    }
    let field = |s: &str| {
        if s.is_empty() {
            "_".to_string()
        } else {
            s.replace(['\t', '\n'], " ")
        }
    };
    for (i, w) in sentence.words.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\t_",
            i + 1,
            field(&w.form),
            field(&w.lemma),
            field(&w.upos),
            field(&w.xpos),
            field(&w.feats),
            w.head,
            field(&w.deprel)
        );
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# text = Ministers met.\n1\tMinisters\tminister\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_\n\
2-3\tmet.\t_\t_\t_\t_\t_\t_\t_\t_\n2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n2.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n\
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

    #[test]
    fn reads_words_and_skips_ranges_and_empty_nodes() {
        let (s, e) = parse(SAMPLE);
        assert!(e.is_empty(), "{e:?}");
        assert_eq!(s.len(), 1);
        let forms: Vec<&str> = s[0].words.iter().map(|w| w.form.as_str()).collect();
        assert_eq!(forms, ["Ministers", "met", "."]);
        assert_eq!(s[0].words[0].head, 2);
        assert_eq!(s[0].words[1].deprel, "root");
        assert_eq!(s[0].comments, ["# text = Ministers met."]);
        assert_eq!(s[0].line, 1);
    }

    #[test]
    fn round_trips_through_the_writer() {
        let (s, _) = parse(SAMPLE);
        let mut out = String::new();
        write_sentence(&mut out, &s[0]);
        let (again, e) = parse(&out);
        assert!(e.is_empty());
        assert_eq!(again[0].words, s[0].words);
    }

    #[test]
    fn malformed_sentences_are_reported_and_skipped() {
        let text = "1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n\n1\tb\tb\tX\tX\t_\t0\n\n1\tc\tc\tX\tX\t_\t5\tdep\t_\t_\n\n\
1\td\td\tX\tX\t_\t0\troot\t_\t_\n3\te\te\tX\tX\t_\t1\tdep\t_\t_\n\n1\tf\tf\tX\tX\t_\t0\troot\t_\t_\n";
        let (s, e) = parse(text);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].words[0].form, "a");
        assert_eq!(s[1].words[0].form, "f");
        let lines: Vec<usize> = e.iter().map(|e| e.line).collect();
        assert_eq!(lines, [3, 5, 8]);
    }

    #[test]
    fn a_head_out_of_range_is_reported_at_its_own_line() {
        // Comment, range and empty-node lines come before the bad word (line 6).
        let text =
            "# sent_id = 1\n1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n\
1.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n3\tc\tc\tX\tX\t_\t9\tdep\t_\t_\n";
        let (s, e) = parse(text);
        assert!(s.is_empty());
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].line, 6, "{}", e[0]);
        assert!(e[0].message.contains("HEAD 9"), "{}", e[0]);
    }

    #[test]
    fn trees_are_told_from_other_head_columns() {
        let cases: &[(&[usize], bool)] = &[
            (&[2, 0, 2], true),
            (&[0], true),
            (&[0, 0], false),    // two roots, or `_` heads
            (&[2, 1, 0], false), // a cycle that never reaches the root
            (&[], false),
        ];
        for (heads, tree) in cases {
            let s = Sentence {
                words: heads
                    .iter()
                    .map(|&head| Word {
                        head,
                        ..Word::default()
                    })
                    .collect(),
                ..Sentence::default()
            };
            assert_eq!(s.is_tree(), *tree, "{heads:?}");
        }
        let (s, _) = parse("1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n2\tb\t_\t_\t_\t_\t_\t_\t_\t_\n");
        assert_eq!(s.len(), 1);
        assert!(!s[0].is_tree());
    }
}
