//! The knowledge base: who and what an actor mention can refer to.
//!
//! Four data files in `data/` (formats documented in their headers) are
//! embedded and compiled once into a [`KnowledgeBase`]:
//! - `countries.tsv`: ISO 3166 alpha-3 code, names, adjectives/demonyms, and
//!   metonyms (capitals and seats of power, optionally `=SECTOR`);
//! - `organizations.tsv`: CAMEO-style code, country root (IGO, NGO, IMG or an
//!   ISO code), sector, names;
//! - `roles.tsv`: sector codes and the role nouns that signal them;
//! - `people.tsv`: office holders with country, sectors and date range.
//!
//! Every name is tokenised with [`parley_text::segment`], so lookups work on
//! the same tokens the pipeline produces.
//!
//! ```
//! let kb = parley_kb::KnowledgeBase::embedded();
//! let words = ["South", "Korean", "troops"];
//! let m = kb.longest_match(&words, 0).unwrap();
//! assert_eq!(m.len, 2);
//! assert_eq!(kb.country_of(&m.entries[0]).unwrap().iso3, "KOR");
//! ```

pub mod petrarch;

use std::collections::HashMap;

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// A country or territory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166 alpha-3 code (KOS for Kosovo, PSE for Palestine).
    pub iso3: String,
    /// Canonical short English name.
    pub name: String,
}

/// An organisation (intergovernmental, non-governmental, armed group …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    /// Full CAMEO-style actor code, e.g. `IGOUNO`.
    pub code: String,
    /// Country-level root: `IGO`, `NGO`, `IMG`, `MNC` or an ISO alpha-3 code.
    pub country: String,
    /// Sector code, e.g. `IGO`, `REB`.
    pub sector: String,
    /// Canonical name.
    pub name: String,
}

/// A role noun family ("defence minister" → GOV MIL).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// Sector codes; the first is the primary one.
    pub sectors: Vec<String>,
    /// The canonical (first) form.
    pub name: String,
}

/// A known person in one office for one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Full name as usually written.
    pub name: String,
    /// ISO alpha-3 code of the state served.
    pub country: String,
    /// Sector codes of the office.
    pub sectors: Vec<String>,
    /// The office's title.
    pub office: String,
    /// First day in office (`YYYY-MM-DD`), when known.
    pub from: Option<String>,
    /// Last day in office, empty when still in office.
    pub to: Option<String>,
    /// From an imported dictionary (`parley kb import`): such a term
    /// applies only when it holds on the document's date, or when it is the
    /// person's default (undated) term; see [`KnowledgeBase::term_on`].
    pub imported: bool,
}

impl Person {
    /// True when the person held the office on `date` (`YYYY-MM-DD`); unknown
    /// dates count as valid.
    pub fn holds_office_on(&self, date: Option<&str>) -> bool {
        let Some(d) = date else { return true };
        if d.len() < 10 {
            return true;
        }
        let after_start = self.from.as_deref().is_none_or(|f| f <= d);
        let before_end = self.to.as_deref().is_none_or(|t| d <= t);
        after_start && before_end
    }
}

/// What a lexicon entry refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// A country's name ("India").
    CountryName(usize),
    /// A country adjective or demonym ("Indian", "Indians").
    CountryAdjective(usize),
    /// A capital or seat of power acting for a country ("Moscow", "Pentagon").
    Metonym {
        /// Index of the country.
        country: usize,
        /// Index into the sector table of the metonym's sector (GOV by default).
        sector: usize,
    },
    /// An organisation.
    Organisation(usize),
    /// A role noun.
    Role(usize),
    /// A person.
    Person(usize),
}

/// How the case of the text must agree with the entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseRule {
    /// Any case (role nouns).
    Any,
    /// The first letter must be upper case (names; all-caps datelines pass).
    Capitalised,
    /// Exactly as written (all-caps abbreviations such as `US`, `UN`).
    Exact,
}

/// One way of writing a knowledge-base item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// What the words refer to.
    pub kind: EntryKind,
    /// How strictly the case must agree.
    pub case: CaseRule,
    /// The words exactly as written in the data file.
    pub surface: Vec<String>,
}

