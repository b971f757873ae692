//! The pattern language: parsing, validation and matching.

use std::collections::HashMap;
use std::sync::OnceLock;

use parley_ontology::Ontology;
use parley_syntax::{TokenAnalysis, Upos, WordClass};

/// How roles are assigned for a pattern (the `[...]` flags).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flags {
    /// Joint action: all parties are actors, the record is symmetric.
    pub symmetric: bool,
    /// The recipient is in the phrase introduced by this preposition.
    pub preposition: Option<String>,
    /// The event has no recipient.
    pub no_target: bool,
    /// The object is the actor and the subject the recipient.
    pub object_is_source: bool,
    /// The event exists only with a person or role as direct object right
    /// after the trigger ("called his counterpart", not "called it a
    /// mistake").
    pub object_next: bool,
    /// The event exists only when a recipient is found ("asked Iran to …",
    /// not "asked about prices").
    pub needs_target: bool,
    /// The trigger sits in reported speech: the actor is the speaker (the
    /// subject of the reporting verb) and the recipient the reported clause's
    /// subject ("Russia said Israel must end the strikes").
    pub speaker: bool,
    /// The trigger has a direct object in the parse ("returned *the paintings*
    /// to Brazil", not "returned to Brazil").
    pub has_object: bool,
    /// The trigger has no direct object in the parse (a forbidden dependent:
    /// "forces withdrew from Kherson", not "withdrew the bill").
    pub no_object: bool,
    /// The trigger's first word is tagged a verb ("China *exported* steel to
    /// Vietnam", not "Japan's *exports* to China rose": trade figures).
    pub verb: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Matcher {
    Lemma(Vec<String>),
    Exact(Vec<String>),
    Gap,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Element {
    matcher: Matcher,
    optional: bool,
}

/// One compiled trigger pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// `file:line` of the pattern, used as the rule name in records.
    pub id: String,
    /// CAMEO code.
    pub cameo: String,
    /// Role flags.
    pub flags: Flags,
    /// The pattern's text as written.
    pub source: String,
    elements: Vec<Element>,
    /// Number of required word elements: the specificity used for precedence.
    pub specificity: usize,
}

/// What a positive example expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectation {
    /// CAMEO code.
    pub cameo: String,
    /// Actor countries.
    pub sources: Vec<String>,
    /// Recipient countries.
    pub targets: Vec<String>,
    /// Symmetric event (compare the union of parties).
    pub symmetric: bool,
}

/// An example sentence of a family file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// 1-based line in the family file.
    pub line: usize,
    /// The sentence.
    pub sentence: String,
    /// For positive examples, the event expected; `None` for negative
    /// examples (no event of the family's root may be coded).
    pub expect: Option<Expectation>,
}

/// One pattern file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Family {
    /// File name, e.g. `04_consult.pat`.
    pub file: String,
    /// CAMEO root the file is about (its first two characters).
    pub root: String,
    /// Its examples.
    pub examples: Vec<Example>,
}

/// A pattern file line that could not be compiled.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct PatternError {
    /// Pattern file name.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong, with a hint.
    pub message: String,
}

/// All patterns, compiled and indexed by their first element.
#[derive(Debug, Clone, Default)]
pub struct PatternSet {
    patterns: Vec<Pattern>,
    families: Vec<Family>,
    index: HashMap<String, Vec<usize>>,
}

/// A match of one pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PatternMatch {
    pub pattern: usize,
    /// Sentence-relative indices of the tokens matched by word elements.
    pub tokens: Vec<usize>,
}

fn parse_flags(s: &str) -> Result<Flags, String> {
    let mut f = Flags::default();
    for flag in s.split(',').map(str::trim).filter(|x| !x.is_empty()) {
        match flag {
            "sym" => f.symmetric = true,
            "notgt" => f.no_target = true,
            "srcobj" => f.object_is_source = true,
            "next" => f.object_next = true,
            "needtgt" => f.needs_target = true,
            "speaker" => f.speaker = true,
            "hasobj" => f.has_object = true,
            "noobj" => f.no_object = true,
            "verb" => f.verb = true,
            "with" | "to" | "on" | "against" | "from" | "for" | "at" | "into" | "over" | "of"
            | "upon" | "about" => f.preposition = Some(flag.to_string()),
            other => return Err(format!("unknown flag {other:?} (help: sym, notgt, srcobj, next, needtgt, speaker, hasobj, noobj, verb, or a preposition such as with, to, on, against)")),
        }
    }
    Ok(f)
}

