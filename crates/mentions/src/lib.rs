//! Mentions: which words of a sentence name an actor, a place, or refer back
//! to an earlier actor.
//!
//! The first version works on token sequences: knowledge-base matches
//! (countries, adjectives, capitals, organisations, roles, people) are grouped
//! into noun phrases ("South Korean Defence Minister Kim Yong Hyun",
//! "Australia's foreign minister"), each resolved to an [`Actor`] with a
//! country, sectors and a CAMEO-style code. A country or capital in a locative
//! phrase ("in Vientiane, Laos") is a [`PlaceMention`], never an actor.
//! Surnames of people seen earlier in the document ("Singh") resolve to them.
//!
//! ```
//! use parley_mentions::{DocumentContext, find_mentions};
//! use parley_syntax::{Analyser, RuleAnalyser};
//!
//! let text = "Indian troops met officials in Vientiane, Laos.";
//! let seg = parley_text::segment(text);
//! let tokens = seg.sentence_tokens(0);
//! let analysis = RuleAnalyser.analyse(text, tokens);
//! let kb = parley_kb::KnowledgeBase::embedded();
//! let mut ctx = DocumentContext::new(None);
//! let m = find_mentions(kb, text, tokens, &analysis, &mut ctx);
//! assert_eq!(m.actors[0].actor.code, "INDMIL");
//! assert_eq!(m.places.len(), 2);
//! ```

pub mod names;

use std::ops::Range;

use parley_kb::{Entry, EntryKind, KnowledgeBase};
use std::collections::{BTreeMap, HashMap};

use parley_syntax::{TokenAnalysis, Upos, WordClass};
use parley_text::{Span, Token};

/// Who an actor mention refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// CAMEO-style actor code: country (or `---`) followed by sector codes,
    /// e.g. `INDGOVMIL`; an organisation's own code, e.g. `IGOUNO`.
    pub code: String,
    /// ISO alpha-3 code, or a CAMEO root such as `IGO`; `None` when unknown.
    pub country: Option<String>,
    /// Sector codes, primary first.
    pub sectors: Vec<String>,
    /// A person's name, when the mention names one.
    pub person: Option<String>,
    /// The organisation's canonical name, when it is one.
    pub organisation: Option<String>,
    /// True when the country was not named in the mention but inferred from
    /// its context ("police in Nairobi", "Egyptian police … demonstrators").
    pub country_inferred: bool,
    /// True for a person named after a title who is not in the knowledge base
    /// ("Defence Minister Kim Yong Hyun" with no entry): resolved from the
    /// title and nationality alone, and listed by `parley actors --discovered`.
    pub discovered: bool,
    /// True for a name or a group that only the learned name recogniser
    /// found ([`names`]): neither the knowledge base nor a title says who it
    /// is ("Moussa Tchangari", "Awami League", "several suspects"). Such an
    /// actor fills a role, but never makes an event political on its own.
    pub recognised: bool,
}

impl Actor {
    /// Rebuilds `code` from country and sectors (not for organisations).
    /// Rebuilds `code` from the country and sectors.
    pub fn recode(&mut self) {
        let mut code = self.country.clone().unwrap_or_else(|| "---".to_string());
        for s in &self.sectors {
            code.push_str(s);
        }
        self.code = code;
    }
}

/// An actor mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorMention {
    /// Byte span in the document text.
    pub span: Span,
    /// Token range within the sentence.
    pub tokens: Range<usize>,
    /// The resolved actor.
    pub actor: Actor,
    /// True when only a role was found ("the minister", "police").
    pub role_only: bool,
}

/// A place mention (never an actor).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceMention {
    /// Byte span in the document text.
    pub span: Span,
    /// Token range within the sentence.
    pub tokens: Range<usize>,
    /// ISO alpha-3 code of the country the place is (in).
    pub country: Option<String>,
}

/// How an anaphor refers back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnaphorKind {
    /// he, she, his, her.
    Singular,
    /// it, as a subject: a body (government, ministry, party, company,
    /// country), never a person.
    Neuter,
    /// they, their, them.
    Plural,
    /// both ministers, the two sides: the parties of the last exchange.
    BothParties,
}

/// A pronoun or definite description that refers to earlier actors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anaphor {
    /// Byte span in the document text.
    pub span: Span,
    /// Token range within the sentence.
    pub tokens: Range<usize>,
    /// How it refers.
    pub kind: AnaphorKind,
}

/// All mentions of one sentence, each list in text order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SentenceMentions {
    /// Actors.
    pub actors: Vec<ActorMention>,
    /// Places.
    pub places: Vec<PlaceMention>,
    /// Anaphors.
    pub anaphors: Vec<Anaphor>,
}

/// The people named so far in a document, indexed for the two questions the
/// mention finder asks of them, so that each costs the same in a long
/// document as in a short one (they were scans of every earlier mention).
#[derive(Debug, Clone, Default)]
struct People {
    /// Mentions so far.
    mentions: usize,
    /// Last word of a name of two words or more → the latest such mention's actor.
    by_last_word: HashMap<String, Actor>,
    /// Person → (mentions, first mention's number).
    by_person: HashMap<String, (usize, usize)>,
    /// Sector → the people with a mention in it, each once, with the actor
    /// of their first mention in it (in order of those mentions).
    by_sector: HashMap<String, Vec<(String, Actor)>>,
}

impl People {
    /// Notes a mention of a person (an actor with a person's name).
    fn push(&mut self, actor: &Actor) {
        let Some(name) = &actor.person else { return };
        let n = self.mentions;
        self.mentions += 1;
        let words: Vec<&str> = name.split_whitespace().collect();
        if let (true, Some(last)) = (words.len() >= 2, words.last()) {
            self.by_last_word.insert((*last).to_string(), actor.clone());
        }
        self.by_person.entry(name.clone()).or_insert((0, n)).0 += 1;
        for sector in &actor.sectors {
            let people = self.by_sector.entry(sector.clone()).or_default();
            if !people.iter().any(|(p, _)| p == name) {
                people.push((name.clone(), actor.clone()));
            }
        }
    }

    /// The latest person of two names or more whose last name is `word`.
    fn by_surname(&self, word: &str) -> Option<&Actor> {
        self.by_last_word.get(word)
    }

    /// The most salient person with a mention in `sector`: most mentioned
    /// so far, then first mentioned; the actor of their first mention in it.
    fn salient(&self, sector: &str) -> Option<&Actor> {
        self.by_sector
            .get(sector)?
            .iter()
            .min_by_key(|(name, _)| {
                let (mentions, first) = self.by_person[name];
                (std::cmp::Reverse(mentions), first)
            })
            .map(|(_, actor)| actor)
    }
}

/// What the mention finder remembers across the sentences of one document.
#[derive(Debug, Clone, Default)]
pub struct DocumentContext {
    date: Option<String>,
    people: People,
    home_country: Option<String>,
    known: std::sync::Arc<KnownPeople>,
    /// True while the learned name recogniser is not to be run (see
    /// [`DocumentContext::recognise_names`]).
    skip_names: bool,
}

