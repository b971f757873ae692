//! Reading PETRARCH / TABARI actor dictionaries (`.actors` files), such as the
//! Phoenix dictionaries of the Open Event Data Alliance (MIT licence).
//!
//! The format, as those files use it:
//!
//! ```text
//! # a comment; anything after '#' on a line is a comment too
//! ATAL_BIHARI_VAJPAYEE_  # CountryInfo.txt       <- an entry: words joined by '_'
//! +VAJPAYEE_ATAL_BIHARI_                           <- another name of the same actor
//!     [INDELI 420101-960516]                       <- a code with its dates (indented)
//!     [INDGOV 980319-040522]
//!     [INDELI]                                     <- a code without dates: the default
//! UNITED_NATIONS_ [IGOUNO]                         <- an entry with its code on one line
//! ```
//!
//! Dates are `YYMMDD` (years up to 30 are 20YY, later ones 19YY) or
//! `YYYYMMDD`; `A-B` is a term, `>A` from A on, `<B` until B. A line that
//! cannot be read is reported (file, line, why) and skipped; the rest of the
//! file is read: [`read_actors`] never fails.

/// A code an actor holds, for a period or by default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    /// CAMEO actor code, e.g. `INDGOV`, `IGOUNO`.
    pub code: String,
    /// First day (`YYYY-MM-DD`), when the code is dated from a day.
    pub from: Option<String>,
    /// Last day (`YYYY-MM-DD`), when the code is dated until a day.
    pub to: Option<String>,
}

impl DatedCode {
    /// True when the code has neither start nor end: the actor's default.
    pub fn is_default(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }
}

/// One dictionary entry: an actor's names and codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictActor {
    /// Names as written, underscores read as spaces; the first is the entry's own.
    pub names: Vec<String>,
    /// Codes in the order given.
    pub codes: Vec<DatedCode>,
    /// 1-based line of the entry's first name.
    pub line: usize,
}

/// A line of a dictionary that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct DictError {
    /// The dictionary file's name as given.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl DictError {
    fn new(file: &str, line: usize, message: String) -> DictError {
        DictError {
            file: file.to_string(),
            line,
            message,
        }
    }
}

/// What [`read_actors`] read from one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActorDictionary {
    /// Entries with at least one name and one code.
    pub actors: Vec<DictActor>,
    /// Lines skipped, and entries left without a code.
    pub errors: Vec<DictError>,
}

/// Reads an actor dictionary. `file` names it in errors.
pub fn read_actors(file: &str, text: &str) -> ActorDictionary {
    let mut out = ActorDictionary::default();
    let mut current: Option<DictActor> = None;
    let error = |line: usize, message: String| DictError::new(file, line, message);
    let finish = |entry: Option<DictActor>, out: &mut ActorDictionary| {
        if let Some(e) = entry {
            if e.codes.is_empty() {
                out.errors.push(error(
                    e.line,
                    format!("{:?} has no code (help: add `[CODE]` after the name or on an indented line)", e.names[0]),
                ));
            } else {
                out.actors.push(e);
            }
        }
    };
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let content = raw.split('#').next().unwrap_or("");
        if content.trim().is_empty() {
            continue;
        }
        let indented = content.starts_with([' ', '\t']);
        let content = content.trim();
        // Codes on this line, and the rest (a name, or nothing).
        let (name_part, codes) = match split_codes(content) {
            Ok(x) => x,
            Err(message) => {
                out.errors.push(error(line, message));
                continue;
            }
        };
        let mut parsed = Vec::new();
        for c in &codes {
            match parse_code(c) {
                Ok(code) => parsed.push(code),
                Err(message) => out.errors.push(error(line, message)),
            }
        }
        let name_part = name_part.trim();
        if name_part.is_empty() {
            match current.as_mut() {
                Some(e) => e.codes.extend(parsed),
                None if indented || !codes.is_empty() => out
                    .errors
                    .push(error(line, "a code with no entry before it".into())),
                None => {}
            }
            continue;
        }
        if let Some(alias) = name_part.strip_prefix('+') {
            let Some(e) = current.as_mut() else {
                out.errors
                    .push(error(line, "a `+` name with no entry before it".into()));
                continue;
            };
            match read_name(alias) {
                Some(n) => {
                    if !e.names.contains(&n) {
                        e.names.push(n);
                    }
                }
                None => out
                    .errors
                    .push(error(line, format!("no name in {alias:?}"))),
            }
            e.codes.extend(parsed);
            continue;
        }
        if indented {
            out.errors.push(error(
                line,
                format!("indented line is neither a code nor empty: {name_part:?}"),
            ));
            continue;
        }
        let Some(name) = read_name(name_part) else {
            out.errors
                .push(error(line, format!("no name in {name_part:?}")));
            continue;
        };
        finish(current.take(), &mut out);
        current = Some(DictActor {
            names: vec![name],
            codes: parsed,
            line,
        });
    }
    finish(current.take(), &mut out);
    out
}

