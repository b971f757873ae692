//! Token analysis: parts of speech, lemmas and dependency trees.
//!
//! Behind the [`Analyser`] trait are two analysers. [`ModelAnalyser`] runs
//! parley's own trained model ([`Model`]: a tagger, a lemmatiser and a
//! dependency parser, trained by [`train::train`] from Universal Dependencies
//! treebanks): every token gets a part of speech, a lemma and its head and
//! relation in the sentence's tree. [`RuleAnalyser`] (a table of irregular
//! forms plus regular English inflection) gives coarse classes and fallback
//! lemma candidates.
//!
//! ```
//! use parley_syntax::{Analyser, ModelAnalyser, RuleAnalyser};
//!
//! let text = "Ministers met and signed agreements.";
//! let seg = parley_text::segment(text);
//! let analysis = RuleAnalyser.analyse(text, &seg.tokens);
//! assert!(analysis[1].has_lemma("meet"));
//! assert!(analysis[4].has_lemma("agreement"));
//!
//! let parsed = ModelAnalyser::embedded().analyse(text, &seg.tokens);
//! assert_eq!(parsed[1].lemmas[0], "meet");
//! let met = parsed[1].dependency.unwrap();
//! assert_eq!((met.head, met.deprel), (None, "root"));
//! let ministers = parsed[0].dependency.unwrap();
//! assert_eq!((ministers.head, ministers.deprel), (Some(1), "nsubj"));
//! ```

pub mod analyse;
pub mod clusters;
pub mod conllu;
pub mod lemma;
pub mod model;
pub mod parser;
pub mod perceptron;
pub mod tagger;
pub mod train;
pub mod tree;

pub use analyse::Analysis;
pub use model::{Model, ModelError};
pub use tree::{Dependency, ModelAnalyser, ModelTables, Pos, Upos};

use parley_text::{Token, TokenKind};
use rustc_hash::FxHashMap;

/// Coarse word class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    /// Capitalised word that is not sentence-initial, or all-caps.
    Proper,
    /// Other word.
    Word,
    /// Number.
    Number,
    /// Punctuation.
    Punct,
    /// Other symbol.
    Symbol,
}

/// What the analyser says about one token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenAnalysis {
    /// Lower-cased surface with typographic apostrophes folded.
    pub lower: String,
    /// Candidate lemmas, most likely first; always contains `lower`.
    pub lemmas: Vec<String>,
    /// Coarse class.
    pub class: WordClass,
    /// Part of speech, when a trained model analysed the sentence.
    pub pos: Option<Pos>,
    /// Place in the dependency tree, when a trained model parsed the sentence.
    pub dependency: Option<Dependency>,
}

impl TokenAnalysis {
    /// True when `lemma` is one of the candidates.
    pub fn has_lemma(&self, lemma: &str) -> bool {
        self.lemmas.iter().any(|l| l == lemma)
    }
}

/// Anything that analyses the tokens of one sentence. Total: one analysis per
/// token, whatever the input.
pub trait Analyser: Send + Sync {
    /// Analyses `tokens` (spans into `text`) of one sentence.
    fn analyse(&self, text: &str, tokens: &[Token]) -> Vec<TokenAnalysis>;
}

/// Rule-based analyser: irregular-form table plus regular inflection.
#[derive(Debug, Clone, Copy, Default)]
pub struct RuleAnalyser;

impl Analyser for RuleAnalyser {
    fn analyse(&self, text: &str, tokens: &[Token]) -> Vec<TokenAnalysis> {
        tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let surface = t.text(text);
                let lower = parley_text::normalise_word(surface);
                let class = match t.kind {
                    TokenKind::Number => WordClass::Number,
                    TokenKind::Punct => WordClass::Punct,
                    TokenKind::Symbol => WordClass::Symbol,
                    TokenKind::Word => {
                        let upper = surface.chars().next().is_some_and(char::is_uppercase);
                        if upper && i > 0 {
                            WordClass::Proper
                        } else {
                            WordClass::Word
                        }
                    }
                };
                let lemmas = if t.kind == TokenKind::Word {
                    lemma_candidates(&lower)
                } else {
                    vec![lower.clone()]
                };
                TokenAnalysis {
                    lower,
                    lemmas,
                    class,
                    pos: None,
                    dependency: None,
                }
            })
            .collect()
    }
}