impl DocumentContext {
    /// A fresh context for a document published on `date` (`YYYY-MM-DD`).
    pub fn new(date: Option<&str>) -> DocumentContext {
        DocumentContext {
            date: date.map(String::from),
            ..DocumentContext::default()
        }
    }

    /// Whether the next sentences are read by the learned name recogniser
    /// (on by default). The coder turns it off for sentences where no
    /// event pattern matches: unknown names only fill roles, and the
    /// recogniser costs about as much as the rest of mention finding.
    pub fn recognise_names(&mut self, on: bool) {
        self.skip_names = !on;
    }

    /// A fresh context that also recognises, by their full names, the people
    /// discovered in earlier documents of the run.
    pub fn with_known_people(
        date: Option<&str>,
        known: std::sync::Arc<KnownPeople>,
    ) -> DocumentContext {
        DocumentContext {
            known,
            ..DocumentContext::new(date)
        }
    }
}

/// People discovered in other documents (named after a title, not in the
/// knowledge base), recognised by their full name alone ("Amara Wekesa said
/// …"). Built from the votes of a collection's documents
/// ([`KnownPeople::from_votes`], what a store applies), or by remembering
/// people one at a time ([`KnownPeople::remember`]: the first actor of a
/// name keeps it).
#[derive(Debug, Clone, Default)]
pub struct KnownPeople {
    /// First word of the name → (all its words, the actor, documents).
    by_first_word: HashMap<String, Vec<KnownPerson>>,
    count: usize,
}

/// One known person: the words of the name, the actor they stand for and
/// how many documents discovered that actor under that name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownPerson {
    /// The name's words.
    pub words: Vec<String>,
    /// The actor (`discovered` and `country_inferred` false, no organisation).
    pub actor: Actor,
    /// Documents that discovered this actor under this name (0 when
    /// remembered one at a time).
    pub documents: u64,
}

/// The fields by which two votes are for the same actor, in the order of
/// the tie-break: code, country (none first), sectors.
type ActorKey = (String, Option<String>, Vec<String>);

impl KnownPeople {
    /// Remembers the discovered people of a document's mentions.
    pub fn learn(&mut self, mentions: &[SentenceMentions]) {
        for m in mentions.iter().flat_map(|m| &m.actors) {
            if m.actor.discovered {
                self.remember(&m.actor);
            }
        }
    }

    /// Remembers one discovered person (an actor with a name of two words or
    /// more; others are ignored). The first actor remembered under a name
    /// keeps it.
    pub fn remember(&mut self, actor: &Actor) {
        let Some(words) = name_words(actor) else {
            return;
        };
        let same_first = self.by_first_word.entry(words[0].clone()).or_default();
        if !same_first.iter().any(|p| p.words == words) {
            same_first.push(KnownPerson {
                words,
                actor: actor.clone(),
                documents: 0,
            });
            self.count += 1;
        }
    }

    /// The people a collection's documents discovered, one actor per name:
    /// `votes` are (actor, number of documents that discovered it), each
    /// document counted once per name and actor. Votes for the same name
    /// (its words) and actor (code, country, sectors) add up; a name goes
    /// to the actor most documents discovered, and of actors with as many,
    /// to the least by code, then country (none first), then sectors
    /// (lexicographically). Names of one word, and actors without a name,
    /// are left out. The result depends on the votes alone, not on their
    /// order, so a store gets the same knowledge whatever order or split
    /// its documents came in.
    pub fn from_votes(votes: impl IntoIterator<Item = (Actor, u64)>) -> KnownPeople {
        let mut tally: BTreeMap<Vec<String>, BTreeMap<ActorKey, u64>> = BTreeMap::new();
        for (actor, documents) in votes {
            let Some(words) = name_words(&actor) else {
                continue;
            };
            let key = (actor.code, actor.country, actor.sectors);
            *tally.entry(words).or_default().entry(key).or_default() += documents;
        }
        let mut known = KnownPeople::default();
        for (words, actors) in tally {
            // Most documents; of as many, the least actor (compared in
            // reverse, so that it is the greater).
            let Some(((code, country, sectors), documents)) = actors
                .into_iter()
                .max_by(|(a, n), (b, m)| n.cmp(m).then_with(|| b.cmp(a)))
            else {
                continue;
            };
            let actor = Actor {
                code,
                country,
                sectors,
                person: Some(words.join(" ")),
                organisation: None,
                country_inferred: false,
                discovered: false,
                recognised: false,
            };
            known
                .by_first_word
                .entry(words[0].clone())
                .or_default()
                .push(KnownPerson {
                    words,
                    actor,
                    documents,
                });
            known.count += 1;
        }
        known
    }

    /// Every known person, ordered by name.
    pub fn people(&self) -> Vec<&KnownPerson> {
        let mut all: Vec<&KnownPerson> = self.by_first_word.values().flatten().collect();
        all.sort_by(|a, b| a.words.cmp(&b.words));
        all
    }

    /// Number of people remembered.
    pub fn len(&self) -> usize {
        self.count
    }

    /// True when nobody is remembered.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The longest remembered name starting at `words[0]`: its length and actor.
    fn find(&self, words: &[&str]) -> Option<(usize, &Actor)> {
        self.by_first_word
            .get(*words.first()?)?
            .iter()
            .filter(|p| {
                p.words.len() <= words.len() && p.words.iter().zip(words).all(|(a, b)| a == b)
            })
            .max_by_key(|p| p.words.len())
            .map(|p| (p.words.len(), &p.actor))
    }
}

/// The words of an actor's person name, when it has two or more.
fn name_words(actor: &Actor) -> Option<Vec<String>> {
    let words: Vec<String> = actor
        .person
        .as_deref()?
        .split_whitespace()
        .map(String::from)
        .collect();
    (words.len() >= 2).then_some(words)
}

/// Prepositions after which a country or capital is a place, not an actor.
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "across",
    "throughout",
    "around",
    "within",
    "through",
    "via",
];

/// Nouns that make a following "of COUNTRY" a place ("the island of Cyprus",
/// "parts of Kashmir").
const PLACE_HEADS: &[&str] = &[
    "island",
    "city",
    "town",
    "village",
    "province",
    "region",
    "state",
    "capital",
    "district",
    "territory",
    "coast",
    "port",
    "area",
    "outskirts",
    "suburbs",
    "streets",
    "north",
    "south",
    "east",
    "west",
    "centre",
    "center",
    "part",
    "parts",
    "areas",
    "regions",
    "much",
    "most",
    "rest",
    "heart",
    "border",
    "borders",
    "enclave",
];

/// Nouns that turn a country adjective into a place or thing ("Indian Ocean").
const GEO_NOUNS: &[&str] = &[
    "ocean",
    "sea",
    "gulf",
    "peninsula",
    "subcontinent",
    "coast",
    "border",
    "currency",
    "language",
    "capital",
    "islands",
    "island",
    "mainland",
    "plateau",
    "desert",
    "river",
    "mountains",
    "strait",
    "straits",
    "basin",
    "waters",
];