/// Splits `NAME [A] [B d-d]` into the name and the bracketed codes.
fn split_codes(s: &str) -> Result<(&str, Vec<&str>), String> {
    let Some(open) = s.find('[') else {
        if s.contains(']') {
            return Err(format!("`]` without `[` in {s:?}"));
        }
        return Ok((s, Vec::new()));
    };
    let name = &s[..open];
    let mut codes = Vec::new();
    let mut rest = &s[open..];
    while let Some(r) = rest.strip_prefix('[') {
        let Some(close) = r.find(']') else {
            return Err(format!("`[` without `]` in {s:?}"));
        };
        codes.push(r[..close].trim());
        rest = r[close + 1..].trim_start();
    }
    if !rest.is_empty() {
        return Err(format!("text after the codes: {rest:?}"));
    }
    Ok((name, codes))
}

/// `INDGOV`, `INDGOV 980319-040522`, `IGOUNO >20070101`, `ESPGOV <790101`.
fn parse_code(s: &str) -> Result<DatedCode, String> {
    let mut parts = s.split_whitespace();
    let code = parts.next().ok_or("empty code `[]`")?;
    let code = code.trim_start_matches('~');
    if !(3..=15).contains(&code.len())
        || !code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    {
        return Err(format!(
            "bad code {code:?} (help: 3 to 15 upper-case letters, e.g. INDGOV)"
        ));
    }
    let (from, to) = match parts.next() {
        None => (None, None),
        Some(d) => {
            if let Some(x) = d.strip_prefix('>') {
                (Some(read_date(x)?), None)
            } else if let Some(x) = d.strip_prefix('<') {
                (None, Some(read_date(x)?))
            } else if let Some((a, b)) = d.split_once('-') {
                (Some(read_date(a)?), Some(read_date(b)?))
            } else {
                return Err(format!(
                    "bad dates {d:?} (help: YYMMDD-YYMMDD, >YYMMDD or <YYMMDD)"
                ));
            }
        }
    };
    if let Some(extra) = parts.next() {
        return Err(format!("unexpected {extra:?} after the dates of {code}"));
    }
    Ok(DatedCode {
        code: code.to_string(),
        from,
        to,
    })
}