fn parse_elements(s: &str) -> Result<Vec<Element>, String> {
    let mut out = Vec::new();
    for raw in s.split_whitespace() {
        let (body, optional) = match raw.strip_suffix('?') {
            Some(b) if !b.is_empty() => (b, true),
            _ => (raw, false),
        };
        let matcher = if body == "*" {
            Matcher::Gap
        } else if let Some(exact) = body.strip_prefix('=') {
            // `=a|b` and `=a|=b` both match the exact forms a and b.
            Matcher::Exact(
                exact
                    .split('|')
                    .map(|x| x.strip_prefix('=').unwrap_or(x).to_lowercase())
                    .filter(|x| !x.is_empty())
                    .collect(),
            )
        } else if body.split('|').any(|x| x.starts_with('=')) {
            return Err(format!(
                "{raw:?} mixes lemmas and exact forms (help: an element is all lemmas, `a|b`, or all exact forms, `=a|b`)"
            ));
        } else {
            Matcher::Lemma(
                body.split('|')
                    .map(|x| x.to_lowercase())
                    .filter(|x| !x.is_empty())
                    .collect(),
            )
        };
        if let Matcher::Lemma(v) | Matcher::Exact(v) = &matcher {
            if v.is_empty() {
                return Err(format!("empty element {raw:?}"));
            }
        }
        out.push(Element { matcher, optional });
    }
    match out.first() {
        None => Err("pattern has no elements".into()),
        Some(e) if e.optional || e.matcher == Matcher::Gap => {
            Err("a pattern must start with a required word (help: move the gap or optional element later)".into())
        }
        _ => Ok(out),
    }
}

fn parse_country_list(s: &str) -> Vec<String> {
    let s = s.trim();
    if s == "-" || s.is_empty() {
        return Vec::new();
    }
    let mut v: Vec<String> = s
        .split(',')
        .map(|x| x.trim().to_uppercase())
        .filter(|x| !x.is_empty())
        .collect();
    v.sort();
    v.dedup();
    v
}

fn parse_expectation(s: &str) -> Result<Expectation, String> {
    let mut words = s.split_whitespace().collect::<Vec<_>>();
    let symmetric = words.last() == Some(&"sym");
    if symmetric {
        words.pop();
    }
    let rest = words.join(" ");
    let (code, parties) = rest.split_once(' ').ok_or("expected `CODE SRC [> TGT]`")?;
    let (src, tgt) = match parties.split_once('>') {
        Some((a, b)) => (a, b),
        None => (parties, "-"),
    };
    Ok(Expectation {
        cameo: code.to_string(),
        sources: parse_country_list(src),
        targets: parse_country_list(tgt),
        symmetric,
    })
}