const BOTH_PARTIES: &[&[&str]] = &[
    &["both", "ministers"],
    &["both", "sides"],
    &["both", "countries"],
    &["both", "nations"],
    &["both", "leaders"],
    &["both", "governments"],
    &["the", "two", "sides"],
    &["the", "two", "countries"],
    &["the", "two", "ministers"],
    &["the", "two", "leaders"],
    &["the", "two", "nations"],
    &["the", "two", "governments"],
    &["the", "two"],
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum PieceRank {
    Person,
    Organisation,
    CountryName,
    Metonym,
    Adjective,
    Role,
}

#[derive(Debug)]
struct Piece<'k> {
    tokens: Range<usize>,
    entry: &'k Entry,
    rank: PieceRank,
}

fn rank(kind: EntryKind) -> PieceRank {
    match kind {
        EntryKind::Person(_) => PieceRank::Person,
        EntryKind::Organisation(_) => PieceRank::Organisation,
        EntryKind::CountryName(_) => PieceRank::CountryName,
        EntryKind::Metonym { .. } => PieceRank::Metonym,
        EntryKind::CountryAdjective(_) => PieceRank::Adjective,
        EntryKind::Role(_) => PieceRank::Role,
    }
}

fn is_possessive(a: &TokenAnalysis) -> bool {
    a.lower == "'s" || a.lower == "'"
}

fn is_name_token(surface: &str, a: &TokenAnalysis) -> bool {
    let upper = surface.chars().next().is_some_and(char::is_uppercase);
    upper
        && matches!(a.class, WordClass::Proper | WordClass::Word)
        && !STOP_CAPITALS.contains(&a.lower.as_str())
}

/// Capitalised words that do not continue a person's name.
/// True when the "it" at `i` is a subject: so the parse says when there is
/// one; without one, when no preposition comes just before it ("membership
/// of it").
fn it_is_a_subject(analysis: &[TokenAnalysis], i: usize) -> bool {
    if let Some(dep) = analysis[i].dependency {
        return dep.deprel.starts_with("nsubj");
    }
    !i.checked_sub(1).is_some_and(|j| {
        matches!(
            analysis[j].lower.as_str(),
            "of" | "to"
                | "for"
                | "with"
                | "in"
                | "on"
                | "at"
                | "by"
                | "from"
                | "about"
                | "into"
                | "against"
                | "over"
                | "under"
        )
    })
}

/// True for a noun that makes a following "of PLACE" a place, or a part of
/// one: "the island of Cyprus", "in parts of Kashmir", "much of Syria".
pub fn is_place_head(word: &str) -> bool {
    PLACE_HEADS.contains(&word)
}

/// True for the mark after a dateline's place: "NAIROBI (Reuters) -",
/// "LONDON:", "KABUL -- ". (At a sentence's start a comma does too:
/// "NAIROBI, May 3".)
pub fn is_dateline_mark(word: &str) -> bool {
    matches!(word, ":" | "(" | "-" | "--" | "\u{2014}" | "\u{2013}")
}

/// Words after which "it" is no one: "it is clear", "it was reported",
/// "it seems".
const IT_EXPLETIVE_NEXT: &[&str] = &[
    "is", "was", "'s", "be", "been", "being", "seems", "seemed", "appears", "appeared", "remains",
    "remained", "emerged", "turned",
];

const STOP_CAPITALS: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    "of",
    "in",
    "on",
    "at",
    "for",
    "to",
    "he",
    "she",
    "they",
    "it",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "but",
    "with",
    "said",
    "says",
];

/// Words that close a company's name ("Corp", "Inc", "Ltd", "plc").
const CORPORATE_SUFFIXES: &[&str] = &[
    "Corp",
    "Corp.",
    "Corporation",
    "Inc",
    "Inc.",
    "Ltd",
    "Ltd.",
    "Co.",
    "plc",
    "PLC",
    "LLC",
    "GmbH",
    "SpA",
];