/// `980319` → `1998-03-19`; `20070101` → `2007-01-01`.
fn read_date(s: &str) -> Result<String, String> {
    let bad = || format!("bad date {s:?} (help: YYMMDD or YYYYMMDD)");
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let (year, md) = match s.len() {
        6 => {
            let yy: u32 = s[..2].parse().map_err(|_| bad())?;
            (if yy <= 30 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        8 => (s[..4].parse().map_err(|_| bad())?, &s[4..]),
        _ => return Err(bad()),
    };
    let month: u32 = md[..2].parse().map_err(|_| bad())?;
    let day: u32 = md[2..].parse().map_err(|_| bad())?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return Err(bad());
    }
    Ok(format!("{year:04}-{month:02}-{day:02}"))
}

/// `ATAL_BIHARI_VAJPAYEE_` → `ATAL BIHARI VAJPAYEE`: underscores are spaces.
fn read_name(s: &str) -> Option<String> {
    let words: Vec<&str> = s
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Function words written in lower case inside a name.
const NAME_FUNCTION_WORDS: &[&str] = &[
    "of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "by", "with", "de", "des", "du",
    "del", "la", "le", "van", "von", "der",
];

/// A dictionary name as news writes it: `ATAL BIHARI VAJPAYEE` → `Atal
/// Bihari Vajpayee`, `BAN KI-MOON` → `Ban Ki-Moon`. Words with a dot
/// (`U.N.`) and short words without a vowel (`UNHCR`, `PKK`) stay upper
/// case, as does a one-word name of four letters or fewer (an acronym:
/// `NATO`, but `Hamas`) and a name already written with lower-case letters.
/// Function words after the first word are lower case (`COMMUNIST PARTY OF
/// CHINA` → `Communist Party of China`).
pub fn news_case(name: &str) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    let acronym = words.len() == 1 && name.chars().filter(|c| c.is_alphabetic()).count() <= 4;
    // A name with lower-case letters was cased by whoever wrote it.
    if acronym || name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    let mut out = Vec::with_capacity(words.len());
    for (k, w) in words.into_iter().enumerate() {
        // "Communist Party of China", "Democratic Front for the Liberation
        // of Palestine": news writes function words in lower case after
        // the first word (and names match only as written).
        let lower = w.to_lowercase();
        if k > 0 && NAME_FUNCTION_WORDS.contains(&lower.as_str()) {
            out.push(lower);
            continue;
        }
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        let vowel = letters.iter().any(|c| "AEIOUYaeiouy".contains(*c));
        if w.contains('.') || (letters.len() <= 5 && !vowel) {
            out.push(w.to_string());
            continue;
        }
        let mut cased = String::with_capacity(w.len());
        let mut start = true;
        for c in w.chars() {
            if start {
                cased.extend(c.to_uppercase());
            } else {
                cased.extend(c.to_lowercase());
            }
            start = matches!(c, '-' | '\'' | '(' | '/');
        }
        out.push(cased);
    }
    out.join(" ")
}

/// Splits "NAME (ACRONYM)" when the acronym's letters are the initials of
/// the name's words, small words ("of", "the", "and", "for"…) optional:
/// "LIBERATION TIGERS OF TAMIL EELAM (LTTE)" → ("LIBERATION TIGERS OF TAMIL
/// EELAM", "LTTE"), of four letters or more. Not any other parenthesis ("VIRGIN ISLANDS (UK)": the
/// islands are not the UK). The acronym comes back in capitals.
pub fn acronym_of(name: &str) -> Option<(&str, String)> {
    let open = name.rfind(" (")?;
    let inner = name[open + 2..].trim_end().strip_suffix(')')?.trim();
    let base = name[..open].trim_end();
    // Three letters or fewer name too many things ("CBA", "NFL").
    if inner.len() < 4 || inner.len() > 10 || !inner.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let acronym = inner.to_ascii_uppercase();
    let words: Vec<String> = base
        .split([' ', '_', '-'])
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_uppercase())
        .collect();
    const SMALL: &[&str] = &[
        "OF", "THE", "AND", "FOR", "IN", "ON", "DE", "DES", "DU", "LA", "&",
    ];
    // Match the acronym's letters to word initials in order; small words
    // may be skipped, other words may not.
    fn matches(letters: &[u8], words: &[String]) -> bool {
        match (letters.first(), words.first()) {
            (None, None) => true,
            (_, Some(w)) if SMALL.contains(&w.as_str()) => {
                (letters.first() == w.as_bytes().first() && matches(&letters[1..], &words[1..]))
                    || matches(letters, &words[1..])
            }
            (Some(&l), Some(w)) => {
                w.as_bytes().first() == Some(&l) && matches(&letters[1..], &words[1..])
            }
            _ => false,
        }
    }
    (words.len() >= 2 && matches(acronym.as_bytes(), &words)).then_some((base, acronym))
}

/// One agent of an agents dictionary: generic words coded by sector
/// ("FARMER [~AGR]": farmers are agriculture).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictAgent {
    /// Forms, lower case, words joined by spaces: singular and plural, with
    /// substitution sets expanded.
    pub forms: Vec<String>,
    /// The code: `~GOVAGR` (sectors added to the actor's) or `IGO~` (a root
    /// the agent gives the actor), without the `~`.
    pub code: String,
    /// 1-based line.
    pub line: usize,
}

/// What [`read_agents`] read from one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgentDictionary {
    /// Agents with a form and a code.
    pub agents: Vec<DictAgent>,
    /// Lines skipped.
    pub errors: Vec<DictError>,
}

