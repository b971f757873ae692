//! The trained model behind the [`Analyser`] interface: tags, lemmas and a
//! dependency tree for every token, on top of the rule analyser's word
//! classes and lemma candidates.

use std::collections::HashSet;

use parley_text::Token;

use crate::model::Model;
use crate::{Analyser, RuleAnalyser, TokenAnalysis};

/// Universal part-of-speech tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

impl Upos {
    /// The UD UPOS name (`VERB`, `PROPN`…).
    pub fn name(self) -> &'static str {
        match self {
            Upos::Adj => "ADJ",
            Upos::Adp => "ADP",
            Upos::Adv => "ADV",
            Upos::Aux => "AUX",
            Upos::Cconj => "CCONJ",
            Upos::Det => "DET",
            Upos::Intj => "INTJ",
            Upos::Noun => "NOUN",
            Upos::Num => "NUM",
            Upos::Part => "PART",
            Upos::Pron => "PRON",
            Upos::Propn => "PROPN",
            Upos::Punct => "PUNCT",
            Upos::Sconj => "SCONJ",
            Upos::Sym => "SYM",
            Upos::Verb => "VERB",
            Upos::X => "X",
        }
    }

    /// The tag for a UD UPOS name; `X` for anything else.
    pub fn from_name(name: &str) -> Upos {
        match name {
            "ADJ" => Upos::Adj,
            "ADP" => Upos::Adp,
            "ADV" => Upos::Adv,
            "AUX" => Upos::Aux,
            "CCONJ" => Upos::Cconj,
            "DET" => Upos::Det,
            "INTJ" => Upos::Intj,
            "NOUN" => Upos::Noun,
            "NUM" => Upos::Num,
            "PART" => Upos::Part,
            "PRON" => Upos::Pron,
            "PROPN" => Upos::Propn,
            "PUNCT" => Upos::Punct,
            "SCONJ" => Upos::Sconj,
            "SYM" => Upos::Sym,
            "VERB" => Upos::Verb,
            _ => Upos::X,
        }
    }
}

/// Penn Treebank tags as used by the English UD treebanks.
const XPOS: &[&str] = &[
    "$", "''", ",", "-LRB-", "-RRB-", ".", ":", "ADD", "AFX", "CC", "CD", "DT", "EX", "FW", "GW",
    "HYPH", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NFP", "NN", "NNP", "NNPS", "NNS", "PDT", "POS",
    "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP",
    "VBZ", "WDT", "WP", "WP$", "WRB", "XX", "``",
];

/// Universal Dependencies relations (with the English subtypes).
const DEPRELS: &[&str] = &[
    "acl",
    "acl:relcl",
    "advcl",
    "advcl:relcl",
    "advmod",
    "amod",
    "appos",
    "aux",
    "aux:pass",
    "case",
    "cc",
    "cc:preconj",
    "ccomp",
    "clf",
    "compound",
    "compound:prt",
    "conj",
    "cop",
    "csubj",
    "csubj:outer",
    "csubj:pass",
    "dep",
    "det",
    "det:predet",
    "discourse",
    "dislocated",
    "expl",
    "fixed",
    "flat",
    "goeswith",
    "iobj",
    "list",
    "mark",
    "nmod",
    "nmod:desc",
    "nmod:poss",
    "nmod:unmarked",
    "nsubj",
    "nsubj:outer",
    "nsubj:pass",
    "nummod",
    "obj",
    "obl",
    "obl:agent",
    "obl:unmarked",
    "orphan",
    "parataxis",
    "punct",
    "reparandum",
    "root",
    "vocative",
    "xcomp",
];

fn intern(table: &'static [&'static str], name: &str, fallback: &'static str) -> &'static str {
    table
        .iter()
        .copied()
        .find(|t| *t == name)
        .unwrap_or(fallback)
}

/// Part of speech of one token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    /// Universal tag.
    pub upos: Upos,
    /// Penn Treebank tag (`XX` if the model's tag is not a known one).
    pub xpos: &'static str,
}

/// Where a token hangs in the dependency tree of its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dependency {
    /// Index of the head token within the sentence; `None` for the root.
    pub head: Option<usize>,
    /// Relation to the head (`root` for the root).
    pub deprel: &'static str,
}