/// Finds the mentions of one sentence. Total: any tokens give a result.
pub fn find_mentions(
    kb: &KnowledgeBase,
    text: &str,
    tokens: &[Token],
    analysis: &[TokenAnalysis],
    ctx: &mut DocumentContext,
) -> SentenceMentions {
    let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    let mut out = SentenceMentions::default();

    // 1. Knowledge-base pieces, longest match first.
    let mut pieces: Vec<Piece> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if let Some(m) = kb.longest_match(&words, i) {
            let entry = m
                .entries
                .iter()
                .min_by_key(|e| rank(e.kind))
                .copied()
                .expect("matches have entries");
            // "the official re-election site", "a general strike", "a
            // military solution", "rebel-held areas": a one-word role the
            // tagger reads as an adjective before a noun modifies that noun
            // and names no party. (So "a military vehicle" is not the
            // military either: the noun's head decides.)
            let upos = |j: usize| analysis.get(j).and_then(|t| t.pos).map(|p| p.upos);
            if m.len == 1
                && matches!(entry.kind, EntryKind::Role(_))
                && upos(i) == Some(Upos::Adj)
                && upos(i + 1) == Some(Upos::Noun)
            {
                i += 1;
                continue;
            }
            // "killed six soldiers and wounded four others": a one-word
            // role the tagger reads as a past or participle verb is that
            // verb, no one. (A bare verb is left alone: "going back to
            // court" in lower-case text is tagged a verb as often as not.)
            let participle = analysis
                .get(i)
                .and_then(|t| t.pos)
                .is_some_and(|p| p.upos == Upos::Verb && matches!(p.xpos, "VBD" | "VBN"));
            if m.len == 1 && matches!(entry.kind, EntryKind::Role(_)) && participle {
                i += 1;
                continue;
            }
            // "held captive", "taken hostage", "kept prisoner": a bare role
            // right after a verb of holding says what someone was held as,
            // and names no one of its own.
            let held_as = i > 0
                && ["hold", "take", "keep"]
                    .iter()
                    .any(|v| analysis[i - 1].has_lemma(v))
                && analysis[i - 1]
                    .pos
                    .is_some_and(|p| matches!(p.upos, Upos::Verb | Upos::Aux));
            if m.len == 1 && matches!(entry.kind, EntryKind::Role(_)) && held_as {
                i += 1;
                continue;
            }
            // "seeking justice for the victims": the word without an article,
            // in lower case, is the virtue, not a judge ("a justice of the
            // Supreme Court", "Justice Ginsburg" stay).
            let virtue = analysis[i].lower == "justice"
                && words[i].starts_with('j')
                && !analysis
                    .get(i + 1)
                    .and_then(|t| t.pos)
                    .is_some_and(|p| p.upos == Upos::Propn)
                && !(i > 0
                    && matches!(
                        analysis[i - 1].lower.as_str(),
                        "a" | "the" | "chief" | "associate" | "court" | "another" | "one"
                    ));
            if m.len == 1 && matches!(entry.kind, EntryKind::Role(_)) && virtue {
                i += 1;
                continue;
            }
            pieces.push(Piece {
                tokens: i..i + m.len,
                entry,
                rank: rank(entry.kind),
            });
            i += m.len;
        } else {
            i += 1;
        }
    }

    // 2. Anaphors.
    let mut i = 0;
    while i < words.len() {
        let lower = analysis[i].lower.as_str();
        let mut matched = None;
        for phrase in BOTH_PARTIES {
            let n = phrase.len();
            if i + n <= words.len()
                && phrase
                    .iter()
                    .zip(&analysis[i..i + n])
                    .all(|(p, a)| *p == a.lower)
            {
                matched = Some((n, AnaphorKind::BothParties));
                break;
            }
        }
        if matched.is_none() {
            matched = match lower {
                "he" | "she" | "his" | "her" | "him" => Some((1, AnaphorKind::Singular)),
                "they" | "their" | "them" => Some((1, AnaphorKind::Plural)),
                // A subject "it", and not the "it" of "it is clear", "it was
                // reported".
                "it" if it_is_a_subject(analysis, i)
                    && !analysis
                        .get(i + 1)
                        .is_some_and(|next| IT_EXPLETIVE_NEXT.contains(&next.lower.as_str())) =>
                {
                    Some((1, AnaphorKind::Neuter))
                }
                _ => None,
            };
        }
        if let Some((n, kind)) = matched {
            let span = tokens[i].span.cover(tokens[i + n - 1].span);
            out.anaphors.push(Anaphor {
                span,
                tokens: i..i + n,
                kind,
            });
            i += n;
        } else {
            i += 1;
        }
    }

    // 3. Group adjacent pieces (optionally joined by 's) into noun phrases.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (pi, p) in pieces.iter().enumerate() {
        let joins_previous = groups.last().and_then(|g| g.last()).is_some_and(|&last| {
            let prev = &pieces[last];
            let gap = prev.tokens.end..p.tokens.start;
            let gap_ok = gap.is_empty() || (gap.len() == 1 && is_possessive(&analysis[gap.start]));
            // A new country name after a complete name starts a new actor
            // ("India, Japan"), but adjectives, roles and people attach.
            let attaches = !(matches!(
                prev.rank,
                PieceRank::CountryName
                    | PieceRank::Metonym
                    | PieceRank::Person
                    | PieceRank::Organisation
            ) && matches!(p.rank, PieceRank::CountryName | PieceRank::Metonym)
                && gap.is_empty());
            gap_ok && attaches
        });
        if joins_previous {
            groups.last_mut().expect("checked").push(pi);
        } else {
            groups.push(vec![pi]);
        }
    }

    // Tokens already taken into a person's name ("Tom King": "King" is also a title).
    let mut taken_until = 0;
    // Per actor pushed below: a bare nationality adjective ("Hungarian").
    let mut adjective_only: Vec<bool> = Vec::new();
    for g in groups {
        let first = &pieces[g[0]];
        let last = &pieces[*g.last().expect("groups are non-empty")];
        if first.tokens.start < taken_until {
            continue;
        }
        let mut range = first.tokens.start..last.tokens.end;
        // A name after a role: "Defence Minister Kim Yong Hyun".
        let mut person_name: Option<String> = None;
        if last.rank == PieceRank::Role {
            let mut j = range.end;
            // Words in capitals after a title in capitals are a headline's
            // ("INDUSTRY REPORT: …"), not a name.
            let shouting = |w: &str| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !w.chars().any(char::is_lowercase)
            };
            // A plural role takes no personal name ("Militants Drop Some
            // Hostage Demands", a title-case headline), nor does a word the
            // tagger reads as a verb continue one.
            let plural_role = analysis
                .get(range.end - 1)
                .and_then(|t| t.pos)
                .is_some_and(|p| matches!(p.xpos, "NNS" | "NNPS"));
            loop {
                if j >= words.len()
                    || plural_role
                    || !is_name_token(words[j], &analysis[j])
                    || analysis[j].pos.is_some_and(|p| p.upos == Upos::Verb)
                    || (shouting(words[j]) && shouting(words[j - 1]))
                {
                    break;
                }
                let piece = pieces.iter().find(|p| p.tokens.contains(&j));
                // A one-word title that ends a started name is part of it:
                // "Defence Secretary Tom King said", not "Tom" and "King".
                let ends_name = |p: &Piece| {
                    j > range.end
                        && p.rank == PieceRank::Role
                        && p.tokens.len() == 1
                        && !words
                            .get(j + 1)
                            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
                };
                match piece {
                    None => j += 1,
                    Some(p) if ends_name(p) => {
                        j += 1;
                        break;
                    }
                    Some(_) => break,
                }
            }
            taken_until = j;
            if j > range.end {
                let span = tokens[range.end].span.cover(tokens[j - 1].span);
                person_name = Some(span.text(text).to_string());
                range.end = j;
            }
        }
        let has = |r: PieceRank| g.iter().any(|&pi| pieces[pi].rank == r);
        let only_place_like = g
            .iter()
            .all(|&pi| matches!(pieces[pi].rank, PieceRank::CountryName | PieceRank::Metonym));
        let span = tokens[range.start].span.cover(tokens[range.end - 1].span);

        // Places: locative country names and capitals, datelines, "City, Country".
        if only_place_like {
            let mut before = range.start;
            while before > 0 && matches!(analysis[before - 1].lower.as_str(), "the") {
                before -= 1;
            }
            let prev = before.checked_sub(1).map(|b| analysis[b].lower.as_str());
            let after_place_comma = prev == Some(",")
                && out
                    .places
                    .last()
                    .is_some_and(|p| p.tokens.end + 1 == before);
            let capitals = words[range.clone()]
                .iter()
                .all(|w| !w.chars().any(char::is_lowercase));
            // "NAIROBI, Nov 21 (Reuters) -" at the start; "LONDON:" or
            // "KABUL (AP) -" anywhere, as after a feed's headline (not
            // "US (" or "UK:": an acronym is no dateline).
            let dateline = capitals
                && ((range.start == 0 && words.get(range.end) == Some(&","))
                    || (words[range.clone()].iter().all(|w| w.chars().count() >= 4)
                        && words.get(range.end).is_some_and(|w| is_dateline_mark(w))));
            // "the island of Cyprus", "the city of Kyiv".
            let of_place =
                prev == Some("of") && before >= 2 && is_place_head(&analysis[before - 2].lower);
            // "in Mozambique and Zimbabwe", "in Somalia, Ethiopia, and
            // Kenya": a name the parse joins to an earlier place is one too.
            let after_place_conj = matches!(prev, Some("and" | "or"))
                && out.places.last().is_some_and(|p| {
                    p.tokens.end + 1 == before
                        || (p.tokens.end + 2 == before && analysis[before - 2].lower == ",")
                })
                && range.clone().any(|t| {
                    analysis[t].dependency.is_some_and(|d| {
                        d.deprel == "conj"
                            && d.head
                                .is_some_and(|h| out.places.iter().any(|p| p.tokens.contains(&h)))
                    })
                });
            if prev.is_some_and(|p| LOCATIVE.contains(&p))
                || after_place_comma
                || after_place_conj
                || dateline
                || of_place
            {
                let country = kb.country_of(first.entry).map(|c| c.iso3.clone());
                out.places.push(PlaceMention {
                    span,
                    tokens: range,
                    country,
                });
                continue;
            }
        }
        // "Indian Ocean": an adjective naming a place or thing, not an actor.
        if g.len() == 1 && first.rank == PieceRank::Adjective {
            let next = analysis
                .get(range.end)
                .map(|a| a.lower.as_str())
                .unwrap_or("");
            if GEO_NOUNS.contains(&next) {
                continue;
            }
        }

        let mut actor = Actor {
            code: String::new(),
            country: None,
            sectors: Vec::new(),
            person: person_name,
            organisation: None,
            country_inferred: false,
            discovered: false,
            recognised: false,
        };
        let mut org_code = None;
        for &pi in &g {
            let p = &pieces[pi];
            match p.entry.kind {
                EntryKind::Person(i) => {
                    let person = kb.person(i);
                    if actor.person.is_none() {
                        actor.person = Some(person.name.clone());
                    }
                    // The office held on the document's date; an imported
                    // person without one keeps only their country.
                    let Some(chosen) = kb.term_on(i, ctx.date.as_deref()) else {
                        if let Some(c) = kb.country_of_person(i) {
                            actor.country.get_or_insert_with(|| c.to_string());
                        }
                        continue;
                    };
                    actor.country.get_or_insert_with(|| chosen.country.clone());
                    if !has(PieceRank::Role) {
                        for s in &chosen.sectors {
                            push_unique(&mut actor.sectors, s);
                        }
                    }
                }
                EntryKind::Organisation(i) => {
                    let org = kb.organisation(i);
                    actor.country.get_or_insert_with(|| org.country.clone());
                    actor.organisation.get_or_insert_with(|| org.name.clone());
                    org_code.get_or_insert_with(|| org.code.clone());
                    if org.sector != org.country {
                        push_unique(&mut actor.sectors, &org.sector);
                    }
                }
                EntryKind::CountryName(_) | EntryKind::CountryAdjective(_) => {
                    if let Some(c) = kb.country_of(p.entry) {
                        actor.country.get_or_insert_with(|| c.iso3.clone());
                    }
                }
                EntryKind::Metonym { sector, .. } => {
                    if let Some(c) = kb.country_of(p.entry) {
                        actor.country.get_or_insert_with(|| c.iso3.clone());
                    }
                    if !has(PieceRank::Role) {
                        push_unique(&mut actor.sectors, kb.sector(sector));
                    }
                }
                EntryKind::Role(i) => {
                    for s in &kb.role(i).sectors {
                        push_unique(&mut actor.sectors, s);
                    }
                }
            }
        }
        // "General Motors Corp", "Samsung Electronics Co. Ltd": a name
        // closed by a company suffix is a company, whatever role words it
        // holds ("General" is no general here).
        let mut span = span;
        if range.end < words.len()
            && CORPORATE_SUFFIXES.contains(&words[range.end])
            && words[range.start]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        {
            range.end += 1;
            span = tokens[range.start].span.cover(tokens[range.end - 1].span);
        }
        if range.len() >= 2 && CORPORATE_SUFFIXES.contains(&words[range.end - 1]) {
            actor.person = None;
            actor.organisation = Some(span.text(text).to_string());
            actor.sectors = vec!["BUS".to_string()];
            org_code = None;
        }
        match org_code {
            Some(code) => actor.code = code,
            None => actor.recode(),
        }
        let role_only =
            g.iter().all(|&pi| pieces[pi].rank == PieceRank::Role) && actor.person.is_none();
        actor.discovered = actor.person.is_some()
            && !g
                .iter()
                .any(|&pi| matches!(pieces[pi].entry.kind, EntryKind::Person(_)));
        ctx.people.push(&actor);
        adjective_only.push(g.len() == 1 && first.rank == PieceRank::Adjective);
        out.actors.push(ActorMention {
            span,
            tokens: range,
            actor,
            role_only,
        });
    }
    // "Hungarian and Romanian officials": a bare nationality adjective
    // coordinated with a "nationality + role" phrase shares its head noun.
    for k in (0..out.actors.len().saturating_sub(1)).rev() {
        let (x, y) = (&out.actors[k], &out.actors[k + 1]);
        let between: Vec<&str> = analysis[x.tokens.end..y.tokens.start]
            .iter()
            .map(|t| t.lower.as_str())
            .collect();
        let joined = matches!(between.as_slice(), ["and"] | ["or"] | [","] | [",", "and"]);
        let shares_head = adjective_only[k]
            && joined
            && x.actor.sectors.is_empty()
            && !y.actor.sectors.is_empty()
            && y.actor.person.is_none()
            && y.actor.organisation.is_none();
        if shares_head {
            let sectors = y.actor.sectors.clone();
            let x = &mut out.actors[k].actor;
            x.sectors = sectors;
            x.recode();
        }
    }

    // 4a. Full names of people discovered in earlier documents of the run.
    if !ctx.known.is_empty() {
        let mut j = 0;
        while j < words.len() {
            let covered = out.actors.iter().any(|a| a.tokens.contains(&j))
                || out.places.iter().any(|p| p.tokens.contains(&j));
            let found = (!covered)
                .then(|| ctx.known.find(&words[j..]))
                .flatten()
                .filter(|(len, _)| {
                    !(j..j + len).any(|k| out.actors.iter().any(|a| a.tokens.contains(&k)))
                });
            if let Some((len, actor)) = found {
                // Known from other documents, not discovered in this one:
                // a document's own discoveries do not depend on what the
                // others taught (the store's knowledge step relies on it).
                let mut actor = actor.clone();
                actor.discovered = false;
                ctx.people.push(&actor);
                out.actors.push(ActorMention {
                    span: tokens[j].span.cover(tokens[j + len - 1].span),
                    tokens: j..j + len,
                    actor,
                    role_only: false,
                });
                j += len;
            } else {
                j += 1;
            }
        }
    }
    // 4. Surnames and short names of people already seen in the document.
    for (j, w) in words.iter().enumerate() {
        let covered = out.actors.iter().any(|a| a.tokens.contains(&j))
            || out.places.iter().any(|p| p.tokens.contains(&j));
        if covered || !w.chars().next().is_some_and(char::is_uppercase) || w.len() < 3 {
            continue;
        }
        if STOP_CAPITALS.contains(&analysis[j].lower.as_str()) {
            continue;
        }
        let known = ctx.people.by_surname(w).cloned();
        if let Some(actor) = known {
            out.actors.push(ActorMention {
                span: tokens[j].span,
                tokens: j..j + 1,
                actor,
                role_only: false,
            });
        }
    }
    // A country's name or adjective that begins a company's name ("American
    // Cyanamid Co", "American Express", "Nippon Life") is no state: the
    // capitalised words after it end in a word of companies.
    out.actors.retain(|am| {
        let bare_state = am.actor.country.is_some()
            && am.actor.sectors.is_empty()
            && am.actor.person.is_none()
            && am.actor.organisation.is_none();
        !(bare_state && starts_company_name(analysis, am.tokens.end))
    });
    // 5. Names and groups the knowledge base does not know, from the
    // learned recogniser (only on sentences the syntax model tagged: the
    // recogniser reads its tags).
    if !ctx.skip_names && analysis.iter().all(|a| a.pos.is_some()) {
        recognised_mentions(text, tokens, &words, analysis, &mut out, ctx);
    }
    // "both ministers": the anaphor, not a country-less role actor.
    let anaphors = &out.anaphors;
    out.actors.retain(|a| {
        !(a.role_only
            && anaphors.iter().any(|an| {
                an.kind == AnaphorKind::BothParties
                    && an.tokens.start < a.tokens.end
                    && a.tokens.start < an.tokens.end
            }))
    });
    out.actors.sort_by_key(|a| a.tokens.start);
    infer_countries(&mut out, analysis, ctx);
    if ctx.home_country.is_none() {
        ctx.home_country = out
            .places
            .first()
            .and_then(|p| p.country.clone())
            .or_else(|| {
                out.actors.iter().find_map(|a| {
                    a.actor
                        .country
                        .clone()
                        .filter(|c| c.len() == 3 && !NON_STATE.contains(&c.as_str()))
                })
            });
    }
    out
}