/// A match of lexicon entries at a position.
#[derive(Debug, Clone)]
pub struct LexiconMatch<'k> {
    /// Number of tokens matched.
    pub len: usize,
    /// Entries written with those words whose case rule the text satisfies.
    pub entries: Vec<&'k Entry>,
}

/// A data-file line that could not be understood.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct KbError {
    /// Data file name.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl KbError {
    fn at(file: &str, line: usize, message: String) -> KbError {
        KbError {
            file: file.to_string(),
            line,
            message,
        }
    }
}

/// The words of `name`, unless `own` (the names of the files read first)
/// holds them: imported entries give way to parley's own.
fn fresh_words(own: Option<&std::collections::HashSet<String>>, name: &str) -> Option<Vec<String>> {
    let words = name_words(name);
    let known = own.is_some_and(|own| own.contains(&lexicon_key(&words)));
    (!known).then_some(words)
}

/// The compiled knowledge base.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeBase {
    countries: Vec<Country>,
    organisations: Vec<Organisation>,
    roles: Vec<Role>,
    people: Vec<Person>,
    sectors: Vec<String>,
    /// Person name → indices of its office terms.
    terms: HashMap<String, Vec<usize>>,
    lexicon: FxHashMap<String, Vec<Entry>>,
    max_words: usize,
    /// Longest entry (in words) starting with each normalised first word, so
    /// that most tokens cost one lookup.
    first_words: FxHashMap<String, usize>,
}

/// The raw data files of a knowledge base.
#[derive(Debug, Clone, Copy)]
pub struct KbSources<'a> {
    /// `countries.tsv` contents.
    pub countries: &'a str,
    /// `organizations.tsv` contents.
    pub organisations: &'a str,
    /// `roles.tsv` contents.
    pub roles: &'a str,
    /// `people.tsv` contents.
    pub people: &'a str,
    /// Files imported from other dictionaries (`parley kb import`), read
    /// after the files above, whose entries win: an imported name the
    /// files above already know is left out.
    pub imported: &'a [ImportedFile<'a>],
}

/// An imported data file, in the format of `people.tsv` or
/// `organizations.tsv`.
#[derive(Debug, Clone, Copy)]
pub struct ImportedFile<'a> {
    /// Its name, for errors.
    pub name: &'a str,
    /// Which format it has.
    pub kind: ImportedKind,
    /// Its contents.
    pub text: &'a str,
}

/// The format of an [`ImportedFile`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportedKind {
    /// Dated offices of people (`people.tsv` columns).
    People,
    /// Organisations (`organizations.tsv` columns).
    Organisations,
    /// Role nouns coded by sector (`roles.tsv` columns).
    Roles,
}

impl ImportedKind {
    /// The kind of a file written by `parley kb import`, from its name's
    /// ending (`-people.tsv`, `-organizations.tsv`, `-roles.tsv`).
    pub fn of_file(name: &str) -> Option<ImportedKind> {
        if name.ends_with("-people.tsv") {
            Some(ImportedKind::People)
        } else if name.ends_with("-organizations.tsv") {
            Some(ImportedKind::Organisations)
        } else if name.ends_with("-roles.tsv") {
            Some(ImportedKind::Roles)
        } else {
            None
        }
    }
}

/// The Phoenix actor dictionaries (Open Event Data Alliance, MIT licence),
/// compiled by `tools/gen_phoenix.sh` (`parley kb import`).
const PHOENIX: &[ImportedFile<'static>] = &[
    ImportedFile {
        name: "phoenix-people.tsv",
        kind: ImportedKind::People,
        text: include_str!("../data/phoenix-people.tsv"),
    },
    ImportedFile {
        name: "phoenix-organizations.tsv",
        kind: ImportedKind::Organisations,
        text: include_str!("../data/phoenix-organizations.tsv"),
    },
    ImportedFile {
        name: "phoenix-roles.tsv",
        kind: ImportedKind::Roles,
        text: include_str!("../data/phoenix-roles.tsv"),
    },
];

