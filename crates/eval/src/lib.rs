//! Evaluation: the rules of `../shared/tools/score.py`, in Rust.
//!
//! [`score`] compares system records (JSON objects as written by
//! `parley code`) with gold records and returns the same figures, in the same
//! order, as the Python scorer; [`render`] prints them in its exact format
//! (one line per figure, then `SUMMARY {json}`), so the two can be compared
//! byte for byte.
//!
//! ```
//! use serde_json::json;
//!
//! let gold = vec![json!({"id": "d1", "text": "India met Japan.",
//!     "gold": {"events": [{"source": ["IND"], "target": ["JPN"], "plover": "CONSULT", "cameo": null}]}})];
//! let system = vec![json!({"doc_id": "d1", "event": "CONSULT",
//!     "actor": [{"country": "IND"}], "recipient": [{"country": "JPN"}]})];
//! let figures = parley_eval::score(&gold, &system);
//! let text = parley_eval::render(&figures);
//! assert!(text.contains("\"f1\": 1.0"));
//! ```

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use serde_json::Value;

/// A figure as the Python scorer prints it.
#[derive(Debug, Clone, PartialEq)]
pub enum Figure {
    /// An integer.
    Int(i64),
    /// A float (already rounded).
    Float(f64),
    /// An object with keys in order.
    Dict(Vec<(&'static str, Figure)>),
}

impl Figure {
    fn render(&self, compact: bool, out: &mut String) {
        match self {
            Figure::Int(i) => out.push_str(&i.to_string()),
            Figure::Float(f) => out.push_str(&py_float(*f)),
            Figure::Dict(items) => {
                out.push('{');
                for (i, (k, v)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(if compact { "," } else { ", " });
                    }
                    out.push('"');
                    out.push_str(k);
                    out.push_str(if compact { "\":" } else { "\": " });
                    v.render(compact, out);
                }
                out.push('}');
            }
        }
    }

    /// The value as a float, for dict members and plain floats.
    pub fn get(&self, key: &str) -> Option<&Figure> {
        match self {
            Figure::Dict(items) => items.iter().find(|(k, _)| *k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Python's `repr` of a float (shortest round-trip, always with a point).
fn py_float(f: f64) -> String {
    let s = format!("{f}");
    if s.contains('.') || s.contains('e') || s.contains("inf") || s.contains("NaN") {
        s
    } else {
        format!("{s}.0")
    }
}

/// Python's `round(x, 4)`.
fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

/// Reading a JSON Lines file failed.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// File.
        path: String,
        /// Cause.
        source: std::io::Error,
    },
    /// A line is not JSON.
    #[error("{path}:{line}: not JSON: {message}")]
    Json {
        /// File.
        path: String,
        /// 1-based line.
        line: usize,
        /// Parser message.
        message: String,
    },
}

/// Loads a JSON Lines file (blank lines skipped), as the scorer does.
pub fn load_jsonl(path: &Path) -> Result<Vec<Value>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.display().to_string(),
        source,
    })?;
    parse_jsonl(&path.display().to_string(), &text)
}

/// Parses JSON Lines text.
pub fn parse_jsonl(path: &str, text: &str) -> Result<Vec<Value>, EvalError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let v = serde_json::from_str(line).map_err(|e| EvalError::Json {
            path: path.to_string(),
            line: i + 1,
            message: e.to_string(),
        })?;
        out.push(v);
    }
    Ok(out)
}

const OLD_PLOVER: &[(&str, &str)] = &[
    ("DEMAND", "REQUEST"),
    ("DISAPPROVE", "ACCUSE"),
    ("INVESTIGATE", "ACCUSE"),
    ("FIGHT", "ASSAULT"),
];

fn plover_quad5(t: &str) -> Option<i64> {
    Some(match t {
        "AGREE" | "SUPPORT" | "CONCEDE" => 1,
        "CONSULT" | "REQUEST" => 0,
        "COOPERATE" | "AID" | "RETREAT" => 2,
        "ACCUSE" | "REJECT" | "THREATEN" => 3,
        "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT" => 4,
        _ => return None,
    })
}