/// Adds the names of people and organisations, and the groups, that the
/// learned recogniser finds where no other mention is: actors with no
/// country or sector of their own ([`Actor::recognised`]).
fn recognised_mentions(
    text: &str,
    tokens: &[Token],
    words: &[&str],
    analysis: &[TokenAnalysis],
    out: &mut SentenceMentions,
    ctx: &mut DocumentContext,
) {
    let xpos: Vec<&str> = analysis
        .iter()
        .map(|a| a.pos.map_or("XX", |p| p.xpos))
        .collect();
    let taken = |out: &SentenceMentions, r: &Range<usize>| {
        let overlaps = |t: &Range<usize>| t.start < r.end && r.start < t.end;
        out.actors.iter().any(|a| overlaps(&a.tokens))
            || out.places.iter().any(|p| overlaps(&p.tokens))
            || out.anaphors.iter().any(|a| overlaps(&a.tokens))
    };
    for name in names::NameRecogniser::embedded().recognise(words, &xpos) {
        if name.kind == names::NameKind::Place {
            continue;
        }
        // "International Labour Office": a one-word name the knowledge base
        // knows ("Labour", a party) strictly inside a longer organisation's
        // name is a word of that name, not the party.
        if name.kind == names::NameKind::Organisation && name.tokens.len() >= 3 {
            out.actors.retain(|a| {
                !(a.tokens.len() == 1
                    && a.tokens.start > name.tokens.start
                    && a.tokens.end < name.tokens.end)
            });
        }
        if taken(out, &name.tokens) {
            continue;
        }
        // A dateline is a place ("kolkata: police arrested …", "NAIROBI
        // (Reuters) -").
        let dateline = name.tokens.start == 0
            && words
                .get(name.tokens.end)
                .is_some_and(|w| is_dateline_mark(w));
        if dateline {
            continue;
        }

        // "Human rights watchdog Amnesty International": a description
        // right before a name is the name's, not another party.
        let describes_next = name.kind == names::NameKind::Group
            && out
                .actors
                .iter()
                .any(|a| a.tokens.start == name.tokens.end && !a.role_only);
        if describes_next {
            continue;
        }
        // Groups are people in the plural ("several suspects", "the
        // truckers"); a singular common noun is as often a thing ("a
        // policy u-turn") as a body.
        let plural = xpos[name.tokens.end - 1] == "NNS";
        // "four million dollars": counted in millions, an amount.
        let amount = name.tokens.clone().any(|i| {
            xpos[i] == "$"
                || (xpos[i] == "CD"
                    && matches!(
                        analysis[i].lower.as_str(),
                        "thousand" | "million" | "billion" | "trillion" | "mln" | "bln"
                    ))
        });
        if name.kind == names::NameKind::Group && (!plural || amount) {
            continue;
        }

        let span = tokens[name.tokens.start]
            .span
            .cover(tokens[name.tokens.end - 1].span);
        let surface = span.text(text).to_string();
        // A lone letter is no name ("Â" left by a mis-decoded space).
        if surface.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            continue;
        }
        let mut actor = Actor {
            code: "---".to_string(),
            country: None,
            sectors: Vec::new(),
            person: None,
            organisation: None,
            country_inferred: false,
            discovered: false,
            recognised: true,
        };
        // A name ending in a word of companies' names is a company's,
        // whatever the recogniser took it for ("Biocraft Laboratories Inc").
        let company = analysis
            .get(name.tokens.end - 1)
            .is_some_and(|t| COMPANY_WORDS.contains(&t.lower.as_str()));
        match name.kind {
            _ if company => {
                actor.organisation = Some(surface);
                actor.sectors = vec!["BUS".to_string()];
                actor.recode();
            }
            names::NameKind::Person => actor.person = Some(surface),
            names::NameKind::Organisation => actor.organisation = Some(surface),
            _ => {}
        }
        // "The International Labor Office (ILO)": a known short name in
        // brackets after the name says who it is.
        let end = name.tokens.end;
        let bracketed = (words.get(end) == Some(&"(")).then(|| {
            out.actors.iter().find(|a| {
                a.tokens.start == end + 1
                    && words.get(a.tokens.end) == Some(&")")
                    && !a.role_only
                    && a.actor.organisation.is_some()
            })
        });
        if let Some(Some(known)) = bracketed {
            actor = known.actor.clone();
        }
        // "Tamsin Okafor, a Kenyan opposition leader, said": a role in
        // apposition says who the person is (as a title before the name
        // does), when the apposition closes right after it.
        if actor.person.is_some() && words.get(end) == Some(&",") {
            let mut at = end + 1;
            if words
                .get(at)
                .is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
            {
                at += 1;
            }
            let role = out.actors.iter().find(|a| {
                a.tokens.start == at
                    && a.actor.person.is_none()
                    && a.actor.organisation.is_none()
                    && !a.actor.sectors.is_empty()
                    && matches!(words.get(a.tokens.end).copied(), Some("," | ".") | None)
            });
            if let Some(role) = role {
                actor.country = role.actor.country.clone();
                actor.country_inferred = role.actor.country_inferred;
                actor.sectors = role.actor.sectors.clone();
                actor.recognised = false;
                actor.discovered = true;
                actor.recode();
            }
        }
        if actor.person.is_some() {
            ctx.people.push(&actor);
        }
        out.actors.push(ActorMention {
            span,
            tokens: name.tokens,
            role_only: name.kind == names::NameKind::Group,
            actor,
        });
    }
}