/// Irregular forms: (form, lemma).
const IRREGULAR: &[(&str, &str)] = &[
    ("met", "meet"),
    ("held", "hold"),
    ("gave", "give"),
    ("given", "give"),
    ("sent", "send"),
    ("sought", "seek"),
    ("shot", "shoot"),
    ("fought", "fight"),
    ("took", "take"),
    ("taken", "take"),
    ("made", "make"),
    ("led", "lead"),
    ("struck", "strike"),
    ("stricken", "strike"),
    ("brought", "bring"),
    ("beat", "beat"),
    ("beaten", "beat"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("broke", "break"),
    ("broken", "break"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("said", "say"),
    ("told", "tell"),
    ("went", "go"),
    ("gone", "go"),
    ("came", "come"),
    ("began", "begin"),
    ("begun", "begin"),
    ("won", "win"),
    ("lost", "lose"),
    ("paid", "pay"),
    ("sold", "sell"),
    ("bought", "buy"),
    ("kept", "keep"),
    ("left", "leave"),
    ("felt", "feel"),
    ("found", "find"),
    ("thought", "think"),
    ("saw", "see"),
    ("seen", "see"),
    ("knew", "know"),
    ("known", "know"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("forbade", "forbid"),
    ("forbidden", "forbid"),
    ("overthrew", "overthrow"),
    ("overthrown", "overthrow"),
    ("undertook", "undertake"),
    ("undertaken", "undertake"),
    ("wrote", "write"),
    ("written", "write"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("bore", "bear"),
    ("borne", "bear"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("blew", "blow"),
    ("blown", "blow"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("bound", "bind"),
    ("fled", "flee"),
    ("bled", "bleed"),
    ("fed", "feed"),
    ("hung", "hang"),
    ("laid", "lay"),
    ("lent", "lend"),
    ("spent", "spend"),
    ("built", "build"),
    ("dealt", "deal"),
    ("meant", "mean"),
    ("sat", "sit"),
    ("stood", "stand"),
    ("understood", "understand"),
    ("upheld", "uphold"),
    ("withheld", "withhold"),
    ("overcame", "overcome"),
    ("ran", "run"),
    ("slew", "slay"),
    ("slain", "slay"),
    ("sank", "sink"),
    ("sunk", "sink"),
    ("shook", "shake"),
    ("shaken", "shake"),
    ("woke", "wake"),
    ("did", "do"),
    ("done", "do"),
    ("does", "do"),
    ("has", "have"),
    ("had", "have"),
    ("was", "be"),
    ("were", "be"),
    ("is", "be"),
    ("are", "be"),
    ("been", "be"),
    ("am", "be"),
    ("men", "man"),
    ("women", "woman"),
    ("people", "person"),
    ("children", "child"),
    ("policemen", "policeman"),
    ("gunmen", "gunman"),
    ("countrymen", "countryman"),
    ("chairmen", "chairman"),
    ("spokesmen", "spokesman"),
    ("crises", "crisis"),
    ("analyses", "analysis"),
    ("thieves", "thief"),
    ("lives", "life"),
    ("wives", "wife"),
    ("forbore", "forbear"),
    ("quit", "quit"),
    ("cut", "cut"),
    ("hit", "hit"),
    ("put", "put"),
    ("set", "set"),
    ("shut", "shut"),
    ("spread", "spread"),
    ("cast", "cast"),
    ("forecast", "forecast"),
    ("bid", "bid"),
    ("n't", "not"),
    ("wo", "will"),
    ("ca", "can"),
    ("sang", "sing"),
    ("rang", "ring"),
    ("drew", "draw"),
    ("drawn", "draw"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("foresaw", "foresee"),
    ("arose", "arise"),
    ("arisen", "arise"),
    ("sped", "speed"),
    ("fought", "fight"),
    ("caught", "catch"),
    ("taught", "teach"),
    ("heard", "hear"),
    ("held", "hold"),
    ("dug", "dig"),
    ("stuck", "stick"),
    ("struck", "strike"),
    ("swept", "sweep"),
    ("slept", "sleep"),
    ("wept", "weep"),
    ("crept", "creep"),
    ("meant", "mean"),
];

/// Lemmas of an irregular form (`"fled"` → `["flee"]`), if it is one.
pub(crate) fn irregular_lemmas(lower: &str) -> Option<&'static [&'static str]> {
    irregular().get(lower).map(Vec::as_slice)
}

/// The irregular-form table as a map from form to lemmas, built once.
fn irregular() -> &'static FxHashMap<&'static str, Vec<&'static str>> {
    static TABLE: std::sync::OnceLock<FxHashMap<&'static str, Vec<&'static str>>> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
        for (form, lemma) in IRREGULAR {
            let v = m.entry(form).or_default();
            if !v.contains(lemma) {
                v.push(lemma);
            }
        }
        m
    })
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Candidate lemmas for a lower-cased word, the word itself first.
pub fn lemma_candidates(lower: &str) -> Vec<String> {
    let mut out = vec![lower.to_string()];
    let push = |s: String, out: &mut Vec<String>| {
        if s.len() >= 2 && !out.contains(&s) {
            out.push(s);
        }
    };
    if let Some(lemmas) = irregular().get(lower) {
        for lemma in lemmas {
            push(lemma.to_string(), &mut out);
        }
    }
    if !lower.is_ascii() || lower.len() < 3 {
        return out;
    }
    let b = lower.as_bytes();
    let n = b.len();
    let strip = |k: usize| lower[..n - k].to_string();
    if let Some(stem) = lower.strip_suffix("ies") {
        push(format!("{stem}y"), &mut out);
    }
    if lower.ends_with("es") {
        push(strip(2), &mut out);
    }
    if lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
    {
        push(strip(1), &mut out);
    }
    if let Some(stem) = lower.strip_suffix("ied") {
        push(format!("{stem}y"), &mut out);
    }
    if lower.ends_with("ed") && n > 4 {
        push(strip(1), &mut out); // agreed -> agree, used -> use
        push(strip(2), &mut out); // signed -> sign
        let sb = stem_bytes(b, 2);
        if doubled(sb) {
            push(lower[..n - 3].to_string(), &mut out); // planned -> plan
        }
    }
    if lower.ends_with("ing") && n > 5 {
        let stem = strip(3);
        push(format!("{stem}e"), &mut out); // making -> make
        push(stem.clone(), &mut out); // meeting -> meet
        if doubled(stem.as_bytes()) {
            push(stem[..stem.len() - 1].to_string(), &mut out); // planning -> plan
        }
        if let Some(s) = stem.strip_suffix('y') {
            push(format!("{s}ie"), &mut out); // dying -> die
        }
    }
    // British and American spellings: criticise / criticize. Only the
    // candidates found so far are respelt (not the respellings themselves).
    for i in 0..out.len() {
        let l = &out[i];
        let other = if let Some(s) = l.strip_suffix("ise") {
            Some(format!("{s}ize"))
        } else {
            l.strip_suffix("ize").map(|s| format!("{s}ise"))
        };
        let american = (l.contains("our") && l.len() > 5).then(|| l.replacen("our", "or", 1)); // honour -> honor
        if let Some(other) = other {
            push(other, &mut out);
        }
        if let Some(american) = american {
            push(american, &mut out);
        }
    }
    out
}

fn stem_bytes(b: &[u8], k: usize) -> &[u8] {
    &b[..b.len() - k]
}

fn doubled(stem: &[u8]) -> bool {
    let n = stem.len();
    n >= 3
        && stem[n - 1] == stem[n - 2]
        && !is_vowel(stem[n - 1])
        && !matches!(stem[n - 1], b's' | b'z')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every verb form the first coder's patterns rely on (checked by hand).
    #[test]
    fn lemma_table() {
        let cases: &[(&str, &str)] = &[
            ("met", "meet"),
            ("meets", "meet"),
            ("meeting", "meet"),
            ("held", "hold"),
            ("talks", "talk"),
            ("agreed", "agree"),
            ("agrees", "agree"),
            ("signed", "sign"),
            ("signing", "sign"),
            ("visited", "visit"),
            ("hosted", "host"),
            ("urged", "urge"),
            ("called", "call"),
            ("invited", "invite"),
            ("praised", "praise"),
            ("supported", "support"),
            ("deployed", "deploy"),
            ("condemned", "condemn"),
            ("accused", "accuse"),
            ("rejected", "reject"),
            ("vetoed", "veto"),
            ("threatened", "threaten"),
            ("protested", "protest"),
            ("demonstrated", "demonstrate"),
            ("sanctioned", "sanction"),
            ("expelled", "expel"),
            ("arrested", "arrest"),
            ("detained", "detain"),
            ("attacked", "attack"),
            ("killed", "kill"),
            ("bombed", "bomb"),
            ("shelled", "shell"),
            ("criticised", "criticize"),
            ("criticized", "criticise"),
            ("planned", "plan"),
            ("making", "make"),
            ("parties", "party"),
            ("accompanied", "accompany"),
            ("launches", "launch"),
            ("pledges", "pledge"),
            ("fought", "fight"),
            ("struck", "strike"),
            ("exchanged", "exchange"),
            ("discussions", "discussion"),
            ("troops", "troop"),
            ("withdrew", "withdraw"),
            ("seized", "seize"),
            ("kidnapped", "kidnap"),
        ];
        for (form, lemma) in cases {
            let c = lemma_candidates(form);
            assert!(c.iter().any(|x| x == lemma), "{form} -> {lemma}: got {c:?}");
        }
    }

    #[test]
    fn candidates_start_with_the_word() {
        assert_eq!(lemma_candidates("us")[0], "us");
        assert_eq!(
            lemma_candidates("news"),
            vec!["news".to_string(), "new".to_string()]
        );
    }
}