impl KbSources<'static> {
    /// The data files compiled into the binary.
    pub fn embedded() -> KbSources<'static> {
        KbSources {
            countries: include_str!("../data/countries.tsv"),
            organisations: include_str!("../data/organizations.tsv"),
            roles: include_str!("../data/roles.tsv"),
            people: include_str!("../data/people.tsv"),
            imported: PHOENIX,
        }
    }
}

use parley_text::tsv::{data_lines, list as split_list};

fn is_code(s: &str, len: std::ops::RangeInclusive<usize>) -> bool {
    len.contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// Tokenises a name the way the pipeline tokenises text.
fn name_words(name: &str) -> Vec<String> {
    let seg = parley_text::segment(name);
    seg.tokens
        .iter()
        .map(|t| t.text(name).to_string())
        .collect()
}

fn lexicon_key<S: AsRef<str>>(words: &[S]) -> String {
    let mut key = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        push_normalised(&mut key, w.as_ref());
    }
    key
}

/// Appends [`normalise_word`]`(w)` to `key`, without a string of its own for
/// an ASCII word.
fn push_normalised(key: &mut String, w: &str) {
    if w.is_ascii() {
        key.extend(w.chars().map(|c| c.to_ascii_lowercase()));
    } else {
        key.push_str(&normalise_word(w));
    }
}

pub use parley_text::normalise_word;

fn case_rule_for(name: &str, default: CaseRule) -> CaseRule {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 2 && letters.len() <= 5 && letters.iter().all(|c| c.is_uppercase()) {
        CaseRule::Exact
    } else {
        default
    }
}