/// Role nouns that name a body, not a person: "the government" never refers
/// back to a minister.
const INSTITUTIONS: &[&str] = &[
    "government",
    "administration",
    "cabinet",
    "regime",
    "ministry",
    "army",
    "military",
    "navy",
    "police",
    "parliament",
    "senate",
    "congress",
    "court",
    "junta",
    "coalition",
    "embassy",
    "presidency",
    "opposition",
];

/// Country roots that are not states.
const NON_STATE: &[&str] = &["IGO", "NGO", "IMG", "MNC"];

/// True when an actor's country code names a state: a three-letter code
/// that is neither an international, non-governmental, militant or business
/// root nor the unknown `---`.
pub fn is_state_code(code: &str) -> bool {
    code.len() == 3 && code != UNKNOWN_COUNTRY && !NON_STATE.contains(&code)
}

/// Sectors of people who take no side by being named: civilians. Their
/// country is where they are, not whose. (Refugees and migrants are of the
/// country they left, not of the one they are found in.)
pub const PEOPLE_SECTORS: &[&str] = &["CVL"];

/// Whether an actor's primary sector is one of [`PEOPLE_SECTORS`].
pub fn is_people(actor: &Actor) -> bool {
    actor
        .sectors
        .first()
        .is_some_and(|s| PEOPLE_SECTORS.contains(&s.as_str()))
}