impl PatternSet {
    /// The pattern families compiled into the binary.
    pub fn embedded() -> &'static PatternSet {
        static SET: OnceLock<PatternSet> = OnceLock::new();
        SET.get_or_init(|| {
            PatternSet::compile(crate::FAMILIES, Ontology::embedded())
                .expect("embedded patterns are valid (checked by tests)")
        })
    }

    /// The words that can start a pattern (the triggers' lemmas and forms):
    /// the event vocabulary the analyser should lemmatise to.
    pub fn anchor_words(&self) -> std::collections::HashSet<String> {
        self.index.keys().cloned().collect()
    }

    /// Parses and validates pattern files `(name, contents)`.
    pub fn compile(
        files: &[(&str, &str)],
        ontology: &Ontology,
    ) -> Result<PatternSet, PatternError> {
        let mut set = PatternSet::default();
        for (file, contents) in files {
            let root: String = file.chars().take(2).collect();
            let mut family = Family {
                file: file.to_string(),
                root,
                examples: Vec::new(),
            };
            for (i, raw) in contents.lines().enumerate() {
                let line = i + 1;
                let err = |message: String| PatternError {
                    file: file.to_string(),
                    line,
                    message,
                };
                let l = raw.trim();
                if l.is_empty() || l.starts_with('#') {
                    continue;
                }
                if let Some(rest) = l.strip_prefix("pattern ") {
                    let (head, body) = rest
                        .split_once(':')
                        .ok_or_else(|| err("expected `pattern CODE [FLAGS] : ELEMENTS`".into()))?;
                    let head = head.trim();
                    let (code, flags) = match head.split_once('[') {
                        Some((c, f)) => (c.trim(), f.trim_end_matches(']').trim()),
                        None => (head, ""),
                    };
                    if ontology.cameo(code).is_none() {
                        return Err(err(format!("unknown CAMEO code {code:?} (help: see crates/ontology/data/cameo.tsv)")));
                    }
                    let flags = parse_flags(flags).map_err(err)?;
                    let elements = parse_elements(body).map_err(err)?;
                    let specificity = elements
                        .iter()
                        .filter(|e| !e.optional && e.matcher != Matcher::Gap)
                        .count();
                    let idx = set.patterns.len();
                    if let Matcher::Lemma(alts) | Matcher::Exact(alts) = &elements[0].matcher {
                        for a in alts {
                            let v = set.index.entry(a.clone()).or_default();
                            if !v.contains(&idx) {
                                v.push(idx);
                            }
                        }
                    }
                    set.patterns.push(Pattern {
                        id: format!("{file}:{line}"),
                        cameo: code.to_string(),
                        flags,
                        source: body.trim().to_string(),
                        elements,
                        specificity,
                    });
                } else if let Some(rest) = l.strip_prefix('+') {
                    let (sentence, expect) = rest
                        .split_once("=>")
                        .ok_or_else(|| err("expected `+ SENTENCE => CODE SRC [> TGT]`".into()))?;
                    let expect = parse_expectation(expect).map_err(|m| err(m.to_string()))?;
                    if ontology.cameo(&expect.cameo).is_none() {
                        return Err(err(format!(
                            "unknown CAMEO code {:?} in example",
                            expect.cameo
                        )));
                    }
                    family.examples.push(Example {
                        line,
                        sentence: sentence.trim().to_string(),
                        expect: Some(expect),
                    });
                } else if let Some(rest) = l.strip_prefix('-') {
                    family.examples.push(Example {
                        line,
                        sentence: rest.trim().to_string(),
                        expect: None,
                    });
                } else {
                    return Err(err(
                        "expected `pattern`, `+ example`, `- counter-example` or a # comment"
                            .into(),
                    ));
                }
            }
            set.families.push(family);
        }
        Ok(set)
    }

    /// All patterns in file order.
    pub fn patterns(&self) -> &[Pattern] {
        &self.patterns
    }

    /// All families with their examples.
    pub fn families(&self) -> &[Family] {
        &self.families
    }

    /// Every match of every pattern in a sentence.
    pub(crate) fn find_matches(&self, analysis: &[TokenAnalysis]) -> Vec<PatternMatch> {
        let mut out = Vec::new();
        let mut seen: Vec<usize> = Vec::new();
        for start in 0..analysis.len() {
            seen.clear();
            let a = &analysis[start];
            for key in a.lemmas.iter().chain(std::iter::once(&a.lower)) {
                let Some(ids) = self.index.get(key) else {
                    continue;
                };
                for &id in ids {
                    if seen.contains(&id) {
                        continue;
                    }
                    seen.push(id);
                    let mut acc = Vec::new();
                    let pattern = &self.patterns[id];
                    if pattern.flags.has_object && !has_direct_object(analysis, start) {
                        continue;
                    }
                    let parsed = analysis.iter().any(|a| a.dependency.is_some());
                    if pattern.flags.no_object && parsed && has_direct_object(analysis, start) {
                        continue;
                    }
                    let tagged = analysis[start].pos.map(|p| p.upos);
                    if pattern.flags.verb && tagged.is_some_and(|u| u != Upos::Verb) {
                        continue;
                    }
                    if match_from(&pattern.elements, analysis, start, &mut acc) {
                        out.push(PatternMatch {
                            pattern: id,
                            tokens: acc,
                        });
                    }
                }
            }
        }
        out
    }
}