fn root_quad(root: &str) -> Option<i64> {
    let n: u32 = root.parse().ok()?;
    if root.len() != 2 {
        return None;
    }
    Some(match n {
        3 | 5 => 1,
        1 | 2 | 4 => 0,
        6..=8 => 2,
        9..=13 => 3,
        14..=20 => 4,
        _ => return None,
    })
}

fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Number(n)) => n.as_f64() != Some(0.0),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

/// Python's `str(x)` for JSON scalars.
fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        other => other.to_string(),
    }
}

fn first3(s: &str) -> String {
    s.chars().take(3).collect()
}

type Countries = BTreeSet<String>;

/// Country-level codes of a list of actors; `---` counts as no country.
fn countries(actors: Option<&Value>) -> Countries {
    let mut s = Countries::new();
    let mut add = |c: String| {
        let c = c.to_uppercase();
        if !c.is_empty() && c != "---" {
            s.insert(c);
        }
    };
    match actors {
        Some(Value::Array(items)) => {
            for a in items {
                match a {
                    Value::Object(o) => {
                        let c = match o.get("country") {
                            Some(v) if truthy(Some(v)) => py_str(v),
                            _ => match o.get("code") {
                                Some(v) if truthy(Some(v)) => first3(&py_str(v)),
                                _ => String::new(),
                            },
                        };
                        add(c);
                    }
                    other => add(first3(&py_str(other))),
                }
            }
        }
        // A string iterates as characters in Python.
        Some(Value::String(st)) => st.chars().for_each(|c| add(c.to_string())),
        _ => {}
    }
    s
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    Plover,
    Root,
    Full,
}

fn old_plover(t: &str) -> String {
    OLD_PLOVER
        .iter()
        .find(|(o, _)| *o == t)
        .map_or(t, |(_, n)| n)
        .to_string()
}

fn gold_type(g: &Value, level: Level) -> Option<String> {
    match level {
        Level::Plover => g
            .get("plover")
            .filter(|v| truthy(Some(v)))
            .map(|t| old_plover(&py_str(t))),
        _ => {
            let c = g.get("cameo").filter(|v| truthy(Some(v)))?;
            let c = py_str(c);
            Some(if level == Level::Root {
                c.chars().take(2).collect()
            } else {
                c
            })
        }
    }
}

fn sys_type(e: &Value, level: Level) -> Option<String> {
    match level {
        Level::Plover => e
            .get("event")
            .filter(|v| truthy(Some(v)))
            .map(|t| old_plover(&py_str(t))),
        _ => {
            let c = py_str(e.get("cameo").filter(|v| truthy(Some(v)))?);
            Some(if level == Level::Root {
                c.chars().take(2).collect()
            } else {
                c
            })
        }
    }
}

type Canon = (String, Countries, Countries, bool);