/// The word of `range` whose head in the parse lies outside it.
fn phrase_head(analysis: &[TokenAnalysis], range: Range<usize>) -> Option<usize> {
    range.clone().find(|&j| {
        analysis[j]
            .dependency
            .is_some_and(|d| d.head.is_none_or(|h| !range.contains(&h)))
    })
}

/// The place the own phrase of actor `i` (a group of civilians) names, as
/// an index into `m.places`: right after it behind "in", "of" or "from"
/// ("people in Somalia"), else the first the parse hangs below its head
/// ("populations affected by the cyclone in Mozambique"), after it and
/// before any comma, without passing through another actor ("the families of the migrants found near London":
/// London places the migrants, not the families).
pub fn own_place(analysis: &[TokenAnalysis], m: &SentenceMentions, i: usize) -> Option<usize> {
    let am = &m.actors[i];
    let end = am.tokens.end;
    if analysis
        .get(end)
        .is_some_and(|t| matches!(t.lower.as_str(), "in" | "of" | "from"))
    {
        if let Some(k) = m
            .places
            .iter()
            .position(|p| p.tokens.start == end + 1 || p.tokens.start == end + 2)
        {
            return Some(k);
        }
    }
    let head = phrase_head(analysis, am.tokens.clone())?;
    let other = |j: usize| {
        m.actors
            .iter()
            .enumerate()
            .any(|(o, a)| o != i && a.tokens.contains(&j))
    };
    m.places.iter().position(|p| {
        // Within the phrase, not across a comma the parse may misjoin
        // ("killing 20 people, relief officials in Nairobi said").
        if p.tokens.start < end
            || analysis[end..p.tokens.start]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "," | ";" | ":"))
        {
            return false;
        }
        let mut j = p.tokens.start;
        for _ in 0..analysis.len() {
            if j == head {
                return true;
            }
            if other(j) {
                return false;
            }
            match analysis[j].dependency.and_then(|d| d.head) {
                Some(h) => j = h,
                None => return false,
            }
        }
        false
    })
}

/// Last words of companies' names.
const COMPANY_WORDS: &[&str] = &[
    "co",
    "co.",
    "corp",
    "corp.",
    "corporation",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "plc",
    "llc",
    "ag",
    "sa",
    "nv",
    "gmbh",
    "holdings",
    "airlines",
    "airways",
    "life",
    "insurance",
    "motors",
    "express",
    "laboratories",
    "industries",
];

/// True when the words from `at` are capitalised words ending in a word of
/// companies' names (at most four of them).
fn starts_company_name(analysis: &[TokenAnalysis], at: usize) -> bool {
    let capitalised = |t: &TokenAnalysis| {
        t.class == WordClass::Proper || t.pos.is_some_and(|p| p.xpos == "NNP" || p.xpos == "NNPS")
    };
    for t in analysis.iter().skip(at).take(4) {
        if !capitalised(t) {
            return false;
        }
        if COMPANY_WORDS.contains(&t.lower.as_str()) {
            return true;
        }
    }
    false
}

/// Words saying a role is another country's than the ones around it.
const FOREIGN: &[&str] = &["foreign", "overseas", "international", "multinational"];

/// The country code of an actor whose country the text says is some other
/// one it does not name ("foreign banks").
const UNKNOWN_COUNTRY: &str = "---";