impl KnowledgeBase {
    /// The knowledge base compiled into the binary (built on first use).
    pub fn embedded() -> &'static KnowledgeBase {
        static KB: OnceLock<KnowledgeBase> = OnceLock::new();
        KB.get_or_init(|| {
            KnowledgeBase::compile(KbSources::embedded())
                .expect("embedded knowledge base is valid (checked by tests)")
        })
    }

    fn sector_index(&mut self, s: &str) -> usize {
        match self.sectors.iter().position(|x| x == s) {
            Some(i) => i,
            None => {
                self.sectors.push(s.to_string());
                self.sectors.len() - 1
            }
        }
    }

    fn add(&mut self, name: &str, kind: EntryKind, case: CaseRule) {
        self.add_words(name_words(name), kind, case);
    }

    fn add_words(&mut self, words: Vec<String>, kind: EntryKind, case: CaseRule) {
        if words.is_empty() {
            return;
        }
        self.max_words = self.max_words.max(words.len());
        let first = normalise_word(&words[0]);
        let longest = self.first_words.entry(first).or_insert(0);
        *longest = (*longest).max(words.len());
        let key = lexicon_key(&words);
        let entry = Entry {
            kind,
            case,
            surface: words,
        };
        let slot = self.lexicon.entry(key).or_default();
        if !slot.contains(&entry) {
            slot.push(entry);
        }
    }

    /// Parses, validates and compiles the data files.
    pub fn compile(src: KbSources<'_>) -> Result<KnowledgeBase, KbError> {
        let mut kb = KnowledgeBase::default();
        kb.sector_index("GOV");
        for (line, f) in data_lines(src.countries) {
            let e = |message: String| KbError {
                file: "countries.tsv".into(),
                line,
                message,
            };
            if f.len() != 4 {
                return Err(e(format!("expected 4 columns, found {}", f.len())));
            }
            if !is_code(f[0], 3..=3) {
                return Err(e(format!("bad country code {:?}", f[0])));
            }
            let names: Vec<&str> = split_list(f[1]).collect();
            let Some(first) = names.first() else {
                return Err(e("no name".into()));
            };
            let idx = kb.countries.len();
            if kb.countries.iter().any(|c| c.iso3 == f[0]) {
                return Err(e(format!("duplicate country {}", f[0])));
            }
            kb.countries.push(Country {
                iso3: f[0].to_string(),
                name: first.to_string(),
            });
            for n in names {
                kb.add(
                    n,
                    EntryKind::CountryName(idx),
                    case_rule_for(n, CaseRule::Capitalised),
                );
            }
            for a in split_list(f[2]) {
                kb.add(
                    a,
                    EntryKind::CountryAdjective(idx),
                    case_rule_for(a, CaseRule::Capitalised),
                );
            }
            for m in split_list(f[3]) {
                let (name, sector) = m.split_once('=').unwrap_or((m, "GOV"));
                let sector = kb.sector_index(sector.trim());
                let kind = EntryKind::Metonym {
                    country: idx,
                    sector,
                };
                kb.add(
                    name.trim(),
                    kind,
                    case_rule_for(name, CaseRule::Capitalised),
                );
            }
        }
        kb.read_organisations("organizations.tsv", src.organisations, None)?;
        kb.read_roles("roles.tsv", src.roles, None)?;
        kb.read_people("people.tsv", src.people, None)?;
        // Imported entries give way to the files above.
        let own: std::collections::HashSet<String> = kb.lexicon.keys().cloned().collect();
        for f in src.imported {
            match f.kind {
                ImportedKind::People => kb.read_people(f.name, f.text, Some(&own))?,
                ImportedKind::Organisations => kb.read_organisations(f.name, f.text, Some(&own))?,
                ImportedKind::Roles => kb.read_roles(f.name, f.text, Some(&own))?,
            }
        }
        Ok(kb)
    }

    /// Adds the organisations of an `organizations.tsv`-format file; with
    /// `own`, leaves out the names it holds.
    fn read_organisations(
        &mut self,
        file: &str,
        text: &str,
        own: Option<&std::collections::HashSet<String>>,
    ) -> Result<(), KbError> {
        for (line, f) in data_lines(text) {
            let e = |message: String| KbError::at(file, line, message);
            if f.len() != 4 {
                return Err(e(format!("expected 4 columns, found {}", f.len())));
            }
            if !is_code(f[0], 3..=15) || !is_code(f[1], 3..=3) || !is_code(f[2], 3..=3) {
                return Err(e(format!(
                    "bad code, country or sector: {:?} {:?} {:?}",
                    f[0], f[1], f[2]
                )));
            }
            let names: Vec<(&str, Vec<String>)> = split_list(f[3])
                .filter_map(|n| Some((n, fresh_words(own, n)?)))
                .collect();
            let Some((first, _)) = names.first() else {
                if own.is_some() {
                    continue;
                }
                return Err(e("no name".into()));
            };
            let idx = self.organisations.len();
            self.organisations.push(Organisation {
                code: f[0].to_string(),
                country: f[1].to_string(),
                sector: f[2].to_string(),
                name: first.to_string(),
            });
            for (n, words) in names {
                let case = case_rule_for(n, CaseRule::Capitalised);
                self.add_words(words, EntryKind::Organisation(idx), case);
            }
        }
        Ok(())
    }

    /// Adds the role nouns of a `roles.tsv`-format file; with `own`, leaves
    /// out the forms it holds.
    fn read_roles(
        &mut self,
        file: &str,
        text: &str,
        own: Option<&std::collections::HashSet<String>>,
    ) -> Result<(), KbError> {
        for (line, f) in data_lines(text) {
            let e = |message: String| KbError::at(file, line, message);
            if f.len() != 2 {
                return Err(e(format!("expected 2 columns, found {}", f.len())));
            }
            let sectors: Vec<String> = f[0].split_whitespace().map(String::from).collect();
            if sectors.is_empty() || !sectors.iter().all(|s| is_code(s, 3..=3)) {
                return Err(e(format!("bad sectors {:?}", f[0])));
            }
            let forms: Vec<Vec<String>> = split_list(f[1])
                .filter_map(|n| fresh_words(own, n))
                .filter(|w| !w.is_empty())
                .collect();
            let Some(first) = forms.first() else {
                if own.is_some() {
                    continue;
                }
                return Err(e("no form".into()));
            };
            let idx = self.roles.len();
            self.roles.push(Role {
                sectors,
                name: first.join(" "),
            });
            for words in forms {
                self.add_words(words, EntryKind::Role(idx), CaseRule::Any);
            }
        }
        Ok(())
    }

    /// Adds the office terms of a `people.tsv`-format file; with `own`,
    /// leaves out the names it holds.
    fn read_people(
        &mut self,
        file: &str,
        text: &str,
        own: Option<&std::collections::HashSet<String>>,
    ) -> Result<(), KbError> {
        // Name → the aliases it was entered with.
        let mut named: HashMap<String, String> = HashMap::new();
        for (line, f) in data_lines(text) {
            let e = |message: String| KbError::at(file, line, message);
            if f.len() != 8 {
                return Err(e(format!("expected 8 columns, found {}", f.len())));
            }
            if !is_code(f[2], 3..=3) {
                return Err(e(format!("bad country {:?}", f[2])));
            }
            let date = |s: &str| -> Result<Option<String>, KbError> {
                if s.is_empty() {
                    return Ok(None);
                }
                let ok = s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-';
                if ok {
                    Ok(Some(s.to_string()))
                } else {
                    Err(e(format!("bad date {s:?}")))
                }
            };
            let fresh = |n: &str| fresh_words(own, n);
            let Some(name_words) = fresh(f[0]) else {
                continue;
            };
            let idx = self.people.len();
            self.people.push(Person {
                name: f[0].to_string(),
                country: f[2].to_string(),
                sectors: f[3].split_whitespace().map(String::from).collect(),
                office: f[4].to_string(),
                from: date(f[5])?,
                to: date(f[6])?,
                imported: own.is_some(),
            });
            // The lexicon names a person's first term; the others are
            // found through `terms_of`.
            let terms = self.terms.entry(f[0].to_string()).or_default();
            terms.push(idx);
            let first = terms[0];
            if named.get(f[0]).is_some_and(|a| a == f[1]) {
                // Another term of a person already named, with the same names.
                continue;
            }
            named.insert(f[0].to_string(), f[1].to_string());
            self.add_words(name_words, EntryKind::Person(first), CaseRule::Capitalised);
            for words in split_list(f[1]).filter_map(fresh) {
                self.add_words(words, EntryKind::Person(first), CaseRule::Capitalised);
            }
        }
        Ok(())
    }

    /// Every office term of the person of term `i` (the same name), in
    /// file order: a term that holds on a date is chosen from these.
    pub fn terms_of(&self, i: usize) -> impl Iterator<Item = &Person> {
        self.terms
            .get(&self.people[i].name)
            .into_iter()
            .flatten()
            .map(|&j| &self.people[j])
    }

    /// The office term of the person of term `i` that applies on `date`
    /// (`YYYY-MM-DD`, or unknown): the first that holds then; failing that,
    /// for parley's own people, their first term. An imported person's
    /// dated terms apply only on a known date within them; otherwise their
    /// default (undated) term applies, and without one nothing does (a name
    /// shared by a minister of 2008 and a footballer is not the minister in
    /// an undated text).
    pub fn term_on(&self, i: usize, date: Option<&str>) -> Option<&Person> {
        let person = &self.people[i];
        if !person.imported {
            return self
                .terms_of(i)
                .find(|t| t.holds_office_on(date))
                .or(Some(person));
        }
        let known = date.is_some_and(|d| d.len() >= 10);
        self.terms_of(i)
            .find(|t| known && (t.from.is_some() || t.to.is_some()) && t.holds_office_on(date))
            .or_else(|| {
                self.terms_of(i)
                    .find(|t| t.from.is_none() && t.to.is_none())
            })
    }

    /// The country every office term of the person of term `i` serves, when
    /// they all serve one: a person's country holds beyond their offices.
    pub fn country_of_person(&self, i: usize) -> Option<&str> {
        let mut terms = self.terms_of(i);
        let first = terms.next()?.country.as_str();
        terms.all(|t| t.country == first).then_some(first)
    }

    /// The longest lexicon entry starting at `words[start]`, keeping only
    /// entries whose case rule the text satisfies.
    pub fn longest_match<S: AsRef<str>>(
        &self,
        words: &[S],
        start: usize,
    ) -> Option<LexiconMatch<'_>> {
        let first = words.get(start)?.as_ref();
        let mut key = String::new();
        push_normalised(&mut key, first);
        let &longest = self.first_words.get(&key)?;
        let max = longest.min(words.len().saturating_sub(start));
        // The key of every shorter span is a prefix of the longest one's:
        // build that once, noting where each span's key ends.
        let mut ends = Vec::with_capacity(max);
        ends.push(key.len());
        for w in words[start..start + max].iter().skip(1) {
            key.push(' ');
            push_normalised(&mut key, w.as_ref());
            ends.push(key.len());
        }
        for len in (1..=max).rev() {
            let span = &words[start..start + len];
            let Some(entries) = self.lexicon.get(&key[..ends[len - 1]]) else {
                continue;
            };
            let ok: Vec<&Entry> = entries.iter().filter(|e| case_agrees(e, span)).collect();
            if !ok.is_empty() {
                return Some(LexiconMatch { len, entries: ok });
            }
        }
        None
    }

    /// The country an entry refers to, if any.
    pub fn country_of(&self, entry: &Entry) -> Option<&Country> {
        match entry.kind {
            EntryKind::CountryName(i) | EntryKind::CountryAdjective(i) => self.countries.get(i),
            EntryKind::Metonym { country, .. } => self.countries.get(country),
            _ => None,
        }
    }

    /// Country by ISO alpha-3 code.
    pub fn country(&self, iso3: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.iso3 == iso3)
    }

    /// Every lexicon entry (names of countries, their peoples and metonyms,
    /// organisations, role nouns, people), sorted by their words as written.
    pub fn entries(&self) -> Vec<&Entry> {
        let mut all: Vec<&Entry> = self.lexicon.values().flatten().collect();
        all.sort_by(|a, b| a.surface.cmp(&b.surface));
        all
    }

    /// The lexicon's names of countries, of their peoples ("Indian") and of
    /// the places that stand for them ("Moscow"), words joined by one space,
    /// sorted.
    pub fn country_forms(&self) -> Vec<String> {
        let mut forms: Vec<String> = self
            .entries()
            .into_iter()
            .filter(|e| {
                matches!(
                    e.kind,
                    EntryKind::CountryName(_)
                        | EntryKind::CountryAdjective(_)
                        | EntryKind::Metonym { .. }
                )
            })
            .map(|e| e.surface.join(" "))
            .collect();
        forms.sort();
        forms.dedup();
        forms
    }

    /// All countries in file order.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// Organisation by index.
    pub fn organisation(&self, i: usize) -> &Organisation {
        &self.organisations[i]
    }

    /// All organisations.
    pub fn organisations(&self) -> &[Organisation] {
        &self.organisations
    }

    /// Role by index.
    pub fn role(&self, i: usize) -> &Role {
        &self.roles[i]
    }

    /// All roles.
    pub fn roles(&self) -> &[Role] {
        &self.roles
    }

    /// Person by index.
    pub fn person(&self, i: usize) -> &Person {
        &self.people[i]
    }

    /// All people.
    pub fn people(&self) -> &[Person] {
        &self.people
    }

    /// Sector code by index (metonym sectors).
    pub fn sector(&self, i: usize) -> &str {
        &self.sectors[i]
    }
}

fn case_agrees<S: AsRef<str>>(entry: &Entry, words: &[S]) -> bool {
    match entry.case {
        CaseRule::Any => true,
        CaseRule::Exact => entry
            .surface
            .iter()
            .zip(words)
            .all(|(a, b)| a.replace('’', "'") == b.as_ref().replace('’', "'")),
        CaseRule::Capitalised => entry.surface.iter().zip(words).all(|(a, b)| {
            let want_upper = a.chars().next().is_some_and(char::is_uppercase);
            let is_upper = b.as_ref().chars().next().is_some_and(char::is_uppercase);
            !want_upper || is_upper
        }),
    }
}
