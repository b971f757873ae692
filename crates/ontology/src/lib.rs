//! The event ontologies parley codes into: CAMEO and PLOVER.
//!
//! Three data files in `data/` (formats documented in their headers) are
//! embedded in the binary and parsed once:
//! - `cameo.tsv`: every CAMEO 1.1b3 event code with name, Goldstein value and
//!   quad class;
//! - `plover.tsv`: the 16 PLOVER 0.8 categories with quad class and modes, the
//!   contexts and the auxiliary modes;
//! - `cameo2plover.tsv`: the CAMEO → PLOVER (event, mode, context) mapping.
//!
//! ```
//! let onto = parley_ontology::Ontology::embedded();
//! let code = onto.cameo("057").unwrap();
//! assert_eq!(code.quad, 1);
//! assert_eq!(onto.plover_of("057").unwrap().category, "SUPPORT");
//! ```

use std::collections::BTreeMap;
use std::sync::OnceLock;

/// One CAMEO event code.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoCode {
    /// The code: 2 digits (root), 3 or 4 digits.
    pub code: String,
    /// Its name in the codebook.
    pub name: String,
    /// Goldstein (1992) conflict–cooperation value, −10 … +10.
    pub goldstein: f32,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal
    /// conflict, 4 material conflict.
    pub quad: u8,
}

/// One PLOVER 0.8 event category.
#[derive(Debug, Clone, PartialEq)]
pub struct PloverCategory {
    /// Upper-case name, e.g. `CONSULT`.
    pub name: String,
    /// Quad class (as for CAMEO).
    pub quad: u8,
    /// Modes the manual lists for the category.
    pub modes: Vec<String>,
    /// A one-sentence description.
    pub description: String,
}

/// Where a CAMEO code lands in PLOVER.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PloverMapping {
    /// PLOVER category (one of the 16), or a non-event marker such as `DISCARD`.
    pub category: String,
    /// PLOVER mode, when the mapping gives one.
    pub mode: Option<String>,
    /// PLOVER context, when the mapping gives one.
    pub context: Option<String>,
    /// True when the line was inherited from a parent code (no direct mapping).
    pub inherited: bool,
}

/// A line of a data file that could not be understood.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct OntologyError {
    /// Data file name.
    pub file: &'static str,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// CAMEO and PLOVER tables, parsed and cross-checked.
#[derive(Debug, Clone)]
pub struct Ontology {
    cameo: BTreeMap<String, CameoCode>,
    plover: Vec<PloverCategory>,
    contexts: Vec<String>,
    auxiliary: Vec<String>,
    mapping: BTreeMap<String, PloverMapping>,
}

const CAMEO_TSV: &str = include_str!("../data/cameo.tsv");
const PLOVER_TSV: &str = include_str!("../data/plover.tsv");
const MAPPING_TSV: &str = include_str!("../data/cameo2plover.tsv");

use parley_text::tsv::data_lines;

fn split_list(s: &str) -> Vec<String> {
    parley_text::tsv::list(s).map(String::from).collect()
}

fn opt(s: Option<&&str>) -> Option<String> {
    s.map(|x| x.trim())
        .filter(|x| !x.is_empty())
        .map(String::from)
}