/// Analyser backed by a trained [`Model`]: the model's lemma comes first among
/// the lemma candidates (the rule analyser's candidates follow), and every
/// token gets a part of speech and a place in the tree.
#[derive(Debug, Clone, Copy)]
pub struct ModelAnalyser<'m> {
    model: &'m Model,
    /// Per model tag: its part of speech.
    tags: &'m [Pos],
    /// Per model label: its relation name.
    labels: &'m [&'static str],
    /// Lemmas the caller cares about (an event dictionary's triggers).
    vocabulary: Option<&'m HashSet<String>>,
}

/// Tag and label tables of a model, interned once.
#[derive(Debug, Clone)]
pub struct ModelTables {
    tags: Vec<Pos>,
    labels: Vec<&'static str>,
}

impl ModelTables {
    /// Interns the tag set and relation names of `model`.
    pub fn new(model: &Model) -> ModelTables {
        let tags = model
            .tagger
            .tags
            .iter()
            .map(|t| Pos {
                upos: Upos::from_name(&t.upos),
                xpos: intern(XPOS, &t.xpos, "XX"),
            })
            .collect();
        let labels = model
            .parser
            .labels
            .iter()
            .map(|l| intern(DEPRELS, l, "dep"))
            .collect();
        ModelTables { tags, labels }
    }
}

impl<'m> ModelAnalyser<'m> {
    /// An analyser over `model`, with tables made by [`ModelTables::new`] from the same model.
    pub fn new(model: &'m Model, tables: &'m ModelTables) -> ModelAnalyser<'m> {
        ModelAnalyser {
            model,
            tags: &tables.tags,
            labels: &tables.labels,
            vocabulary: None,
        }
    }

    /// Tells the analyser which lemmas matter to the caller: when the model's
    /// lemma of a word is neither one of them nor a word it knows, a
    /// regular-inflection candidate that is one of them comes first instead
    /// ("blockaded": the model guesses "blockad"; "blockade" is a trigger).
    pub fn with_vocabulary(self, vocabulary: &'m HashSet<String>) -> ModelAnalyser<'m> {
        ModelAnalyser {
            vocabulary: Some(vocabulary),
            ..self
        }
    }

    /// The analyser over the embedded model.
    pub fn embedded() -> ModelAnalyser<'static> {
        static TABLES: std::sync::OnceLock<ModelTables> = std::sync::OnceLock::new();
        let model = Model::embedded();
        ModelAnalyser::new(model, TABLES.get_or_init(|| ModelTables::new(model)))
    }
}

impl Analyser for ModelAnalyser<'_> {
    fn analyse(&self, text: &str, tokens: &[Token]) -> Vec<TokenAnalysis> {
        let mut out = RuleAnalyser.analyse(text, tokens);
        let forms: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
        let mut a = self.model.analyse(&forms);
        for (i, t) in out.iter_mut().enumerate() {
            let model_lemma = std::mem::take(&mut a.lemmas[i]);
            // A lemma already in normal form (lower-case ASCII, as most are) is kept as it is.
            let mut lemma = if model_lemma
                .bytes()
                .any(|b| !b.is_ascii() || b.is_ascii_uppercase())
            {
                parley_text::normalise_word(&model_lemma)
            } else {
                model_lemma
            };
            if let Some(v) = self.vocabulary {
                if !v.contains(&lemma) && !self.model.lemmatiser.known_lemma(&lemma) {
                    if let Some(c) = t.lemmas.iter().find(|c| v.contains(*c)) {
                        lemma = c.clone();
                    }
                }
            }
            // The model's lemma first, the other candidates in their order.
            if let Some(k) = t.lemmas.iter().position(|l| *l == lemma) {
                t.lemmas[..=k].rotate_right(1);
                t.lemmas[0] = lemma;
            } else {
                t.lemmas.insert(0, lemma);
            }
            t.pos = self.tags.get(a.tags[i] as usize).copied();
            t.dependency = Some(Dependency {
                head: a.heads[i].checked_sub(1),
                deprel: if a.heads[i] == 0 {
                    "root"
                } else {
                    self.labels
                        .get(a.labels[i] as usize)
                        .copied()
                        .unwrap_or("dep")
                },
            });
        }
        out
    }
}