fn canonical(events: &[(String, Countries, Countries, bool)]) -> Vec<Canon> {
    let mut out = Vec::new();
    let mut pair_types: Vec<String> = Vec::new();
    let mut pairs: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for (t, src, tgt, sym) in events {
        if !sym && src.len() == 1 && tgt.len() == 1 && src != tgt {
            if !pairs.contains_key(t) {
                pair_types.push(t.clone());
            }
            let a = src.iter().next().expect("len 1").clone();
            let b = tgt.iter().next().expect("len 1").clone();
            pairs.entry(t.clone()).or_default().push((a, b));
        } else {
            out.push((t.clone(), src.clone(), tgt.clone(), *sym));
        }
    }
    for t in pair_types {
        let ps = &pairs[&t];
        let mut left: Vec<(String, String)> = ps.clone();
        let nodes: BTreeSet<&String> = ps.iter().flat_map(|(a, b)| [a, b]).collect();
        let mut comp: HashMap<&String, &String> = nodes.iter().map(|n| (*n, *n)).collect();
        fn find<'a>(comp: &HashMap<&'a String, &'a String>, mut n: &'a String) -> &'a String {
            while comp[n] != n {
                n = comp[n];
            }
            n
        }
        for (a, b) in ps {
            let ra = find(&comp, a);
            let rb = find(&comp, b);
            comp.insert(ra, rb);
        }
        let mut groups: Vec<(&String, BTreeSet<&String>)> = Vec::new();
        for n in &nodes {
            let r = find(&comp, n);
            match groups.iter_mut().find(|(k, _)| *k == r) {
                Some((_, g)) => {
                    g.insert(*n);
                }
                None => groups.push((r, BTreeSet::from([*n]))),
            }
        }
        for (_, members) in groups {
            let und: BTreeSet<BTreeSet<&String>> = ps
                .iter()
                .filter(|(a, _)| members.contains(a))
                .map(|(a, b)| BTreeSet::from([a, b]))
                .collect();
            let m = members.len();
            let full = und.len() == m * (m.saturating_sub(1)) / 2;
            let both_ways = ps
                .iter()
                .filter(|(a, _)| members.contains(a))
                .any(|(a, b)| ps.contains(&(b.clone(), a.clone())));
            if m >= 2 && full && (m >= 3 || both_ways) {
                out.push((
                    t.clone(),
                    members.iter().map(|s| (*s).clone()).collect(),
                    Countries::new(),
                    true,
                ));
                left.retain(|(a, _)| !members.contains(a));
            }
        }
        for (a, b) in left {
            out.push((t.clone(), BTreeSet::from([a]), BTreeSet::from([b]), false));
        }
    }
    out
}

fn match_events(
    gold: &[&Value],
    system: &[&Value],
    level: Level,
    with_actors: bool,
) -> (usize, usize, usize) {
    let g: Vec<_> = gold
        .iter()
        .map(|e| {
            (
                gold_type(e, level).unwrap_or_default(),
                countries(e.get("source")),
                countries(e.get("target")),
                truthy(e.get("symmetric")),
            )
        })
        .collect();
    let s: Vec<_> = system
        .iter()
        .map(|e| {
            (
                sys_type(e, level).unwrap_or_default(),
                countries(e.get("actor")),
                countries(e.get("recipient")),
                truthy(e.get("symmetric")),
            )
        })
        .collect();
    let g = canonical(&g);
    let s = canonical(&s);
    let mut used = vec![false; s.len()];
    let mut tp = 0;
    for (gt, gs, gtg, gsym) in &g {
        for (i, (st, ss, stg, ssym)) in s.iter().enumerate() {
            if used[i] || st != gt {
                continue;
            }
            if with_actors {
                let ok = if *gsym || *ssym {
                    gs.union(gtg).collect::<BTreeSet<_>>() == ss.union(stg).collect::<BTreeSet<_>>()
                } else {
                    gs == ss && gtg == stg
                };
                if !ok {
                    continue;
                }
            }
            used[i] = true;
            tp += 1;
            break;
        }
    }
    (tp, s.len(), g.len())
}

/// `a / b`, or 0 when `b` is 0 (unrounded).
fn fraction(a: usize, b: usize) -> f64 {
    if b > 0 {
        a as f64 / b as f64
    } else {
        0.0
    }
}

/// `a / b` rounded as the scorer rounds, 0 when `b` is 0.
fn ratio(a: usize, b: usize) -> f64 {
    round4(fraction(a, b))
}

/// Rounded precision, recall and F1; F1 is computed from the unrounded
/// precision and recall, as score.py does.
fn precision_recall_f1(p: f64, r: f64) -> (f64, f64, f64) {
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (round4(p), round4(r), round4(f))
}

fn prf(tp: usize, ns: usize, ng: usize) -> (f64, f64, f64) {
    precision_recall_f1(fraction(tp, ns), fraction(tp, ng))
}

fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    6371.0 * 2.0 * h.sqrt().asin()
}

fn num(v: Option<&Value>) -> Option<f64> {
    v.and_then(Value::as_f64)
}

