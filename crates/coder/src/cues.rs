//! Text cues for PLOVER modes and contexts: "an air strike" is an ASSAULT of
//! mode `aerial`, "talks on trade" have the context `economic`. The cues are
//! data (`data/cues.tsv`, format described in the file's header); they are
//! looked up in the event's own phrase only.

use std::sync::OnceLock;

use parley_ontology::Ontology;
use parley_syntax::TokenAnalysis;

const EMBEDDED: &str = include_str!("../data/cues.tsv");

/// A malformed cue table.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cue table line {line}: {message}")]
pub struct CueError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// One cue: consecutive lemmas.
type Cue = Vec<String>;

#[derive(Debug, Clone, PartialEq, Eq)]
struct ModeCues {
    category: String,
    mode: String,
    cues: Vec<Cue>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct ContextCues {
    context: String,
    cues: Vec<Cue>,
}

/// Compiled cue lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueTable {
    modes: Vec<ModeCues>,
    contexts: Vec<ContextCues>,
}

fn parse_cues(s: &str) -> Vec<Cue> {
    s.split('|')
        .map(|c| c.split_whitespace().map(str::to_lowercase).collect::<Cue>())
        .filter(|c| !c.is_empty())
        .collect()
}

impl CueTable {
    /// The compiled-in table.
    pub fn embedded() -> &'static CueTable {
        static TABLE: OnceLock<CueTable> = OnceLock::new();
        TABLE.get_or_init(|| {
            CueTable::parse(EMBEDDED, Ontology::embedded())
                .expect("the embedded cue table is valid")
        })
    }

    /// Reads a cue table, checking every category, mode and context against
    /// the ontology.
    pub fn parse(text: &str, ontology: &Ontology) -> Result<CueTable, CueError> {
        let mut table = CueTable {
            modes: Vec::new(),
            contexts: Vec::new(),
        };
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: String| CueError {
                line: i + 1,
                message,
            };
            let cols: Vec<&str> = line.split('\t').collect();
            match cols.as_slice() {
                ["mode", category, mode, cues] => {
                    let cat = ontology
                        .plover_category(category)
                        .ok_or_else(|| err(format!("unknown PLOVER category {category:?}")))?;
                    if !cat.modes.iter().any(|m| m == mode) {
                        return Err(err(format!(
                            "{category} has no mode {mode:?} (help: one of {})",
                            cat.modes.join(", ")
                        )));
                    }
                    let cues = parse_cues(cues);
                    if cues.is_empty() {
                        return Err(err("no cues".into()));
                    }
                    table.modes.push(ModeCues {
                        category: category.to_string(),
                        mode: mode.to_string(),
                        cues,
                    });
                }
                ["context", context, cues] => {
                    if !ontology.contexts().iter().any(|c| c == context) {
                        return Err(err(format!("unknown PLOVER context {context:?}")));
                    }
                    let cues = parse_cues(cues);
                    if cues.is_empty() {
                        return Err(err("no cues".into()));
                    }
                    table.contexts.push(ContextCues {
                        context: context.to_string(),
                        cues,
                    });
                }
                _ => return Err(err(
                    "expected `mode CATEGORY MODE cues` or `context CONTEXT cues` (TAB-separated)"
                        .into(),
                )),
            }
        }
        Ok(table)
    }

    /// The mode the words at `scope` (sorted token indices) give an event of
    /// PLOVER `category`: the first mode line with a matching cue.
    pub fn mode(&self, category: &str, a: &[TokenAnalysis], scope: &[usize]) -> Option<&str> {
        self.modes
            .iter()
            .filter(|m| m.category == category)
            .find(|m| m.cues.iter().any(|c| cue_matches(c, a, scope)))
            .map(|m| m.mode.as_str())
    }

    /// The contexts the words at `scope` name, in table order.
    pub fn contexts(&self, a: &[TokenAnalysis], scope: &[usize]) -> Vec<&str> {
        self.contexts
            .iter()
            .filter(|c| c.cues.iter().any(|cue| cue_matches(cue, a, scope)))
            .map(|c| c.context.as_str())
            .collect()
    }
}

fn word_is(t: &TokenAnalysis, w: &str) -> bool {
    t.lower == w || t.has_lemma(w)
}

fn cue_matches(cue: &[String], a: &[TokenAnalysis], scope: &[usize]) -> bool {
    scope.iter().any(|&i| {
        cue.iter().enumerate().all(|(k, w)| {
            let j = i + k;
            j < a.len() && scope.binary_search(&j).is_ok() && word_is(&a[j], w)
        })
    })
}