impl Ontology {
    /// The tables compiled into the binary (parsed on first use).
    pub fn embedded() -> &'static Ontology {
        static ONTOLOGY: OnceLock<Ontology> = OnceLock::new();
        ONTOLOGY.get_or_init(|| {
            Ontology::parse(CAMEO_TSV, PLOVER_TSV, MAPPING_TSV)
                .expect("embedded ontology tables are valid (checked by tests)")
        })
    }

    /// Parses and cross-checks the three tables.
    pub fn parse(
        cameo_tsv: &str,
        plover_tsv: &str,
        mapping_tsv: &str,
    ) -> Result<Ontology, OntologyError> {
        let mut cameo = BTreeMap::new();
        for (line, f) in data_lines(cameo_tsv) {
            let e = |message: String| OntologyError {
                file: "cameo.tsv",
                line,
                message,
            };
            if f.len() != 4 {
                return Err(e(format!("expected 4 columns, found {}", f.len())));
            }
            let code = f[0];
            if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
                return Err(e(format!("bad CAMEO code {code:?}")));
            }
            let goldstein: f32 = f[2]
                .parse()
                .map_err(|_| e(format!("bad Goldstein value {:?}", f[2])))?;
            if !(-10.0..=10.0).contains(&goldstein) {
                return Err(e(format!("Goldstein value {goldstein} out of range")));
            }
            let quad: u8 = f[3]
                .parse()
                .map_err(|_| e(format!("bad quad {:?}", f[3])))?;
            if !(1..=4).contains(&quad) {
                return Err(e(format!("quad {quad} out of range")));
            }
            let entry = CameoCode {
                code: code.to_string(),
                name: f[1].to_string(),
                goldstein,
                quad,
            };
            if cameo.insert(code.to_string(), entry).is_some() {
                return Err(e(format!("duplicate code {code}")));
            }
        }
        let mut plover = Vec::new();
        let mut contexts = Vec::new();
        let mut auxiliary = Vec::new();
        for (line, f) in data_lines(plover_tsv) {
            let e = |message: String| OntologyError {
                file: "plover.tsv",
                line,
                message,
            };
            match f[0] {
                "@context" => contexts.extend(f.get(1).map(|s| s.to_string())),
                "@auxiliary" => {
                    auxiliary.extend(f.get(1).map(|s| split_list(s)).unwrap_or_default())
                }
                name => {
                    if f.len() < 3 {
                        return Err(e(format!("expected at least 3 columns, found {}", f.len())));
                    }
                    let quad: u8 = f[1]
                        .parse()
                        .map_err(|_| e(format!("bad quad {:?}", f[1])))?;
                    plover.push(PloverCategory {
                        name: name.to_string(),
                        quad,
                        modes: split_list(f[2]),
                        description: f.get(3).unwrap_or(&"").to_string(),
                    });
                }
            }
        }
        let mut mapping = BTreeMap::new();
        for (line, f) in data_lines(mapping_tsv) {
            let e = |message: String| OntologyError {
                file: "cameo2plover.tsv",
                line,
                message,
            };
            if f.len() < 2 {
                return Err(e(format!("expected at least 2 columns, found {}", f.len())));
            }
            if !cameo.contains_key(f[0]) {
                return Err(e(format!("unknown CAMEO code {}", f[0])));
            }
            let m = PloverMapping {
                category: f[1].to_string(),
                mode: opt(f.get(2)),
                context: opt(f.get(3)),
                inherited: f.get(4).is_some_and(|x| *x == "inherited"),
            };
            if mapping.insert(f[0].to_string(), m).is_some() {
                return Err(e(format!("duplicate mapping for {}", f[0])));
            }
        }
        Ok(Ontology {
            cameo,
            plover,
            contexts,
            auxiliary,
            mapping,
        })
    }

    /// Looks up a CAMEO code.
    pub fn cameo(&self, code: &str) -> Option<&CameoCode> {
        self.cameo.get(code)
    }

    /// All CAMEO codes in code order.
    pub fn cameo_codes(&self) -> impl Iterator<Item = &CameoCode> {
        self.cameo.values()
    }

    /// The PLOVER mapping of a CAMEO code, falling back to its parent codes.
    pub fn plover_of(&self, code: &str) -> Option<&PloverMapping> {
        if !code.is_ascii() {
            return None;
        }
        let mut c = code;
        loop {
            if let Some(m) = self.mapping.get(c) {
                return Some(m);
            }
            if c.len() <= 2 {
                return None;
            }
            c = &c[..c.len() - 1];
        }
    }

    /// The PLOVER category named `name`.
    pub fn plover_category(&self, name: &str) -> Option<&PloverCategory> {
        self.plover.iter().find(|p| p.name == name)
    }

    /// All PLOVER categories in file order.
    pub fn plover_categories(&self) -> &[PloverCategory] {
        &self.plover
    }

    /// PLOVER context values.
    pub fn contexts(&self) -> &[String] {
        &self.contexts
    }

    /// PLOVER auxiliary modes (historical, future, hypothetical, negation).
    pub fn auxiliary_modes(&self) -> &[String] {
        &self.auxiliary
    }
}

/// Lower-case nouns that name an agreement ("a defence cooperation
/// *agreement*", "a *memorandum* of understanding"): the coder finds event
/// topics with them, the store tracks the agreements they name.
pub const AGREEMENT_NOUNS: &[&str] = &[
    "agreement",
    "accord",
    "treaty",
    "deal",
    "pact",
    "arrangement",
    "memorandum",
    "mou",
    "protocol",
    "convention",
    "ceasefire",
    "cease-fire",
    "truce",
    "framework",
    "charter",
    "contract",
    "compact",
];

/// The quad class used by the scorer's coarse five-way split (0 neutral, 1
/// verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
/// conflict), from a CAMEO root.
pub fn quad5_of_root(root: u8) -> u8 {
    match root {
        3 | 5 => 1,
        1 | 2 | 4 => 0,
        6..=8 => 2,
        9..=13 => 3,
        _ => 4,
    }
}