/// Reads an agents dictionary (`Phoenix.agents.txt`): lines `WORDS_JOINED
/// {PLURAL} [~CODE]`, `{}` for no plural (else one is made by adding `s`),
/// and substitution sets `!PERSON! = MAN, MEN, WOMAN` used inside words
/// (`CATTLE!PERSON!`). Never fails: bad lines come back as errors.
pub fn read_agents(file: &str, text: &str) -> AgentDictionary {
    let mut out = AgentDictionary::default();
    let mut sets: Vec<(String, Vec<String>)> = Vec::new();
    let error = |line: usize, message: String| DictError::new(file, line, message);
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let content = raw.split('#').next().unwrap_or("").trim();
        if content.is_empty() {
            continue;
        }
        if let Some((name, values)) = content.split_once('=') {
            let name = name.trim();
            if name.starts_with('!') && name.ends_with('!') && name.len() > 2 {
                let values: Vec<String> = values
                    .split(',')
                    .map(|v| v.trim().to_lowercase())
                    .filter(|v| !v.is_empty())
                    .collect();
                sets.push((name.to_string(), values));
            } else {
                out.errors
                    .push(error(line, format!("bad substitution set {name:?}")));
            }
            continue;
        }
        let (Some(open), Some(close)) = (content.rfind('['), content.rfind(']')) else {
            out.errors.push(error(line, "no `[CODE]`".into()));
            continue;
        };
        if close < open {
            out.errors.push(error(line, "`]` before `[`".into()));
            continue;
        }
        let code = content[open + 1..close].trim();
        let bare = code.trim_matches('~');
        let tilde = code.starts_with('~') || code.ends_with('~');
        if !tilde
            || bare.len() < 3
            || bare.len() % 3 != 0
            || !bare.bytes().all(|b| b.is_ascii_uppercase())
        {
            out.errors.push(error(
                line,
                format!("bad agent code {code:?} (help: ~GOV or IGO~)"),
            ));
            continue;
        }
        let head = content[..open].trim();
        let (phrase, given_plural) = match (head.find('{'), head.rfind('}')) {
            (Some(a), Some(b)) if a < b => (head[..a].trim(), Some(head[a + 1..b].trim())),
            (None, None) => (head, None),
            _ => {
                out.errors.push(error(line, "unbalanced `{}`".into()));
                continue;
            }
        };
        let singular = expand(phrase, &sets);
        if singular.is_empty() {
            out.errors
                .push(error(line, format!("no words in {phrase:?}")));
            continue;
        }
        let mut forms = singular.clone();
        match given_plural {
            Some("") => {}
            Some(p) => forms.extend(expand(p, &sets)),
            None => forms.extend(singular.iter().filter_map(|f| plural(f))),
        }
        let mut seen = std::collections::HashSet::new();
        forms.retain(|f| seen.insert(f.clone()));
        out.agents.push(DictAgent {
            forms,
            code: bare.to_string(),
            line,
        });
    }
    out
}

/// The regular English plural of a phrase's last word ("farmer" →
/// "farmers", "secretary" → "secretaries", "cattleman" → "cattlemen");
/// none for a word that already reads as plural ("cattlemen", "police",
/// "people", "forces").
fn plural(phrase: &str) -> Option<String> {
    let w = phrase.rsplit(' ').next().unwrap_or(phrase);
    if w.ends_with('s') || w.ends_with("men") || w.ends_with("people") || w.ends_with("police") {
        return None;
    }
    let stem = &phrase[..phrase.len() - w.len()];
    let p = if let Some(base) = w.strip_suffix("man") {
        format!("{base}men")
    } else if w.ends_with('y') && !w.ends_with("ay") && !w.ends_with("ey") && !w.ends_with("oy") {
        format!("{}ies", &w[..w.len() - 1])
    } else if w.ends_with("ch") || w.ends_with("sh") || w.ends_with('x') || w.ends_with('z') {
        format!("{w}es")
    } else {
        format!("{w}s")
    };
    Some(format!("{stem}{p}"))
}