/// Gives country-less role actors ("police", "demonstrators") the country of
/// their context: a following "in/of/from" place or actor, else the first
/// state actor of the sentence, else a place of the sentence, else the
/// document's home country (its dateline or first state mentioned).
fn infer_countries(m: &mut SentenceMentions, analysis: &[TokenAnalysis], ctx: &DocumentContext) {
    let state = |c: &Option<String>| c.clone().filter(|c| !NON_STATE.contains(&c.as_str()));
    let sentence_place = m.places.iter().find_map(|p| p.country.clone());
    for i in 0..m.actors.len() {
        // A name only the recogniser found says nothing of its country
        // ("Tamsin Okafor criticised the government of Peru").
        let a = &m.actors[i].actor;
        let unknown_name = a.recognised && a.person.is_some();
        if a.country.is_some() || a.organisation.is_some() || unknown_name {
            continue;
        }
        // "foreign banks", "foreign officials": of some other country than
        // the ones around them, which the words do not name.
        // ("the foreign minister" is a title of the country's own.)
        let start = m.actors[i].tokens.start;
        // Plural by its tag, or by its ending without one.
        let plural = m.actors[i]
            .tokens
            .end
            .checked_sub(1)
            .and_then(|h| analysis.get(h))
            .is_some_and(|t| {
                t.pos
                    .map_or(t.lower.ends_with('s') && !t.lower.ends_with("ss"), |p| {
                        matches!(p.xpos, "NNS" | "NNPS")
                    })
            });
        if plural
            && (start.saturating_sub(2)..start).any(|j| {
                analysis
                    .get(j)
                    .is_some_and(|t| FOREIGN.contains(&t.lower.as_str()))
            })
        {
            // Unknown, and said to be: no later step gives it the
            // article's country.
            let actor = &mut m.actors[i].actor;
            actor.country = Some(UNKNOWN_COUNTRY.to_string());
            actor.recode();
            continue;
        }
        let end = m.actors[i].tokens.end;
        let prep = analysis.get(end).map(|a| a.lower.as_str());
        let local = if matches!(prep, Some("in" | "of" | "from")) {
            // The phrase's noun phrase starts after its determiners and
            // numbers ("ministers of the 12 EC nations").
            let np_start = (end + 1..(end + 4).min(analysis.len()))
                .find(|&j| {
                    !analysis[j]
                        .pos
                        .is_some_and(|p| matches!(p.upos, Upos::Det | Upos::Num))
                })
                .unwrap_or(end + 1);
            m.places
                .iter()
                .find(|p| {
                    p.tokens.start == end + 1
                        || p.tokens.start == end + 2
                        || p.tokens.start == np_start
                })
                .and_then(|p| p.country.clone())
                .or_else(|| {
                    m.actors
                        .iter()
                        .find(|a| {
                            a.tokens.start == end + 1
                                || a.tokens.start == end + 2
                                || a.tokens.start == np_start
                        })
                        .and_then(|a| {
                            // Members "of" an international body are its own
                            // ("officials of the World Bank").
                            if prep == Some("of")
                                && matches!(a.actor.country.as_deref(), Some("IGO" | "NGO"))
                            {
                                a.actor.country.clone()
                            } else {
                                state(&a.actor.country)
                            }
                        })
                })
        } else {
            None
        };
        // Civilians and refugees belong to the place their own phrase
        // names ("populations affected by the cyclone in Mozambique"), not
        // to an actor before them, who is usually the one acting on them.
        let people = is_people(&m.actors[i].actor);
        let local = local.or_else(|| {
            if !people {
                return None;
            }
            own_place(analysis, m, i).and_then(|k| m.places[k].country.clone())
        });
        // A definite singular description ("the minister", "the
        // government") refers back: to the last person of the document with
        // its sector, else to the document's own country; never to an actor
        // that only follows it (usually the one it acts on).
        let head = &analysis[end - 1];
        let definite_singular = m.actors[i].role_only
            && start > 0
            && analysis[start - 1].lower == "the"
            && head
                .pos
                .map_or(!head.lower.ends_with('s'), |p| p.xpos == "NN");
        let institution = INSTITUTIONS.contains(&head.lower.as_str());
        if definite_singular && !institution && local.is_none() {
            // The most salient such person: most mentioned so far, then
            // first mentioned (news is about the person it names first).
            let person = m.actors[i]
                .actor
                .sectors
                .first()
                .and_then(|s| ctx.people.salient(s))
                .cloned();
            if let Some(person) = person {
                m.actors[i].actor = person;
                m.actors[i].role_only = false;
                continue;
            }
        }
        // The nearest state actor before the mention, else the first after it.
        let before = m.actors[..i]
            .iter()
            .rev()
            .find_map(|a| state(&a.actor.country));
        let after = m.actors[i + 1..]
            .iter()
            .find_map(|a| state(&a.actor.country))
            .filter(|_| !definite_singular);
        let country = local
            .or(before)
            .or(after)
            .or_else(|| {
                if definite_singular {
                    ctx.home_country.clone()
                } else {
                    None
                }
            })
            .or_else(|| sentence_place.clone())
            .or_else(|| ctx.home_country.clone());
        if let Some(c) = country {
            let actor = &mut m.actors[i].actor;
            actor.country = Some(c);
            actor.country_inferred = true;
            actor.recode();
        }
    }
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    if !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn actor(name: &str, code: &str, country: Option<&str>, sectors: &[&str]) -> Actor {
        Actor {
            code: code.to_string(),
            country: country.map(String::from),
            sectors: sectors.iter().map(|s| s.to_string()).collect(),
            person: Some(name.to_string()),
            organisation: None,
            country_inferred: false,
            discovered: true,
            recognised: false,
        }
    }

    fn chosen(known: &KnownPeople) -> Vec<(String, String, u64)> {
        known
            .people()
            .iter()
            .map(|p| (p.words.join(" "), p.actor.code.clone(), p.documents))
            .collect()
    }

    #[test]
    fn the_actor_most_documents_discovered_wins() {
        let known = KnownPeople::from_votes([
            (
                actor("Amara Wekesa", "KENGOVMIL", Some("KEN"), &["GOV", "MIL"]),
                1,
            ),
            (actor("Amara Wekesa", "UGAGOV", Some("UGA"), &["GOV"]), 2),
            // The same actor under the same name (spacing aside) adds up.
            (
                actor("Amara  Wekesa", "KENGOVMIL", Some("KEN"), &["GOV", "MIL"]),
                2,
            ),
            (actor("Kim Yong Hyun", "KORMIL", Some("KOR"), &["MIL"]), 1),
            // One word is not a name to recognise alone.
            (actor("Wekesa", "KENGOV", Some("KEN"), &["GOV"]), 5),
        ]);
        assert_eq!(
            chosen(&known),
            [
                ("Amara Wekesa".to_string(), "KENGOVMIL".to_string(), 3),
                ("Kim Yong Hyun".to_string(), "KORMIL".to_string(), 1),
            ]
        );
        let p = known.people()[0];
        assert!(!p.actor.discovered && !p.actor.country_inferred);
        assert_eq!(p.actor.person.as_deref(), Some("Amara Wekesa"));
        assert_eq!(
            known
                .find(&["Amara", "Wekesa", "said"])
                .map(|(n, a)| (n, a.code.as_str())),
            Some((2, "KENGOVMIL"))
        );
    }

    #[test]
    fn ties_go_to_the_least_code_then_country_then_sectors() {
        let tie = |votes: Vec<(Actor, u64)>| chosen(&KnownPeople::from_votes(votes))[0].1.clone();
        let n = "Amara Wekesa";
        assert_eq!(
            tie(vec![
                (actor(n, "UGAGOV", Some("UGA"), &["GOV"]), 1),
                (actor(n, "KENGOV", Some("KEN"), &["GOV"]), 1),
            ]),
            "KENGOV"
        );
        // Same code: no country before a country, then the lesser country.
        let one = KnownPeople::from_votes([
            (actor(n, "GOV", Some("KEN"), &["GOV"]), 1),
            (actor(n, "GOV", None, &["GOV"]), 1),
        ]);
        assert_eq!(one.people()[0].actor.country, None);
        // Same code and country: the lesser sectors.
        let two = KnownPeople::from_votes([
            (actor(n, "X", Some("KEN"), &["MIL"]), 1),
            (actor(n, "X", Some("KEN"), &["GOV", "MIL"]), 1),
        ]);
        assert_eq!(two.people()[0].actor.sectors, ["GOV", "MIL"]);
    }

    proptest! {
        /// Any order of the same votes gives the same people.
        #[test]
        fn votes_in_any_order_give_the_same_people(
            votes in proptest::collection::vec((0usize..4, 0usize..4, 1u64..4), 0..24),
            seed in any::<u64>(),
        ) {
            let names = ["Amara Wekesa", "Kim Yong Hyun", "Lucia Duarte", "Omar Hassan"];
            let actors = [
                ("KENGOVMIL", Some("KEN"), &["GOV", "MIL"][..]),
                ("KENGOV", Some("KEN"), &["GOV"][..]),
                ("UGAGOV", Some("UGA"), &["GOV"][..]),
                ("---GOV", None, &["GOV"][..]),
            ];
            let votes: Vec<(Actor, u64)> = votes
                .iter()
                .map(|&(n, a, d)| (actor(names[n], actors[a].0, actors[a].1, actors[a].2), d))
                .collect();
            // A Fisher-Yates shuffle driven by the seed.
            let mut shuffled = votes.clone();
            let mut state = seed | 1;
            for i in (1..shuffled.len()).rev() {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                shuffled.swap(i, (state % (i as u64 + 1)) as usize);
            }
            let (a, b) = (KnownPeople::from_votes(votes), KnownPeople::from_votes(shuffled));
            prop_assert_eq!(a.people(), b.people());
        }
    }
}