fn overlap(a: (i64, i64), b: (i64, i64)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Scores `system` records against `gold` records; figures in the scorer's order.
pub fn score(gold: &[Value], system: &[Value]) -> Vec<(String, Figure)> {
    let mut by_doc: HashMap<String, Vec<&Value>> = HashMap::new();
    let mut doc_order: Vec<String> = Vec::new();
    for e in system {
        let d = py_str(e.get("doc_id").unwrap_or(&Value::Null));
        if !by_doc.contains_key(&d) {
            doc_order.push(d.clone());
        }
        by_doc.entry(d).or_default().push(e);
    }
    let id_of = |r: &Value| py_str(r.get("id").unwrap_or(&Value::Null));
    let ids: BTreeSet<String> = gold.iter().map(id_of).collect();
    let unknown = doc_order.iter().filter(|d| !ids.contains(*d)).count();
    let mut results: Vec<(String, Figure)> = vec![
        ("records".into(), Figure::Int(gold.len() as i64)),
        ("system_events".into(), Figure::Int(system.len() as i64)),
        (
            "events_for_unknown_docs".into(),
            Figure::Int(unknown as i64),
        ),
    ];
    let empty: Vec<&Value> = Vec::new();
    let gold_of = |r: &Value, key: &str| r.get("gold").and_then(|g| g.get(key)).cloned();
    let docs = |r: &Value| by_doc.get(&id_of(r)).unwrap_or(&empty).clone();

    let ev: Vec<&Value> = gold
        .iter()
        .filter(|r| gold_of(r, "events").is_some())
        .collect();
    if !ev.is_empty() {
        for (level, lname) in [
            (Level::Plover, "plover"),
            (Level::Root, "root"),
            (Level::Full, "full"),
        ] {
            let events_of = |r: &Value| -> Vec<Value> {
                gold_of(r, "events")
                    .and_then(|v| v.as_array().cloned())
                    .unwrap_or_default()
            };
            let recs: Vec<&&Value> = ev
                .iter()
                .filter(|r| {
                    let es = events_of(r);
                    es.iter().any(|g| gold_type(g, level).is_some()) || es.is_empty()
                })
                .collect();
            if recs.is_empty()
                || !recs
                    .iter()
                    .any(|r| events_of(r).iter().any(|g| gold_type(g, level).is_some()))
            {
                continue;
            }
            for with_actors in [false, true] {
                let (mut tp, mut ns, mut ng) = (0, 0, 0);
                for r in &recs {
                    let es = events_of(r);
                    let ge: Vec<&Value> = es
                        .iter()
                        .filter(|g| gold_type(g, level).is_some())
                        .collect();
                    let se: Vec<&Value> = docs(r)
                        .into_iter()
                        .filter(|e| sys_type(e, level).is_some())
                        .collect();
                    let (a, b, c) = match_events(&ge, &se, level, with_actors);
                    tp += a;
                    ns += b;
                    ng += c;
                }
                let key = format!(
                    "events.{lname}.{}",
                    if with_actors { "type+actors" } else { "type" }
                );
                let (p, rc, f) = prf(tp, ns, ng);
                results.push((
                    key,
                    Figure::Dict(vec![
                        ("precision", Figure::Float(p)),
                        ("recall", Figure::Float(rc)),
                        ("f1", Figure::Float(f)),
                        ("tp", Figure::Int(tp as i64)),
                        ("system", Figure::Int(ns as i64)),
                        ("gold", Figure::Int(ng as i64)),
                    ]),
                ));
            }
        }
    }

    let quad: Vec<&Value> = gold
        .iter()
        .filter(|r| gold_of(r, "quad5").is_some())
        .collect();
    if !quad.is_empty() {
        let (mut correct, mut total, mut coop_ok, mut coop_total) = (0, 0, 0, 0);
        for r in &quad {
            let g = gold_of(r, "quad5").and_then(|v| v.as_i64()).unwrap_or(-1);
            let evs = docs(r);
            let q = evs
                .iter()
                .map(|e| {
                    let root: String = e
                        .get("cameo")
                        .filter(|v| truthy(Some(v)))
                        .map(py_str)
                        .unwrap_or_default()
                        .chars()
                        .take(2)
                        .collect();
                    root_quad(&root).unwrap_or_else(|| {
                        e.get("event")
                            .and_then(Value::as_str)
                            .and_then(plover_quad5)
                            .unwrap_or(0)
                    })
                })
                .max()
                .unwrap_or(0);
            total += 1;
            correct += usize::from(q == g);
            if (1..=4).contains(&g) {
                coop_total += 1;
                coop_ok += usize::from(((1..=2).contains(&q) == (1..=2).contains(&g)) && q != 0);
            }
        }
        results.push((
            "quad5.accuracy".into(),
            Figure::Float(ratio(correct, total)),
        ));
        results.push((
            "quad5.coop_vs_conflict_accuracy".into(),
            Figure::Float(ratio(coop_ok, coop_total)),
        ));
    }

    let roles: Vec<&Value> = gold
        .iter()
        .filter(|r| gold_of(r, "roles").is_some())
        .collect();
    if !roles.is_empty() {
        for (role, field) in [("source", "actor"), ("target", "recipient")] {
            let (mut tp_g, mut ng, mut tp_s, mut ns) = (0, 0, 0, 0);
            for r in &roles {
                let gr = gold_of(r, "roles")
                    .and_then(|v| v.as_array().cloned())
                    .unwrap_or_default();
                let gs: Vec<(i64, i64)> = gr
                    .iter()
                    .filter(|x| x.get("role").and_then(Value::as_str) == Some(role))
                    .map(|x| {
                        (
                            x["start"].as_i64().unwrap_or(0),
                            x["end"].as_i64().unwrap_or(0),
                        )
                    })
                    .collect();
                let mut ss: BTreeSet<(i64, i64)> = BTreeSet::new();
                for e in docs(r) {
                    for a in e.get(field).and_then(Value::as_array).into_iter().flatten() {
                        if let Some(sp) = a.get("span").and_then(Value::as_array) {
                            if sp.len() == 2 {
                                if let (Some(x), Some(y)) = (sp[0].as_f64(), sp[1].as_f64()) {
                                    ss.insert((x as i64, y as i64));
                                }
                            }
                        }
                    }
                }
                ng += gs.len();
                ns += ss.len();
                tp_g += gs
                    .iter()
                    .filter(|g| ss.iter().any(|s| overlap(**g, *s)))
                    .count();
                tp_s += ss
                    .iter()
                    .filter(|s| gs.iter().any(|g| overlap(*g, **s)))
                    .count();
            }
            let (p, rc, f) = precision_recall_f1(fraction(tp_s, ns), fraction(tp_g, ng));
            results.push((
                format!("roles.{role}.overlap"),
                Figure::Dict(vec![
                    ("precision", Figure::Float(p)),
                    ("recall", Figure::Float(rc)),
                    ("f1", Figure::Float(f)),
                    ("gold", Figure::Int(ng as i64)),
                    ("system", Figure::Int(ns as i64)),
                ]),
            ));
        }
    }

    let places: Vec<&Value> = gold
        .iter()
        .filter(|r| gold_of(r, "places").is_some())
        .collect();
    if !places.is_empty() {
        let (mut ng, mut nfound, mut n161, mut ns, mut nsys_ok) = (0, 0, 0, 0, 0);
        for r in &places {
            let sp: Vec<&Value> = docs(r)
                .into_iter()
                .filter(|e| {
                    e.get("start").is_some()
                        && e.get("kind").map(py_str).unwrap_or_else(|| "place".into()) == "place"
                })
                .collect();
            ns += sp.len();
            let gp = gold_of(r, "places")
                .and_then(|v| v.as_array().cloned())
                .unwrap_or_default();
            let range = |v: &Value| {
                (
                    num(v.get("start")).unwrap_or(0.0) as i64,
                    num(v.get("end")).unwrap_or(0.0) as i64,
                )
            };
            for g in &gp {
                let Some(glat) = num(g.get("lat")) else {
                    continue;
                };
                let glon = num(g.get("lon")).unwrap_or(0.0);
                ng += 1;
                if let Some(e) = sp.iter().find(|e| overlap(range(g), range(e))) {
                    nfound += 1;
                    if let (Some(lat), Some(lon)) = (num(e.get("lat")), num(e.get("lon"))) {
                        if haversine_km((glat, glon), (lat, lon)) <= 161.0 {
                            n161 += 1;
                        }
                    }
                }
            }
            nsys_ok += sp
                .iter()
                .filter(|e| gp.iter().any(|g| overlap(range(g), range(e))))
                .count();
        }
        results.push((
            "places.recognition".into(),
            Figure::Dict(vec![
                ("precision", Figure::Float(ratio(nsys_ok, ns))),
                ("recall", Figure::Float(ratio(nfound, ng))),
                ("gold", Figure::Int(ng as i64)),
                ("system", Figure::Int(ns as i64)),
            ]),
        ));
        results.push((
            "places.resolved_within_161km".into(),
            Figure::Float(ratio(n161, ng)),
        ));
    }
    results
}

/// Whether each system event is right, judged against the gold of its record,
/// for calibrating confidence: `Some(true)` or `Some(false)` when the record
/// has gold that can judge it, `None` otherwise (unknown document, or gold of
/// places only). Where a record has several kinds of gold, the first of these
/// decides:
/// - `events`: some gold event has the event's PLOVER category;
/// - `quad5`: the event's coarse class (as the scorer maps it) is the record's
///   (a consultation, CAMEO 04, may also be class 1);
/// - `roles`: one of the event's actor spans overlaps a gold source span.
pub fn event_outcomes(gold: &[Value], system: &[Value]) -> Vec<Option<bool>> {
    let by_id: HashMap<String, &Value> = gold
        .iter()
        .map(|r| (py_str(r.get("id").unwrap_or(&Value::Null)), r))
        .collect();
    let span_of = |v: &Value| -> Option<(i64, i64)> {
        let sp = v.get("span")?.as_array()?;
        Some((sp.first()?.as_f64()? as i64, sp.get(1)?.as_f64()? as i64))
    };
    system
        .iter()
        .map(|e| {
            let r = by_id.get(&py_str(e.get("doc_id").unwrap_or(&Value::Null)))?;
            let g = r.get("gold")?;
            if let Some(events) = g.get("events").and_then(Value::as_array) {
                let t = sys_type(e, Level::Plover);
                return Some(
                    t.is_some() && events.iter().any(|x| gold_type(x, Level::Plover) == t),
                );
            }
            if let Some(q) = g.get("quad5").and_then(Value::as_i64) {
                let cameo = e.get("cameo").map(py_str).unwrap_or_default();
                let root: String = cameo.chars().take(2).collect();
                let mine = root_quad(&root)
                    .or_else(|| e.get("event").map(py_str).and_then(|t| plover_quad5(&t)));
                // A consultation is neutral to the scorer but verbal
                // cooperation in CAMEO's own quad classes: either is right.
                return Some(mine == Some(q) || (root == "04" && q == 1));
            }
            if let Some(roles) = g.get("roles").and_then(Value::as_array) {
                let sources: Vec<(i64, i64)> = roles
                    .iter()
                    .filter(|x| x.get("role").and_then(Value::as_str) == Some("source"))
                    .filter_map(|x| Some((x.get("start")?.as_i64()?, x.get("end")?.as_i64()?)))
                    .collect();
                let actors = e.get("actor").and_then(Value::as_array);
                return Some(
                    actors
                        .into_iter()
                        .flatten()
                        .filter_map(span_of)
                        .any(|a| sources.iter().any(|&s| overlap(s, a))),
                );
            }
            None
        })
        .collect()
}

/// Renders figures exactly as score.py prints them.
pub fn render(results: &[(String, Figure)]) -> String {
    let mut out = String::new();
    for (k, v) in results {
        let mut val = String::new();
        v.render(false, &mut val);
        out.push_str(&format!("{k:45} {val}\n"));
    }
    out.push_str("SUMMARY {");
    for (i, (k, v)) in results.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!("\"{k}\":"));
        v.render(true, &mut out);
    }
    out.push_str("}\n");
    out
}