/// The forms of a phrase: `_` and blanks separate words; each `!SET!`
/// is replaced by each of its values (unknown sets leave the phrase out).
fn expand(phrase: &str, sets: &[(String, Vec<String>)]) -> Vec<String> {
    let mut forms = vec![phrase.to_lowercase()];
    for (name, values) in sets {
        let key = name.to_lowercase();
        if !forms.iter().any(|f| f.contains(&key)) {
            continue;
        }
        forms = forms
            .iter()
            .flat_map(|f| values.iter().map(|v| f.replace(key.as_str(), v)))
            .collect();
    }
    forms
        .into_iter()
        .filter(|f| !f.contains('!'))
        .map(|f| {
            f.split(|c: char| c == '_' || c.is_whitespace())
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|f| !f.is_empty())
        .collect()
}

/// Agents as `roles.tsv` rows (`sectors<TAB>forms`): the code's
/// three-letter parts that are CAMEO sectors (`~GOVAGR` → `GOV AGR`; a
/// root such as `IGO~` is its own sector). Agents with no such part are
/// left out.
pub fn role_rows(agents: &[DictAgent]) -> Vec<String> {
    let mut rows = Vec::new();
    for a in agents {
        let sectors: Vec<&str> = a
            .code
            .as_bytes()
            .chunks(3)
            .filter_map(|c| std::str::from_utf8(c).ok())
            .filter(|c| SECTORS.contains(c) || STATELESS.contains(c))
            .collect();
        let forms: Vec<String> = a
            .forms
            .iter()
            .map(|f| f.replace(['\t', '|'], " "))
            .collect();
        if !sectors.is_empty() && !forms.is_empty() {
            rows.push(format!("{}\t{}", sectors.join(" "), forms.join("|")));
        }
    }
    rows
}

/// CAMEO sector (agent type) codes a dictionary code may hold after its
/// root: roles and sectors of the CAMEO manual.
const SECTORS: &[&str] = &[
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "LEG", "SPY", "UAF", "INS", "SEP", "BUS",
    "CVL", "MED", "EDU", "ELI", "HLH", "HRI", "LAB", "AGR", "REF", "CRM", "DEV", "ENV", "REL",
    "MOD", "RAD",
];

/// Roots of actors that belong to no state.
const STATELESS: &[&str] = &["IGO", "NGO", "IMG", "MNC"];

/// Dictionary entries as rows of parley's knowledge-base files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KbRows {
    /// `people.tsv` rows (8 columns, TAB-separated, no newline): one per
    /// dated code of an actor with dated codes, its default code last; only
    /// names of two words or more.
    pub people: Vec<String>,
    /// `organizations.tsv` rows (4 columns): actors whose codes are all
    /// undated, by their first code.
    pub organisations: Vec<String>,
    /// Entries of a country (a code of three letters) left to
    /// `countries.tsv`: their other names are often places.
    pub countries: usize,
    /// Entries left out, with why (a root that is neither a known state nor
    /// IGO, NGO, IMG or MNC).
    pub skipped: Vec<DictError>,
}