fn token_matches(m: &Matcher, a: &TokenAnalysis) -> bool {
    match m {
        // "according (to)" is a preposition, never the verb or noun
        // "accord" ("reached the top speed, according to ...").
        Matcher::Lemma(_) if a.lower == "according" => false,
        // "the week ended March 11", "banned the March 8 rally": a month's
        // or day's name the parse tags as a name is a date, not a march.
        Matcher::Lemma(_) | Matcher::Exact(_)
            if parley_time::is_day_or_month(&a.lower)
                && a.pos.is_some_and(|p| p.upos == parley_syntax::Upos::Propn) =>
        {
            false
        }
        Matcher::Lemma(alts) => alts
            .iter()
            .any(|x| a.lemmas.iter().any(|l| l == x) || a.lower == *x),
        Matcher::Exact(alts) => alts.contains(&a.lower),
        Matcher::Gap => true,
    }
}

/// True for a word of a multi-word proper name ("Merrill *Lynch*", "*Hope*
/// Street"): a name, not the verb or noun a pattern means. The parse joins
/// such names with `flat` or `compound` between proper nouns.
fn in_proper_name(analysis: &[TokenAnalysis], at: usize) -> bool {
    let propn = |j: usize| {
        analysis[j]
            .pos
            .is_some_and(|p| p.upos == parley_syntax::Upos::Propn)
    };
    let name_link =
        |d: &parley_syntax::Dependency| d.deprel.starts_with("flat") || d.deprel == "compound";
    propn(at)
        && (analysis[at]
            .dependency
            .is_some_and(|d| name_link(&d) && d.head.is_some_and(propn))
            || analysis.iter().enumerate().any(|(j, a)| {
                a.dependency
                    .is_some_and(|d| d.head == Some(at) && name_link(&d) && propn(j))
            }))
}

fn gap_may_skip(a: &TokenAnalysis) -> bool {
    !(a.class == WordClass::Punct
        && matches!(
            a.lower.as_str(),
            "," | ";" | ":" | "." | "!" | "?" | "(" | ")" | "\"" | "“" | "”"
        ))
}

/// True when the parse gives the word at `head` a direct object.
/// True when the verb at `head` has a patient in the parse: a direct object
/// ("charged three men"), or it is passive, whose subject is its patient
/// ("three men were charged", "bonds to be offered"), or a past participle
/// after a noun, that noun ("the men charged with murder").
fn has_direct_object(analysis: &[TokenAnalysis], head: usize) -> bool {
    let reduced_relative = analysis[head].dependency.is_some_and(|d| d.deprel == "acl")
        && analysis[head].pos.is_some_and(|p| p.xpos == "VBN");
    reduced_relative
        || analysis.iter().any(|a| {
            a.dependency.is_some_and(|d| {
                d.head == Some(head)
                    && matches!(d.deprel, "obj" | "iobj" | "nsubj:pass" | "aux:pass")
            })
        })
}

/// The gap `*` always may skip this many tokens (not across clause punctuation).
const SHORT_GAP: usize = 3;
/// A gap may skip up to this many tokens when the next element matches inside
/// one of the trigger's nominal arguments.
const LONG_GAP: usize = 12;

/// Relations that lead out of a clause's own arguments into another clause.
fn is_clausal(deprel: &str) -> bool {
    let base = deprel.split(':').next().unwrap_or(deprel);
    matches!(
        base,
        "root"
            | "ccomp"
            | "xcomp"
            | "advcl"
            | "acl"
            | "csubj"
            | "parataxis"
            | "nsubj"
            | "list"
            | "reparandum"
    )
}

