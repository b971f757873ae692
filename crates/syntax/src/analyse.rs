//! Running a trained [`Model`] on a sentence.

use crate::conllu::{Sentence, Word};
use crate::model::Model;
use crate::parser::ParserWord;
use crate::tagger::WordAtoms;

/// The model's reading of one sentence, one entry per word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    /// Tag numbers (see [`Model::upos`], [`Model::xpos`]).
    pub tags: Vec<u16>,
    /// Lemmas.
    pub lemmas: Vec<String>,
    /// Heads: 0 for the root, else the 1-based index of the head word.
    pub heads: Vec<usize>,
    /// Relation numbers (see [`Model::deprel`]).
    pub labels: Vec<u16>,
}

impl Model {
    /// Tags, lemmatises and parses one sentence of word forms. Total: any input,
    /// including an empty one, gives one entry per form.
    pub fn analyse(&self, forms: &[&str]) -> Analysis {
        let atoms: Vec<WordAtoms> = forms.iter().map(|f| WordAtoms::new(f)).collect();
        let tags = self.tagger.tag_atoms(forms, &atoms);
        let lemmas = forms
            .iter()
            .zip(&tags)
            .map(|(f, &t)| {
                let tag = &self.tagger.tags[t];
                self.lemmatiser.lemma(f, &tag.upos, &tag.xpos)
            })
            .collect();
        let words: Vec<ParserWord> = atoms
            .iter()
            .zip(&tags)
            .map(|(a, &t)| ParserWord::new(a, t, &self.tagger))
            .collect();
        let tree = self.parser.parse(&words);
        Analysis {
            tags: tags.iter().map(|&t| t as u16).collect(),
            lemmas,
            heads: tree.heads,
            labels: tree.labels,
        }
    }

    /// UPOS of tag number `tag`.
    pub fn upos(&self, tag: u16) -> &str {
        &self.tagger.tags[tag as usize].upos
    }

    /// XPOS of tag number `tag`.
    pub fn xpos(&self, tag: u16) -> &str {
        &self.tagger.tags[tag as usize].xpos
    }

    /// Name of relation number `label`.
    pub fn deprel(&self, label: u16) -> &str {
        self.parser
            .labels
            .get(label as usize)
            .map_or("dep", String::as_str)
    }

    /// A CoNLL-U sentence for `forms` with the model's tags, lemmas, features and tree.
    pub fn to_conllu(&self, forms: &[&str], comments: Vec<String>) -> Sentence {
        let a = self.analyse(forms);
        let words = forms
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let (upos, xpos) = (self.upos(a.tags[i]), self.xpos(a.tags[i]));
                Word {
                    form: (*f).to_string(),
                    lemma: a.lemmas[i].clone(),
                    upos: upos.to_string(),
                    xpos: xpos.to_string(),
                    feats: self.lemmatiser.feats(f, upos, xpos).to_string(),
                    head: a.heads[i],
                    deprel: self.deprel(a.labels[i]).to_string(),
                    misc: "_".to_string(),
                }
            })
            .collect();
        Sentence {
            comments,
            words,
            line: 0,
        }
    }

    /// Re-analyses a CoNLL-U sentence from its FORM column only.
    pub fn parse_sentence(&self, gold: &Sentence) -> Sentence {
        let forms: Vec<&str> = gold.words.iter().map(|w| w.form.as_str()).collect();
        let mut s = self.to_conllu(&forms, gold.comments.clone());
        s.line = gold.line;
        s
    }
}