/// Turns dictionary entries into knowledge-base rows. `is_state` tells the
/// state roots parley knows (`IND`); `file` names the source in the rows'
/// `source` column and in errors.
pub fn kb_rows(file: &str, actors: &[DictActor], is_state: impl Fn(&str) -> bool) -> KbRows {
    let mut out = KbRows::default();
    // "THE UNITED NATIONS": the article is not part of the name (the
    // mention recogniser leaves determiners out).
    let clean = |n: &str| {
        let n = n.replace(['\t', '|'], " ");
        let n = match n.split_once(' ') {
            Some((the, rest)) if the.eq_ignore_ascii_case("the") && !rest.is_empty() => rest,
            _ => n.as_str(),
        };
        news_case(n)
    };
    for a in actors {
        if a.codes.iter().all(|c| c.code.len() == 3) {
            out.countries += 1;
            continue;
        }
        let names: Vec<String> = {
            let mut v: Vec<String> = Vec::new();
            let mut add = |n: String| {
                if !n.is_empty() && !v.contains(&n) {
                    v.push(n);
                }
            };
            for n in &a.names {
                // "LIBERATION TIGERS OF TAMIL EELAM (LTTE)": the name, and
                // its acronym as a name of its own.
                match acronym_of(n) {
                    Some((name, acronym)) => {
                        add(clean(name));
                        add(acronym.to_string());
                    }
                    None => add(clean(n)),
                }
            }
            v
        };
        let root_ok = |code: &str| {
            code.get(..3)
                .is_some_and(|r| STATELESS.contains(&r) || is_state(r))
        };
        fn sectors(code: &str) -> Vec<&str> {
            let root = &code[..3];
            if STATELESS.contains(&root) {
                return vec![root];
            }
            code.as_bytes()[3..]
                .chunks(3)
                .filter_map(|c| std::str::from_utf8(c).ok())
                .filter(|c| SECTORS.contains(c))
                .collect()
        }
        let source = format!("{file}:{}", a.line);
        if a.codes.iter().any(|c| !c.is_default()) {
            // A person is known by two words or more: a bare "Abdullah" or
            // "Singh" names too many people.
            let names: Vec<String> = names.into_iter().filter(|n| n.contains(' ')).collect();
            if names.is_empty() {
                out.skipped.push(DictError::new(
                    file,
                    a.line,
                    "a person known by one word only".into(),
                ));
                continue;
            }
            // Dated terms first, the default last: the first term that holds
            // on a document's date is chosen.
            let mut codes: Vec<&DatedCode> = a.codes.iter().filter(|c| !c.is_default()).collect();
            codes.extend(a.codes.iter().filter(|c| c.is_default()));
            let mut any = false;
            for c in codes.into_iter().filter(|c| root_ok(&c.code)) {
                any = true;
                out.people.push(format!(
                    "{}\t{}\t{}\t{}\tCAMEO {} (PETRARCH dictionary)\t{}\t{}\t{source}",
                    names[0],
                    names[1..].join("|"),
                    &c.code[..3],
                    sectors(&c.code).join(" "),
                    c.code,
                    c.from.as_deref().unwrap_or(""),
                    c.to.as_deref().unwrap_or(""),
                ));
            }
            if !any {
                out.skipped.push(DictError::new(
                    file,
                    a.line,
                    format!(
                        "{:?}: no code with a known state or IGO/NGO/IMG/MNC root",
                        names[0]
                    ),
                ));
            }
            continue;
        }
        let code = &a.codes[0].code;
        if !root_ok(code) {
            out.skipped.push(DictError::new(
                file,
                a.line,
                format!(
                    "{:?}: {code} has no known state or IGO/NGO/IMG/MNC root",
                    names[0]
                ),
            ));
            continue;
        }
        let root = &code[..3];
        let sector = sectors(code).first().copied().unwrap_or(root);
        out.organisations
            .push(format!("{code}\t{root}\t{sector}\t{}", names.join("|")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        let cases = [
            ("980319", Ok("1998-03-19")),
            ("040522", Ok("2004-05-22")),
            ("300101", Ok("2030-01-01")),
            ("310101", Ok("1931-01-01")),
            ("20070101", Ok("2007-01-01")),
            ("2004017", Err(())),
            ("041322", Err(())),
            ("04a522", Err(())),
        ];
        for (s, want) in cases {
            let got = read_date(s).map_err(|_| ());
            assert_eq!(got.as_deref(), want.as_deref().map_err(|_| &()), "{s}");
        }
    }

    #[test]
    fn plurals() {
        let cases = [
            ("farmer", Some("farmers")),
            ("cattle rancher", Some("cattle ranchers")),
            ("secretary", Some("secretaries")),
            ("attorney", Some("attorneys")),
            ("cattleman", Some("cattlemen")),
            ("cattlemen", None),
            ("riot police", None),
            ("church", Some("churches")),
            ("forces", None),
        ];
        for (w, want) in cases {
            assert_eq!(plural(w).as_deref(), want, "{w}");
        }
    }

    #[test]
    fn names_as_news_writes_them() {
        let cases = [
            ("ATAL BIHARI VAJPAYEE", "Atal Bihari Vajpayee"),
            ("BAN KI-MOON", "Ban Ki-Moon"),
            ("U.N. SECRETARY GENERAL", "U.N. Secretary General"),
            ("NATO", "NATO"),
            ("HAMAS", "Hamas"),
            ("PKK REBELS", "PKK Rebels"),
            ("UN Secy Gen", "UN Secy Gen"),
            ("AL-QAEDA IN IRAQ", "Al-Qaeda in Iraq"),
            (
                "LIBERATION TIGERS OF TAMIL EELAM",
                "Liberation Tigers of Tamil Eelam",
            ),
        ];
        for (raw, want) in cases {
            assert_eq!(news_case(raw), want);
        }
    }
}