/// True when token `at` hangs below `trigger` through nominal relations only
/// (object, oblique, nominal modifier, conjunct…), never through a clause.
/// Needs the parse; without it nothing is an argument.
pub(crate) fn in_argument_of(analysis: &[TokenAnalysis], at: usize, trigger: usize) -> bool {
    let mut node = at;
    for _ in 0..8 {
        let Some(dep) = analysis.get(node).and_then(|a| a.dependency.as_ref()) else {
            return false;
        };
        let verb = matches!(
            analysis[node].pos.map(|p| p.upos),
            Some(Upos::Verb | Upos::Aux)
        );
        if is_clausal(dep.deprel) || (verb && dep.deprel == "conj") {
            return false;
        }
        match dep.head {
            Some(h) if h == trigger => return true,
            Some(h) => node = h,
            None => return false,
        }
    }
    false
}

/// True when the parse hangs the word at `node` below the word at `head`,
/// directly or through other words. False without a parse.
fn governs(analysis: &[TokenAnalysis], head: usize, node: usize) -> bool {
    let mut n = node;
    for _ in 0..analysis.len() {
        match analysis
            .get(n)
            .and_then(|a| a.dependency)
            .and_then(|d| d.head)
        {
            Some(h) if h == head => return true,
            Some(h) => n = h,
            None => return false,
        }
    }
    false
}

/// Backtracking match of `elements` at token `at`; on success `acc` holds the
/// matched word tokens.
fn match_from(
    elements: &[Element],
    analysis: &[TokenAnalysis],
    at: usize,
    acc: &mut Vec<usize>,
) -> bool {
    let Some((first, rest)) = elements.split_first() else {
        return true;
    };
    if first.matcher == Matcher::Gap {
        for skip in 0..=SHORT_GAP {
            // An opening quote right before a quoted single word may be
            // skipped ("described the law as a \"draconian\" act").
            let opens_quoted_word = |i: usize| {
                let quote = |t: Option<&TokenAnalysis>| {
                    t.is_some_and(|t| matches!(t.lower.as_str(), "\"" | "“" | "”"))
                };
                quote(analysis.get(i)) && quote(analysis.get(i + 2))
            };
            if skip > 0
                && (at + skip > analysis.len()
                    || !(gap_may_skip(&analysis[at + skip - 1])
                        || opens_quoted_word(at + skip - 1)))
            {
                break;
            }
            // Across a gap, the next word does not govern a verb trigger:
            // in "leaders meeting in Nairobi demanded", "demanded" is what
            // the meeting leaders do, not the demand `meet * demand` meets.
            // (A noun or preposition trigger may hang below it: "curfew
            // was relaxed", "in police custody".)
            let governs_trigger = skip > 0
                && acc.first().is_some_and(|&trigger| {
                    analysis[trigger].pos.is_some_and(|p| p.upos == Upos::Verb)
                        && governs(analysis, at + skip, trigger)
                });
            if !governs_trigger && match_from(rest, analysis, at + skip, acc) {
                return true;
            }
        }
        // A longer gap stays inside the trigger's own argument phrases:
        // "provided [an additional $2 million in] assistance".
        if let Some(&trigger) = acc.first() {
            for next in at + SHORT_GAP + 1..(at + LONG_GAP + 1).min(analysis.len()) {
                if in_argument_of(analysis, next, trigger) && match_from(rest, analysis, next, acc)
                {
                    return true;
                }
            }
        }
        return false;
    }
    // A trigger's first word is not part of a proper name ("Merrill
    // Lynch"); later words may be ("blocked the Europe Bridge").
    if at < analysis.len()
        && token_matches(&first.matcher, &analysis[at])
        && !(acc.is_empty() && in_proper_name(analysis, at))
    {
        acc.push(at);
        if match_from(rest, analysis, at + 1, acc) {
            return true;
        }
        acc.pop();
    }
    first.optional && match_from(rest, analysis, at, acc)
}
