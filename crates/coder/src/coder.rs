//! From pattern matches and mentions to events with actors and recipients.

use std::collections::HashSet;
use std::sync::OnceLock;

use parley_kb::KnowledgeBase;
use parley_mentions::{
    find_mentions, Actor, ActorMention, AnaphorKind, DocumentContext, KnownPeople, PlaceMention,
    SentenceMentions,
};
use parley_ontology::Ontology;
use parley_places::{find_places, sentence_views, Gazetteer, ResolvedPlace};
use parley_syntax::{Analyser, ModelAnalyser, TokenAnalysis, Upos, WordClass};
use parley_text::{segment, Segmentation, SentenceBounds, Span, Token};
use parley_time::{
    find_times_in_words, parse_document_date, read_publication_date, Date, Precision, TimeMention,
    TimePoint,
};

use crate::confidence::{confidence_key, ConfidenceTable};
use crate::cues::CueTable;
use crate::pattern::{in_argument_of, PatternMatch, PatternSet};

/// Whether and how the text asserts the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modality {
    /// Stated as having happened or happening.
    Asserted,
    /// Stated as future ("will meet").
    Future,
    /// Conditional or possible ("could attack", "if … would").
    Hypothetical,
    /// Only alleged ("allegedly attacked", "suspected of attacking"): the
    /// report does not present it as fact.
    Alleged,
    /// The complement of an intention, promise or threat ("agreed to hold
    /// talks", "threatened to blockade"): not (yet) an act; the intention
    /// itself is coded by its own pattern.
    Intended,
    /// Negated ("did not meet", "refused to sign").
    Negated,
    /// Asked for by an earlier appeal or demand in the sentence ("called for
    /// sanctions", "demanded the release of").
    Demanded,
    /// The content of an accusation, condemnation, rejection or threat in the
    /// same sentence ("condemned the attack", "threatened sanctions"): coded
    /// there as what is talked about, not as a new act.
    Referenced,
    /// Future with a date of its own ("the next session is scheduled for
    /// December 2024").
    Scheduled,
    /// Asserted, but dated by the text more than 30 days before the
    /// document (PLOVER's auxiliary mode "historical").
    Historical,
    /// A rate of acts, counted per period ("inspectors make around 3,000
    /// visits a year"): a statistic about many acts, not one of them.
    Habitual,
}

impl Modality {
    /// Lower-case name used in records.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Future => "future",
            Modality::Hypothetical => "hypothetical",
            Modality::Alleged => "alleged",
            Modality::Intended => "intended",
            Modality::Negated => "negated",
            Modality::Demanded => "demanded",
            Modality::Referenced => "referenced",
            Modality::Scheduled => "scheduled",
            Modality::Historical => "historical",
            Modality::Habitual => "habitual",
        }
    }

    /// True for events the default output keeps.
    pub fn is_kept_by_default(self) -> bool {
        matches!(
            self,
            Modality::Asserted | Modality::Future | Modality::Scheduled | Modality::Historical
        )
    }
}

/// One side of an event: a mention and the actor it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    /// The words in this sentence (the pronoun itself for resolved anaphors).
    pub span: Span,
    /// The resolved actor.
    pub actor: Actor,
    /// For anaphors, the span of the earlier mention they were resolved to.
    pub antecedent: Option<Span>,
    /// No words of the text name this party: it was inferred from the
    /// event's kind and place (the government a protest is aimed at; the
    /// unnamed parties of "communal violence erupted in Ahmedabad"). `span`
    /// is then the trigger's, and records give no span.
    pub implicit: bool,
}

/// One coded event, with byte spans into the document text.
#[derive(Debug, Clone, PartialEq)]
pub struct CodedEvent {
    /// CAMEO event code.
    pub cameo: String,
    /// For a future or intended act recoded as AGREE or
    /// THREATEN, the CAMEO code of the act itself.
    pub reduced_from: Option<String>,
    /// PLOVER category (None for CAMEO codes PLOVER discards).
    pub plover: Option<String>,
    /// PLOVER mode from the mapping, when any.
    pub mode: Option<String>,
    /// PLOVER context from the mapping, when any.
    pub context: Option<String>,
    /// Quad class 1–4.
    pub quad: u8,
    /// Goldstein value.
    pub goldstein: f32,
    /// Who acted.
    pub actors: Vec<Party>,
    /// Who was acted upon.
    pub recipients: Vec<Party>,
    /// Joint/reciprocal action: all parties are in `actors`.
    pub symmetric: bool,
    /// The trigger words (from the first to the last matched token).
    pub trigger: Span,
    /// Index of the sentence in the document.
    pub sentence: usize,
    /// The sentence's span.
    pub sentence_span: Span,
    /// The rule that fired: `file:line` of the pattern.
    pub rule: String,
    /// The pattern's text.
    pub pattern: String,
    /// Asserted, future, hypothetical, intended, negated, demanded or referenced.
    pub modality: Modality,
    /// The trigger stands in the background of its sentence: a modifier
    /// ("the detained leaders"), a reduced relative clause ("a ship it
    /// seized"), or a temporal adjunct ("resigned after weeks of protests").
    pub background: bool,
    /// Required words of the pattern that fired (its specificity).
    pub specificity: usize,
    /// Token indices (within the sentence) of the first and last trigger word.
    pub trigger_tokens: (usize, usize),
    /// When the event happened (or is to happen), and where the date comes from.
    pub date: Option<EventDate>,
    /// Where it happened, when the text says so.
    pub location: Option<EventLocation>,
    /// What it is about, when its words name it: an agreement ("an
    /// implementing arrangement on air-to-air refuelling") or a meeting
    /// ("Defence Policy Dialogue"); see the `topic` module.
    pub topic: Option<Span>,
    /// The event was future before PLOVER's rule made it an intention
    /// (AGREE/THREATEN, the act in `reduced_from`).
    pub future_reduced: bool,
    /// How likely such an event is to be right: the calibrated share of
    /// events of its kind that were right on the dev gold sets
    /// ([`crate::confidence_key`]).
    pub confidence: f32,
    /// The learned decision's probability that this candidate is an event
    /// of news (`None` when no decision model ran, or the rules already
    /// set it aside).
    pub decision: Option<f32>,
    /// Dropped by the learned decision (its probability was under the
    /// model's threshold), by the genre filter, or a government member's
    /// prescription for their own state ("Reagan said the United States
    /// must do more": policy, not a demand on another): shown only with
    /// `--all`.
    pub dropped: bool,
    /// The words the parse makes what the act is done to, when the pattern
    /// takes a recipient ([`argument_words`]): the recipient, of no known
    /// country, of an event that has no other once every rule has run.
    pub argument: Option<Span>,
}

impl CodedEvent {
    /// True for events the default output keeps: asserted or future,
    /// mapped to a PLOVER category (CAMEO public statements are not events in
    /// PLOVER), and not dropped (by the learned decision, the genre filter or
    /// as a government member's prescription for their own state).
    pub fn is_reported(&self) -> bool {
        self.modality.is_kept_by_default() && self.plover.is_some() && !self.dropped
    }
}

/// Where an event's date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    /// A date in the event's own clause ("met on Thursday").
    Clause,
    /// A date elsewhere in the event's sentence.
    Sentence,
    /// The document's dateline ("NEW DELHI, Nov 21 (Reuters) -").
    Dateline,
    /// The first past date of the document's lead (its first paragraph).
    Lead,
    /// The publication date: the text says nothing.
    Publication,
}

impl DateSource {
    /// `clause`, `sentence`, `dateline`, `lead` or `publication`.
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Clause => "clause",
            DateSource::Sentence => "sentence",
            DateSource::Dateline => "dateline",
            DateSource::Lead => "lead",
            DateSource::Publication => "publication",
        }
    }
}

/// An event's date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventDate {
    /// The date at its precision (a range's start).
    pub value: TimePoint,
    /// A range's end ("from 3 to 5 March").
    pub end: Option<TimePoint>,
    /// Where it comes from.
    pub source: DateSource,
    /// The words it was read from (none for the publication date).
    pub span: Option<Span>,
}

/// Where an event's location comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocationSource {
    /// A place in the event's own phrase ("held talks in Vientiane").
    Clause,
    /// The one locative place of the event's sentence, when the parse does
    /// not attach it to the event ("…, held in Vientiane").
    Sentence,
    /// The venue of the document's first located meeting, for its other
    /// meetings.
    Venue,
    /// The dateline's city ("NEW DELHI, Nov 21 (Reuters) -").
    Dateline,
}

impl LocationSource {
    /// `clause`, `sentence`, `venue` or `dateline`.
    pub fn as_str(self) -> &'static str {
        match self {
            LocationSource::Clause => "clause",
            LocationSource::Sentence => "sentence",
            LocationSource::Venue => "venue",
            LocationSource::Dateline => "dateline",
        }
    }
}

/// An event's location: a resolved place mention.
#[derive(Debug, Clone, PartialEq)]
pub struct EventLocation {
    /// The gazetteer entry (see [`parley_places::Gazetteer::place`]).
    pub place: u32,
    /// The words naming it.
    pub span: Span,
    /// Where it comes from.
    pub source: LocationSource,
}

/// Why a pattern match produced no event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoEvent {
    /// A participle after a determiner is an adjective ("the occupied town").
    AdjectivalParticiple,
    /// A noun modifying another noun names a kind of thing ("attack
    /// helicopters", "war crimes").
    Modifier,
    /// Violence done by nature or accident ("floods killed 40 people").
    NaturalCause,
    /// "Ask" puts a question here ("asked whether he would attend").
    Question,
    /// A meeting or talk with the press only ("talking to reporters").
    Press,
    /// "Insisted that it had complied": a claim about what is or was, not a
    /// demand.
    Claim,
    /// An idiom: the verb's object makes it no act ("defies logic",
    /// "invited the wrath of").
    Idiom,
    /// A word quoted on its own is named, not used ("by texting
    /// \"Donate\" to a short code").
    QuotedWord,
    /// "Meet" in another sense: its object is a requirement, a deadline,
    /// an end ("meet US requirements", "met his death").
    NotAMeeting,
    /// A passive verb of talk with no one named talking ("the issue will be
    /// discussed"): it names a topic, not a meeting.
    TopicOnly,
    /// Support measured by an opinion poll ("the poll showed support for
    /// the party at 38 pct"): a figure, not an act of support.
    PollFigure,
    /// A warning that something may happen, not a threat of the warner's
    /// own act ("warned that growth could slow").
    Forecast,
    /// The trigger is a preposition here ("thanks to oil revenues").
    Preposition,
    /// The pattern needs a person or role as direct object and there is none.
    NoPersonObject,
    /// No actor and no recipient could be found.
    NoParties,
    /// The only parties are names or groups the recogniser found and the
    /// knowledge base does not know ("Linus Torvalds led an attack on
    /// software patents"): they fill roles but do not make an event.
    UnknownNamesOnly,
    /// A violence, coercion or protest noun with no parties, and no place
    /// in the text to give it the parties of a country.
    Unplaced,
    /// The pattern needs a recipient and there is none.
    NoRecipient,
    /// What a modal of obligation governs is a view or a state of mind, or
    /// "should" is a condition ("should Seoul revalue the won").
    NotAnAct,
    /// A verbal, cooperative, force-posture or relation-cutting event
    /// without any political party.
    NotPolitical,
    /// Aid given by a company or bank alone: lending is business, whoever
    /// borrows ("loans to Brazil" on a bank's books).
    BusinessLending,
    /// The pattern's code is not in the ontology.
    UnknownCode,
    /// The pattern needs reported speech ("X said Y must …") and the parse
    /// shows no reporting verb with a known subject.
    NoSpeaker,
    /// The trigger is a word of a title or name ("the band Massive Attack",
    /// "the comedy Meet the Fockers").
    InName,
}

impl NoEvent {
    /// True when the match failed for want of parties, not because its
    /// words mean something else here or its parties are not political:
    /// the words are then free for the less specific matches it outranked.
    pub fn concerns_parties(self) -> bool {
        matches!(
            self,
            NoEvent::NoPersonObject | NoEvent::NoParties | NoEvent::Unplaced | NoEvent::NoRecipient
        )
    }

    /// A sentence saying why, for `parley explain`.
    pub fn explanation(self) -> &'static str {
        match self {
            NoEvent::AdjectivalParticiple => "a participle after a determiner is an adjective here",
            NoEvent::Modifier => "a noun modifying another noun names a kind of thing here, not an act",
            NoEvent::Preposition => "\"thanks to\" means \"because of\" here",
            NoEvent::Press => "talking to reporters is a public statement, not a consultation",
            NoEvent::Claim => "insisting that something is or was so is a claim, not a demand",
            NoEvent::Idiom => "an idiom (\"defies logic\", \"invited the wrath of\"), not an act",
            NoEvent::QuotedWord => "a word quoted on its own is named, not used (\"texting \\\"Donate\\\"\")",
            NoEvent::NotAMeeting => "\"meet\" a requirement, deadline or end: not a meeting",
            NoEvent::TopicOnly => "a topic said to be discussed, with no one named discussing it",
            NoEvent::PollFigure => "support measured by a poll: a figure, not an act of support",
            NoEvent::Forecast => {
                "a warning of what may happen (its clause is not the warner's own act), not a threat"
            }
            NoEvent::Question => "\"ask\" puts a question here (what, whether, if, about …), not a request",
            NoEvent::NaturalCause => "done by nature or accident (a storm, a flood, a fire, a crash), not by an actor",
            NoEvent::NoPersonObject => "the pattern needs a person or role right after the trigger",
            NoEvent::NoParties => "no actor or recipient found around the trigger",
            NoEvent::UnknownNamesOnly => {
                "its only parties are names or groups the knowledge base does not know (found by the name recogniser)"
            }
            NoEvent::Unplaced => {
                "no words name its parties and no place in the text gives them a country"
            }
            NoEvent::NoRecipient => "the pattern needs a recipient and none was found",
            NoEvent::NotAnAct => {
                "what \"must\" or \"should\" governs here is a view or a state of mind, or \"should\" states a condition"
            }
            NoEvent::NotPolitical => {
                "verbal, cooperative, force-posture or relation-cutting event without a state, \
                 organisation, named person or political role"
            }
            NoEvent::BusinessLending => {
                "aid given by a company or bank alone: lending or supplying is business, whoever receives it"
            }
            NoEvent::UnknownCode => "the pattern's CAMEO code is not in the ontology",
            NoEvent::NoSpeaker => "no reporting verb with a known speaker governs the clause",
            NoEvent::InName => "a capitalised word of a title or name (\"Massive Attack\"), not an act",
        }
    }
}

/// What became of one pattern match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// It produced an event.
    Event,
    /// A more specific (or longer, or earlier) match over the same words won:
    /// its rule.
    Overlapped(String),
    /// It found no event.
    NoEvent(NoEvent),
    /// Its event repeats one already coded in the sentence.
    Duplicate,
    /// Its event is part of the action of an earlier event of the same
    /// category (a conjoined verb, an adverbial or purpose clause): that
    /// event's rule.
    PartOf(String),
}

/// One pattern match and its outcome: the "why" of `parley explain`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchTrace {
    /// Index of the sentence in the document.
    pub sentence: usize,
    /// The rule (`file:line`).
    pub rule: String,
    /// The pattern's text.
    pub pattern: String,
    /// The pattern's CAMEO code.
    pub cameo: String,
    /// The matched words, first to last.
    pub trigger: Span,
    /// What became of it.
    pub outcome: Outcome,
}

/// What the coder remembers between sentences of one document.
#[derive(Debug, Clone, Default)]
pub struct Discourse {
    paragraph: usize,
    sentence: usize,
    last_singular: Option<(usize, usize, Party)>,
    /// The last single actor that is a body, not a person ("it").
    last_body: Option<(usize, usize, Party)>,
    last_parties: Option<(usize, usize, Vec<Party>)>,
    last_partner: Option<(usize, usize, Vec<Party>)>,
    last_exchange: Option<(usize, usize, Vec<Party>)>,
    /// The actors of the last event of the current sentence.
    sentence_agent: Option<(usize, Vec<Party>)>,
    /// The parties of a meeting among themselves in a sentence ("the
    /// ministers met"), by sentence.
    sentence_meeting: Option<(usize, Vec<Party>)>,
}

impl Discourse {
    fn recent<'a, T>(&self, slot: &'a Option<(usize, usize, T)>, max_back: usize) -> Option<&'a T> {
        slot.as_ref()
            .filter(|(_, s, _)| self.sentence.checked_sub(*s).is_some_and(|d| d <= max_back))
            .map(|(_, _, v)| v)
    }

    /// What an anaphor of `kind` refers to, from the discourse memory: the
    /// last single actor (he, she), the last parties (they), or the parties
    /// of the last exchange (both sides).
    fn antecedents(&self, kind: AnaphorKind) -> Vec<Party> {
        match kind {
            AnaphorKind::Singular => self
                .recent(&self.last_singular, 3)
                .cloned()
                .into_iter()
                .collect(),
            // "it" looks back one sentence only: a body named further back
            // has most often given way to something else "it" may be.
            AnaphorKind::Neuter => self
                .recent(&self.last_body, 1)
                .cloned()
                .into_iter()
                .collect(),
            AnaphorKind::Plural => self
                .recent(&self.last_parties, 3)
                .cloned()
                .unwrap_or_default(),
            AnaphorKind::BothParties => self
                .recent(&self.last_exchange, 4)
                .or_else(|| self.recent(&self.last_parties, 3))
                .cloned()
                .unwrap_or_default(),
        }
    }
}

/// Parties standing at the anaphor's span for their antecedents.
fn stand_in(span: Span, antecedents: Vec<Party>) -> Vec<Party> {
    antecedents
        .into_iter()
        .map(|p| Party {
            span,
            antecedent: Some(p.antecedent.unwrap_or(p.span)),
            actor: p.actor,
            implicit: false,
        })
        .collect()
}

/// One analysed sentence handed to the coder.
#[derive(Debug, Clone, Copy)]
pub struct SentenceInput<'a> {
    /// The document text.
    pub text: &'a str,
    /// Sentence index in the document.
    pub index: usize,
    /// The sentence's bounds.
    pub bounds: &'a SentenceBounds,
    /// The sentence's tokens.
    pub tokens: &'a [Token],
    /// One analysis per token.
    pub analysis: &'a [TokenAnalysis],
    /// The sentence's mentions.
    pub mentions: &'a SentenceMentions,
}

/// The event coder: patterns plus the ontology.
#[derive(Debug, Clone, Copy)]
pub struct Coder<'p> {
    patterns: &'p PatternSet,
    ontology: &'p Ontology,
    decider: Option<&'p crate::LogisticModel>,
    genre: Option<&'p crate::LogisticModel>,
}

/// The knowledge base's names of countries, their peoples and their
/// capitals and other metonyms, lower-cased.
fn country_forms() -> &'static HashSet<String> {
    static FORMS: OnceLock<HashSet<String>> = OnceLock::new();
    FORMS.get_or_init(|| {
        KnowledgeBase::embedded()
            .country_forms()
            .iter()
            .map(|f| f.to_lowercase())
            .collect()
    })
}

/// Documents shorter than this many words are not given a genre.
const GENRE_MIN_WORDS: usize = 60;

/// Sectors that make an event in sport, entertainment or technology news
/// political: "police arrested fans", "the court fined the club".
const INSTITUTIONS_OF_POLITICS: &[&str] = &["GOV", "COP", "JUD", "LEG", "PTY", "IGO", "SPY"];

const CLAUSE_STOPS: &[&str] = &[";", ":", ".", "!", "?"];
/// Words that end the search for a recipient after the trigger: clause
/// punctuation, reporting verbs and their participles ("saying"), relative
/// and subordinating words, and phrases of circumstance or of what came
/// before ("amid", "during", "since", "following": the act's background).
#[rustfmt::skip]
const OBJECT_STOPS: &[&str] = &[
    ",", ";", ":", ".", "!", "?", "said", "says", "told", "which", "who", "while", "but",
    "because", "after", "before", "when", "where", "(", "\"", "“", "”", "although", "though",
    "whereas", "amid", "amidst", "during", "since", "following", "saying", "adding",
];
/// [`OBJECT_STOPS`] and "with".
#[rustfmt::skip]
const OBJECT_STOPS_WITH: &[&str] = &[
    ",", ";", ":", ".", "!", "?", "said", "says", "told", "which", "who", "while", "but",
    "because", "after", "before", "when", "where", "(", "\"", "“", "”", "although", "though",
    "whereas", "amid", "amidst", "during", "since", "following", "saying", "adding", "with",
];
/// Words that deny the act after them: "did not attack", "were unable to
/// reach the town".
const NEGATORS: &[&str] = &["not", "n't", "never", "no", "unable"];
const REFUSALS: &[&str] = &["refuse", "decline", "fail", "deny", "refrain"];
/// Two-word verbs of not doing: "held off on sanctions", "stopped short of
/// calling for", "shied away from".
const HOLDING_BACK: &[(&str, &str)] = &[("hold", "off"), ("stop", "short"), ("shy", "away")];
/// The same as nouns: "the government's refusal to order an inquiry".
const REFUSAL_NOUNS: &[&str] = &[
    "refusal",
    "refusals",
    "failure",
    "failures",
    "reluctance",
    "unwillingness",
];
/// Conditional or possible acts. "would" is not here: in news it is mostly
/// the future of reported speech ("said it would tighten the blockade").
const HYPOTHETICAL: &[&str] = &["could", "can", "might", "may", "if", "should", "whether"];
/// Verbs whose infinitive complement is not (yet) an act: "threatened to blockade".
const UNREALISED: &[&str] = &[
    "threaten", "vow", "plan", "intend", "consider", "propose", "seek", "want", "agree", "promise",
    "pledge", "offer", "hope", "aim", "willing", "prepared", "ready", "commit", "expect",
];
const FUTURE: &[&str] = &["will", "shall", "'ll", "would"];
/// Words that present an act as only alleged ("allegedly attacked",
/// "suspected of attacking").
const ALLEGATIONS: &[&str] = &["allegedly", "purportedly", "supposedly", "suspected"];
const BE_FORMS: &[&str] = &["was", "were", "is", "are", "been", "being", "be", "got"];
const FRONTING_PREPOSITIONS: &[&str] = &[
    "in",
    "during",
    "at",
    "after",
    "before",
    "following",
    "on",
    "amid",
    "ahead",
];

impl<'p> Coder<'p> {
    /// A coder over the given patterns.
    pub fn new(patterns: &'p PatternSet, ontology: &'p Ontology) -> Coder<'p> {
        Coder {
            patterns,
            ontology,
            decider: None,
            genre: None,
        }
    }

    /// This coder with a learned decision on its reported candidates (see
    /// [`crate::LogisticModel`]); `None`: every candidate the rules keep is kept.
    pub fn with_decider(self, decider: Option<&'p crate::LogisticModel>) -> Coder<'p> {
        Coder { decider, ..self }
    }

    /// This coder with a genre model (see [`crate::genre_model`]): in a
    /// document it reads as sport, entertainment or technology news, only
    /// events with a government, police, court, legislature, party or
    /// international body are kept. `None`: no genre decision.
    pub fn with_genre(self, genre: Option<&'p crate::LogisticModel>) -> Coder<'p> {
        Coder { genre, ..self }
    }

    /// The coder with the embedded patterns, ontology and decision model.
    pub fn embedded() -> Coder<'static> {
        Coder::new(PatternSet::embedded(), Ontology::embedded())
            .with_decider(crate::decider_model())
            .with_genre(crate::genre_model())
    }

    /// The embedded model analyser, told the embedded patterns' trigger words
    /// so that it lemmatises unfamiliar forms of them right ("blockaded" →
    /// "blockade").
    pub fn embedded_analyser() -> ModelAnalyser<'static> {
        static VOCABULARY: OnceLock<HashSet<String>> = OnceLock::new();
        ModelAnalyser::embedded()
            .with_vocabulary(VOCABULARY.get_or_init(|| PatternSet::embedded().anchor_words()))
    }

    /// Turns an event that PLOVER's rule had made an intention (a future
    /// meeting coded AGREE) back into the act itself, for a scheduled event.
    pub(crate) fn restore_reduced(&self, e: &mut CodedEvent) {
        let Some(original) = e.reduced_from.take() else {
            return;
        };
        let (Some(code), mapping) = (
            self.ontology.cameo(&original),
            self.ontology.plover_of(&original),
        ) else {
            e.reduced_from = Some(original);
            return;
        };
        e.plover = mapping
            .map(|m| m.category.clone())
            .filter(|c| c != "DISCARD");
        e.quad = code.quad;
        e.goldstein = code.goldstein;
        e.cameo = original;
        e.future_reduced = false;
    }

    /// The patterns matched in a sentence after precedence: for overlapping
    /// matches the most specific (most required words) wins, then the longest,
    /// then the first in file order.
    ///
    /// Also returns the matches that lost, each with the pattern that beat it.
    /// True when some event pattern matches the sentence.
    pub fn has_candidates(&self, analysis: &[TokenAnalysis]) -> bool {
        !self.patterns.find_matches(analysis).is_empty()
    }

    pub(crate) fn select_matches(
        &self,
        analysis: &[TokenAnalysis],
    ) -> (Vec<PatternMatch>, Vec<(PatternMatch, usize)>) {
        let mut all = self.patterns.find_matches(analysis);
        let pats = self.patterns.patterns();
        all.sort_by(|a, b| {
            let (pa, pb) = (&pats[a.pattern], &pats[b.pattern]);
            pb.specificity
                .cmp(&pa.specificity)
                .then(b.tokens.len().cmp(&a.tokens.len()))
                .then(a.pattern.cmp(&b.pattern))
                .then(a.tokens.cmp(&b.tokens))
        });
        let mut out: Vec<PatternMatch> = Vec::new();
        let mut overlapped = Vec::new();
        for m in all {
            if let Some(winner) = out
                .iter()
                .find(|w| m.tokens.iter().any(|t| w.tokens.contains(t)))
            {
                overlapped.push((m, winner.pattern));
                continue;
            }
            out.push(m);
        }
        out.sort_by_key(|m| m.tokens[0]);
        (out, overlapped)
    }

    /// Codes one sentence. Total: any input gives a (possibly empty) list.
    pub fn code_sentence(&self, s: &SentenceInput<'_>, d: &mut Discourse) -> Vec<CodedEvent> {
        self.code_sentence_traced(s, d, &mut Vec::new())
    }

    /// [`Coder::code_sentence`] that also appends to `traces` what became of
    /// every pattern match in the sentence: an event, or why not.
    pub fn code_sentence_traced(
        &self,
        s: &SentenceInput<'_>,
        d: &mut Discourse,
        traces: &mut Vec<MatchTrace>,
    ) -> Vec<CodedEvent> {
        if s.bounds.starts_paragraph && s.index > 0 {
            d.paragraph += 1;
        }
        d.sentence = s.index;
        let mut events: Vec<CodedEvent> = Vec::new();
        let pats = self.patterns.patterns();
        let trace = |m: &PatternMatch, outcome: Outcome| {
            let p = &pats[m.pattern];
            let first = m.tokens[0];
            let last = *m.tokens.last().expect("matches are non-empty");
            MatchTrace {
                sentence: s.index,
                rule: p.id.clone(),
                pattern: p.source.clone(),
                cameo: p.cameo.clone(),
                trigger: s.tokens[first].span.cover(s.tokens[last].span),
                outcome,
            }
        };
        let (selected, overlapped) = self.select_matches(s.analysis);
        // A group only the recogniser found whose word a pattern reads as an
        // act ("photographs of murders", "launched further airstrikes") is
        // that act, not a party of any event of the sentence.
        let is_act = |am: &ActorMention| {
            am.actor.recognised
                && am.actor.person.is_none()
                && am
                    .tokens
                    .clone()
                    .any(|t| selected.iter().any(|m| m.tokens.contains(&t)))
        };
        let without_acts = without_actors(s.mentions, is_act);
        let own_input = without_acts
            .as_ref()
            .map(|mentions| SentenceInput { mentions, ..*s });
        let s = own_input.as_ref().unwrap_or(s);
        // Names and groups only the recogniser found never cost an event:
        // where a match gives none with them, it is tried again without them
        // (they may have stood where the roles' search would have found a
        // known party).
        let known_only = without_actors(s.mentions, |a| a.actor.recognised);
        let known_input = known_only
            .as_ref()
            .map(|mentions| SentenceInput { mentions, ..*s });
        // A match that finds no parties leaves its words to the matches it
        // outranked: "the meeting also demanded a ban" is no `meet *
        // demand` (a concession) with parties, so `demanded` is tried.
        let mut queue: std::collections::VecDeque<PatternMatch> = selected.into();
        let mut losers = overlapped;
        let mut taken: Vec<Vec<usize>> = queue.iter().map(|m| m.tokens.clone()).collect();
        while let Some(m) = queue.pop_front() {
            let coded = match (self.event_for(s, &m, d), &known_input) {
                (Err(why), Some(k)) => self.event_for(k, &m, d).map_err(|_| why),
                (coded, _) => coded,
            };
            if let Err(why) = &coded {
                if why.concerns_parties() {
                    taken.retain(|t| *t != m.tokens);
                    let mut freed: Vec<PatternMatch> = Vec::new();
                    let mut rest = Vec::new();
                    for (l, w) in losers {
                        let overlaps_taken = taken
                            .iter()
                            .chain(freed.iter().map(|f| &f.tokens))
                            .any(|t| l.tokens.iter().any(|x| t.contains(x)));
                        if w == m.pattern && !overlaps_taken {
                            freed.push(l);
                        } else {
                            rest.push((l, w));
                        }
                    }
                    losers = rest;
                    for f in freed {
                        taken.push(f.tokens.clone());
                        let at = queue
                            .iter()
                            .position(|q| q.tokens[0] > f.tokens[0])
                            .unwrap_or(queue.len());
                        queue.insert(at, f);
                    }
                }
            }
            match coded {
                Ok(mut e) => {
                    demote_content_of_speech_act(s.text, s.analysis, &events, &mut e);
                    let duplicate = events.iter().any(|x| same_event(x, &e));
                    if duplicate {
                        traces.push(trace(&m, Outcome::Duplicate));
                    } else {
                        traces.push(trace(&m, Outcome::Event));
                        remember(d, s.index, &e);
                        events.push(e);
                    }
                }
                Err(why) => traces.push(trace(&m, Outcome::NoEvent(why))),
            }
        }
        for (m, winner) in &losers {
            traces.push(trace(m, Outcome::Overlapped(pats[*winner].id.clone())));
        }
        merge_one_action(s.analysis, &s.mentions.actors, &mut events, traces);
        merge_unattributed(&mut events, traces);
        // Background events are what the sentence's own event is set
        // against; they are coded only when the sentence has no other.
        if events
            .iter()
            .any(|e| !e.background && e.modality == Modality::Asserted && e.plover.is_some())
        {
            for e in events.iter_mut().filter(|e| e.background) {
                if e.modality.is_kept_by_default() {
                    e.modality = Modality::Referenced;
                }
            }
        }
        let table = ConfidenceTable::embedded();
        for e in &mut events {
            e.confidence = table.confidence(&confidence_key(e));
        }
        if events.is_empty() {
            // Not the object of a preposition ("met with X", "by X").
            let ungoverned = |a: &ActorMention| {
                let prev = a
                    .tokens
                    .start
                    .checked_sub(1)
                    .map(|j| s.analysis[j].lower.as_str());
                !matches!(prev, Some("with" | "to" | "by" | "from" | "of" | "against"))
            };
            // The first named person so placed is the likeliest subject of
            // the sentence.
            let subject_like = s
                .mentions
                .actors
                .iter()
                .find(|a| a.actor.person.is_some() && ungoverned(a));
            if let Some(a) = subject_like {
                d.last_singular = Some((d.paragraph, s.index, party(a)));
            }
            // A company the recogniser found counts here: "it" after it is
            // the company, not a government named before.
            let body_like = s.mentions.actors.iter().find(|a| {
                (is_body(&a.actor) || (a.actor.recognised && a.actor.organisation.is_some()))
                    && ungoverned(a)
            });
            if let Some(a) = body_like {
                d.last_body = Some((d.paragraph, s.index, party(a)));
            }
        }
        events
    }

    fn event_for(
        &self,
        s: &SentenceInput<'_>,
        m: &PatternMatch,
        d: &Discourse,
    ) -> Result<CodedEvent, NoEvent> {
        let pattern = &self.patterns.patterns()[m.pattern];
        let first = m.tokens[0];
        let last = *m.tokens.last().expect("matches are non-empty");
        let a = s.analysis;
        // The word that heads the trigger in the parse ("phone call": call).
        let head = trigger_head(a, (first, last));
        let actors = &s.mentions.actors;

        // Mentions that are part of the trigger are not parties ("the Defence
        // Policy Dialogue"); mentions inside a gap of the pattern may be.
        // A guessed name or group between the trigger's words is part of
        // what was done ("provided two million dollars in emergency
        // assistance").
        let in_trigger = |am: &ActorMention| {
            am.tokens.clone().any(|t| m.tokens.contains(&t))
                || (am.actor.recognised && am.tokens.start > first && am.tokens.end <= last)
        };
        let outside = |am: &ActorMention| !in_trigger(am);
        let nominal_from = nominal_start(a, actors, first);
        // "the occupied West Bank", "the besieged town": a participle used as
        // an adjective names no act.
        // So is one after a determiner and its adjectives or numbers ("the
        // other accused", "the two detained"): a noun for people, whom the
        // act was done to.
        let determined = |mut j: usize| {
            for _ in 0..3 {
                if DETERMINERS.contains(&a[j].lower.as_str()) {
                    return true;
                }
                let modifier = a[j]
                    .pos
                    .is_some_and(|p| matches!(p.upos, Upos::Adj | Upos::Num | Upos::Adv));
                if !modifier || j == 0 || a[j].lower.ends_with("ed") {
                    return false;
                }
                j -= 1;
            }
            false
        };
        if m.tokens.len() == 1
            && a[first].lower.ends_with("ed")
            && first > 0
            && determined(first - 1)
        {
            return Err(NoEvent::AdjectivalParticiple);
        }
        // "the arms negotiating team", "investigating magistrates", "the
        // ruling party": a participle before a noun of a body or its
        // members names that body, not an act; so does "most wanted".
        let body_after = a
            .get(first + 1)
            .is_some_and(|t| BODY_NOUNS.iter().any(|b| t.has_lemma(b)));
        let clause_before = first > 0
            && a[first - 1]
                .pos
                .is_some_and(|p| matches!(p.upos, Upos::Aux | Upos::Verb | Upos::Pron));
        let most_wanted = a[first].lower == "wanted"
            && first > 0
            && matches!(a[first - 1].lower.as_str(), "most" | "top");
        if m.tokens.len() == 1
            && ((a[first].lower.ends_with("ing") && body_after && !clause_before) || most_wanted)
        {
            return Err(NoEvent::AdjectivalParticiple);
        }
        // "attack helicopters", "rape products", "war crimes": a noun
        // modifying another noun names a kind of thing, not an act.
        let noun = |j: usize| a[j].pos.is_some_and(|p| p.upos == Upos::Noun);
        if m.tokens.len() == 1
            && noun(first)
            && a[first]
                .dependency
                .is_some_and(|d| d.deprel == "compound" && d.head == Some(first + 1))
            && noun(first + 1)
        {
            return Err(NoEvent::Modifier);
        }
        // "its scorched-earth run through the Olympics": a trigger word used
        // as an adjective of the next noun names a manner, not an act.
        if m.tokens.len() == 1
            && a[first].lower.contains('-')
            && a[first]
                .dependency
                .is_some_and(|d| d.deprel == "amod" && d.head == Some(first + 1))
            && noun(first + 1)
        {
            return Err(NoEvent::Modifier);
        }

        // "media violence", "high levels of violence": violence as a kind of
        // content or an amount names no act (a medium modifying it, or a
        // measure noun it hangs on).
        if m.tokens.len() == 1 && a[first].lower == "violence" {
            let modifier = a.iter().any(|t| {
                t.dependency
                    .is_some_and(|d| d.head == Some(first) && d.deprel == "compound")
                    && matches!(
                        t.lower.as_str(),
                        "media"
                            | "video"
                            | "screen"
                            | "television"
                            | "tv"
                            | "film"
                            | "movie"
                            | "game"
                            | "cartoon"
                            | "online"
                            | "fictional"
                    )
            });
            let measure = a[first].dependency.is_some_and(|d| {
                d.deprel == "nmod"
                    && d.head.is_some_and(|h| {
                        matches!(
                            a[h].lower.as_str(),
                            "level"
                                | "levels"
                                | "amount"
                                | "amounts"
                                | "depiction"
                                | "depictions"
                                | "glorification"
                                | "portrayal"
                                | "scenes"
                        )
                    })
            });
            if modifier || measure {
                return Err(NoEvent::Modifier);
            }
        }

        // "grew fast, thanks to oil revenues": "thanks to" is a preposition
        // (because of) unless thanks are given, sent or expressed.
        if m.tokens.len() == 1
            && a[first].lower == "thanks"
            && a.get(first + 1).is_some_and(|t| t.lower == "to")
            && !(first.saturating_sub(2)..first).any(|j| {
                ["give", "send", "express", "extend", "offer", "convey"]
                    .iter()
                    .any(|v| a[j].has_lemma(v))
            })
        {
            return Err(NoEvent::Preposition);
        }
        // "asked what steps the government was taking", "asked him whether
        // he would attend", "asked about the visit": a question, not a
        // request.
        if a[first].has_lemma("ask") && asks_a_question(a, last) {
            return Err(NoEvent::Question);
        }
        // "warned that growth could slow", "warned his nomination was in
        // trouble": a forecast of what may happen, not a threat.
        if m.tokens.len() == 1
            && a[first].has_lemma("warn")
            && warns_of_a_forecast(a, first, actors)
        {
            return Err(NoEvent::Forecast);
        }
        // "insisted that it had complied with the law": insisting that
        // something is or was so is a claim, not a demand (a demand's clause
        // has a modal or the bare verb: "insisted that he resign"). So is
        // suggesting that something is or was so ("market talk suggested 11
        // dlrs had been paid"), where "suggested that he resign" asks.
        let suggest = pattern.cameo.starts_with("02") && a[first].has_lemma("suggest");
        if (pattern.cameo.starts_with("10") && a[first].has_lemma("insist")) || suggest {
            // A plural subject's bare verb is tagged as a present: after a
            // past "suggested", whose claims are told in the past, it asks
            // ("suggested that Ugandan ministers resign"; "polls suggest
            // voters want" claims).
            let past_suggestion = suggest && a[first].pos.is_some_and(|p| p.xpos == "VBD");
            let finite = |x: &str| matches!(x, "VBD" | "VBZ") || (x == "VBP" && !past_suggestion);
            let claim = a.iter().enumerate().any(|(j, t)| {
                t.dependency
                    .is_some_and(|d| d.head == Some(head) && d.deprel == "ccomp")
                    && (t.pos.is_some_and(|p| finite(p.xpos))
                        || a.iter().any(|x| {
                            x.dependency.is_some_and(|d| {
                                d.head == Some(j) && matches!(d.deprel, "aux" | "cop" | "aux:pass")
                            }) && matches!(
                                x.lower.as_str(),
                                "had" | "has" | "have" | "was" | "were" | "is" | "are" | "did"
                            )
                        }))
            });
            // "insisted it was time for the mayor to apologise": a demand
            // put as a claim.
            let time_to = a
                .windows(3)
                .any(|w| w[0].lower == "time" && matches!(w[1].lower.as_str(), "for" | "to"));
            // "suggested to Bolivian authorities that they invest": said to
            // someone, a suggestion that they act.
            let addressed = suggest && a.get(last + 1).is_some_and(|t| t.lower == "to");
            if claim && !time_to && !addressed {
                return Err(NoEvent::Claim);
            }
        }
        // "what defies intelligence", "inviting the wrath of the opposition":
        // idioms, whose object makes the verb no act.
        let idiom = IDIOMS.iter().any(|(verb, objects)| {
            // The parse's object, or the noun right after the verb (past a
            // determiner) when the parse goes astray.
            let next = (head + 1..a.len().min(head + 3))
                .find(|&j| !matches!(a[j].lower.as_str(), "the" | "all" | "any" | "every"));
            a[head].has_lemma(verb)
                && a.iter().enumerate().any(|(j, t)| {
                    (Some(j) == next
                        || t.dependency
                            .is_some_and(|d| d.head == Some(head) && d.deprel == "obj"))
                        && objects.iter().any(|o| t.has_lemma(o))
                })
        });
        // "frequencies freed up by the switch-off": made available, not
        // released.
        let freed_up =
            a[head].has_lemma("free") && a.get(last + 1).is_some_and(|t| t.lower == "up");
        // "police pickets were posted": a guard post, not a picket line.
        let guard_post = a[first].has_lemma("picket")
            && first.checked_sub(1).is_some_and(|j| {
                matches!(
                    a[j].lower.as_str(),
                    "police" | "security" | "army" | "paramilitary"
                )
            });
        if idiom || freed_up || guard_post {
            return Err(NoEvent::Idiom);
        }
        let quote = |j: usize| {
            a.get(j).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "\"" | "“" | "”" | "'" | "‘" | "’" | "``" | "''"
                )
            })
        };
        // Scare quotes on a verb in use are not that: 'had "advised" the
        // leaders', 'had \'\'threatened\'\' to use party cadres'.
        let before_quotes = (0..first).rev().find(|&j| !quote(j));
        let in_use = before_quotes.is_some_and(|j| {
            matches!(
                a[j].lower.as_str(),
                "had"
                    | "has"
                    | "have"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "be"
                    | "been"
                    | "will"
                    | "would"
                    | "could"
                    | "should"
                    | "may"
                    | "might"
                    | "to"
            )
        }) || a.iter().any(|t| {
            t.dependency.is_some_and(|d| {
                d.head == Some(first)
                    && (d.deprel.starts_with("aux") || d.deprel.starts_with("nsubj"))
            })
        });
        if m.tokens.len() == 1 && first > 0 && quote(first - 1) && quote(first + 1) && !in_use {
            return Err(NoEvent::QuotedWord);
        }
        // A capitalised neighbour that is a known party is no title word
        // ("Syrians Sought Refuge in the EU").
        let known = |j: usize| {
            actors.iter().any(|am| {
                am.tokens.contains(&j) && am.actor.country.as_deref().is_some_and(|c| c != "---")
            })
        };
        if in_a_name(s.text, s.tokens, a, first, known) {
            return Err(NoEvent::InName);
        }
        // "died of a cardiac arrest": the body's, not the police's.
        if m.tokens.len() == 1
            && a[first].has_lemma("arrest")
            && first
                .checked_sub(1)
                .is_some_and(|j| matches!(a[j].lower.as_str(), "cardiac" | "respiratory" | "heart"))
        {
            return Err(NoEvent::NaturalCause);
        }
        // "Floods killed 40 people", "people were killed in the storm":
        // violence done by nature or accident is no political event.
        if matches!(&pattern.cameo[..2], "18" | "19" | "20") && natural_cause(a, first, last) {
            return Err(NoEvent::NaturalCause);
        }

        let mut modality = modality_of(a, &m.tokens, actors);
        // "to forestall more violence", "to prevent riots": an act that is
        // kept from happening has not happened.
        if modality == Modality::Asserted && (prevented(a, head) || only_possible(a, head)) {
            modality = Modality::Hypothetical;
        }
        // "His sentence, criticised by Reporters Without Borders, …", "a
        // project backed by the ministries": a participle with its "by"
        // agent right after it is passive without an auxiliary too.
        let reduced_passive = m.tokens.len() == 1
            && (a[first].lower.ends_with("ed") || a[first].lower.ends_with("en"))
            && a.get(first + 1).is_some_and(|t| t.lower == "by")
            && !first
                .checked_sub(1)
                .is_some_and(|j| matches!(a[j].lower.as_str(), "has" | "have" | "had" | "having"));
        // "Palestinians killed in Gaza", "a militia leader charged with war
        // crimes": the party underwent the act.
        let relative_participle = relative_participle(a, actors, first);
        // "Curfew (was) lifted in Jos", "restrictions were imposed": a
        // pattern that names the undergoing thing before its verb ends in
        // that verb's participle.
        let noun_first_passive = thing_first(a, first, last)
            && a[last].pos.is_some_and(|p| p.xpos == "VBN")
            && !(first..last).any(|j| matches!(a[j].lower.as_str(), "has" | "have" | "had"));
        let passive = is_passive(a, first)
            || reduced_passive
            || relative_participle.is_some()
            || noun_first_passive;

        // Subject: nearest actor before the trigger within the clause; for
        // a verb conjoined to an earlier one without a subject of its own,
        // before the first conjunct ("Pakistan, a U.S. ally, refused to send
        // troops to Iraq and urged …": not Iraq).
        let subject_before = first_conjunct(a, first);
        let clause_start = (0..subject_before)
            .rev()
            .find(|&j| CLAUSE_STOPS.contains(&a[j].lower.as_str()))
            .map_or(0, |j| j + 1);
        // A nominal trigger ("the Israeli air strike") takes its actor only from
        // its own modifiers, never from the sentence's subject.
        let clause_start = nominal_from.unwrap_or(clause_start);
        let subject_idx = actors
            .iter()
            .enumerate()
            .filter(|(_, am)| am.tokens.end <= subject_before && am.tokens.start >= clause_start)
            .filter(|(_, am)| {
                let prev = am.tokens.start.checked_sub(1).map(|j| a[j].lower.as_str());
                // "with opposition members vociferously demanding …": the
                // party of an absolute "with" phrase is its participle's
                // subject.
                let absolute = prev == Some("with")
                    && a[first].pos.is_some_and(|p| p.xpos == "VBG")
                    && am.tokens.end <= first
                    && first - am.tokens.end <= 3
                    && (am.tokens.end..first).all(|j| {
                        a[j].pos
                            .is_some_and(|p| matches!(p.upos, Upos::Noun | Upos::Adv))
                    });
                absolute
                    || !matches!(
                        prev,
                        Some("with" | "against" | "by" | "to" | "between" | "among")
                    )
            })
            .map(|(i, _)| i)
            .next_back();
        // The parse, when there is one, knows the subject better than
        // nearness does ("X, which Y backed, attacked Z").
        // The parse names the first of coordinated subjects; nearness finds the last.
        // A participle's subject is its main clause's, after it when the
        // participle leads ("Welcoming the verdict, the minister said").
        let participle_clause = a[first].dependency.is_some_and(|d| d.deprel == "advcl")
            && a[first]
                .pos
                .is_some_and(|p| matches!(p.xpos, "VBG" | "VBN"));
        let (subject_idx, subject_dir, subject_from_tree) = match tree_subject(a, first, actors) {
            _ if relative_participle.is_some() => (relative_participle, Direction::Backward, true),
            Some(i)
                if nominal_from.is_none()
                    && (actors[i].tokens.end <= first || participle_clause) =>
            {
                (Some(i), Direction::Forward, true)
            }
            _ => (subject_idx, Direction::Backward, false),
        };
        let nearest_anaphor = s
            .mentions
            .anaphors
            .iter()
            .rfind(|an| an.tokens.end <= first && an.tokens.start >= clause_start);
        // A pronoun between the subject and the trigger takes over, unless the
        // parse names the subject ("Hamas, which they had funded, attacked …").
        let anaphor_is_nearer = match (nearest_anaphor, subject_idx) {
            // "it" only stands in when nothing else is found: a body named in
            // the clause before it is the subject itself ("the ministry said
            // it had summoned …" has the ministry's name to show).
            (Some(an), Some(i)) => {
                an.kind != AnaphorKind::Neuter
                    && !subject_from_tree
                    && an.tokens.start >= actors[i].tokens.end
            }
            _ => false,
        };
        // "Pakistan, a key U.S. ally, has refused": the nearest actor sits
        // in an apposition; the subject is what the apposition describes.
        let subject_idx = match subject_idx {
            Some(i) if !subject_from_tree => Some(appositive_anchor(s, i, first).unwrap_or(i)),
            other => other,
        };
        let mut subject: Vec<Party> = subject_idx
            .filter(|_| !anaphor_is_nearer)
            .map(|i| expand_role(s, coordinated(s, i, subject_dir)))
            .unwrap_or_default();
        let mut plural_subject = false;
        if subject.is_empty() && nominal_from.is_none() {
            // "In his meeting with X, Y said …": the main clause's subject.
            let starts_with_prep = a
                .first()
                .is_some_and(|t| FRONTING_PREPOSITIONS.contains(&t.lower.as_str()));
            let first_comma = a.iter().position(|t| t.lower == ",");
            if let (true, Some(comma)) = (starts_with_prep, first_comma) {
                if comma > last {
                    if let Some(i) = actors
                        .iter()
                        .position(|am| am.tokens.start > comma && am.tokens.start <= comma + 3)
                    {
                        subject = expand_role(s, coordinated(s, i, Direction::Forward));
                    }
                }
            }
        }
        // "Opposing the bill, he said …": a leading participle's subject is
        // the main clause's pronoun.
        let participle_anaphor = participle_clause
            .then(|| match tree_subject_token(a, first) {
                Some(TreeSubject::Subject(j)) if j > last => {
                    s.mentions.anaphors.iter().find(|an| an.tokens.contains(&j))
                }
                _ => None,
            })
            .flatten();
        let mut unresolved_pronoun = None;
        if subject.is_empty() && nominal_from.is_none() {
            // Pronouns and "both sides" before the trigger.
            if let Some(an) = nearest_anaphor.or(participle_anaphor) {
                // "The rebels said they will …": an antecedent in the same
                // sentence comes first (the subject of a reporting clause).
                let in_sentence: Vec<Party> = match an.kind {
                    AnaphorKind::BothParties => Vec::new(),
                    // "X met Y, where they discussed": the parties of this
                    // sentence's exchange.
                    AnaphorKind::Plural => match &d.last_parties {
                        Some((_, sent, parties)) if *sent == s.index => parties.clone(),
                        _ => actors
                            .iter()
                            .position(|am| am.tokens.end <= an.tokens.start)
                            .map(|i| expand_role(s, coordinated(s, i, Direction::Forward)))
                            .unwrap_or_default(),
                    },
                    AnaphorKind::Singular => actors
                        .iter()
                        .position(|am| {
                            am.tokens.end <= an.tokens.start && am.actor.person.is_some()
                        })
                        .map(|i| vec![party(&actors[i])])
                        .unwrap_or_default(),
                    // "The ministry said it would …": the body before it.
                    AnaphorKind::Neuter => actors
                        .iter()
                        .position(|am| am.tokens.end <= an.tokens.start && is_body(&am.actor))
                        .map(|i| vec![party(&actors[i])])
                        .unwrap_or_default(),
                };
                let antecedents: Vec<Party> = if !in_sentence.is_empty() {
                    in_sentence
                } else {
                    d.antecedents(an.kind)
                };
                plural_subject = matches!(an.kind, AnaphorKind::Plural | AnaphorKind::BothParties)
                    && antecedents.len() >= 2;
                // "he accused the government": a person the document has
                // not named, of the country where it happens (see
                // `place_parties`), who fills the role but cannot make an
                // event political alone.
                let subject_of_trigger = matches!(
                    tree_subject_token(a, first),
                    Some(TreeSubject::Subject(j)) if an.tokens.contains(&j)
                );
                if antecedents.is_empty() && an.kind == AnaphorKind::Singular && subject_of_trigger
                {
                    let mut someone = plain_party(an.span, None, None, true);
                    someone.actor.recognised = true;
                    unresolved_pronoun = Some(someone);
                }
                subject = stand_in(an.span, antecedents);
            }
        }
        // A name the knowledge base does not know, which the parse makes the
        // subject ("Tamsin Okafor criticised the government"): an actor of
        // unknown country, taken below when the event has a known recipient.
        let named_subject = (subject.is_empty() && nominal_from.is_none())
            .then(|| tree_named_subject(s, first))
            .flatten()
            .or(unresolved_pronoun);

        // Object / prepositional recipient.
        let find_after = |from: usize, limit: usize, stops: &[&str]| -> Option<usize> {
            actors.iter().position(|am| {
                am.tokens.start >= from
                    && am.tokens.start <= from + limit
                    && outside(am)
                    && !(from..am.tokens.start).any(|j| stops.contains(&a[j].lower.as_str()))
            })
        };
        // Object anaphors: "urged both governments", "attacked them".
        let anaphor_after =
            |from: usize, limit: usize, stops: &[&str]| -> Option<(usize, Vec<Party>)> {
                let an = s.mentions.anaphors.iter().find(|an| {
                    an.tokens.start >= from
                        && an.tokens.start <= from + limit
                        && !(from..an.tokens.start).any(|j| stops.contains(&a[j].lower.as_str()))
                        && match an.kind {
                            AnaphorKind::BothParties => true,
                            AnaphorKind::Plural => a[an.tokens.start].lower == "them",
                            AnaphorKind::Singular => a[an.tokens.start].lower == "him",
                            AnaphorKind::Neuter => false,
                        }
                })?;
                let mut antecedents = d.antecedents(an.kind);
                // An object pronoun is not its own clause's subject ("called
                // Erdogan and urged him": not the caller): then the one the
                // last act was done to.
                let subject_again = an.kind == AnaphorKind::Singular
                    && antecedents.iter().any(|x| {
                        subject
                            .iter()
                            .any(|y| y.span == x.span || y.antecedent == Some(x.span))
                    });
                if subject_again {
                    antecedents = match d.recent(&d.last_partner, 1) {
                        Some(partner)
                            if partner.len() == 1
                                && partner[0].actor.person.is_some()
                                && partner[0].antecedent.is_none() =>
                        {
                            partner.clone()
                        }
                        _ => Vec::new(),
                    };
                }
                let parties = stand_in(an.span, antecedents);
                Some((an.tokens.start, parties))
            };
        let party_after = |from: usize, limit: usize, stops: &[&str]| -> Option<Vec<Party>> {
            let actor = find_after(from, limit, stops);
            let anaphor = anaphor_after(from, limit, stops).filter(|(_, p)| !p.is_empty());
            match (actor, anaphor) {
                (Some(i), Some((at, parties))) if at < actors[i].tokens.start => Some(parties),
                (Some(i), _) => Some(expand_role(s, coordinated(s, i, Direction::Forward))),
                (None, Some((_, parties))) => Some(parties),
                (None, None) => None,
            }
        };
        let mut object: Vec<Party> = Vec::new();
        // A reciprocal pattern's party found as an object, not in a `with`
        // phrase ("agreed to lend $1 billion to Indonesia").
        let mut partner_by_object = false;
        if !pattern.flags.no_target {
            // The first occurrence of the preposition that has a party after
            // it ("promised to continue aid to Mozambique": not the infinitive's "to").
            let after_prep = |prep: &str| {
                (first + 1..a.len().min(last + 12))
                    .take_while(|&j| !CLAUSE_STOPS.contains(&a[j].lower.as_str()))
                    .filter(|&j| a[j].lower == prep && (j == last || !m.tokens.contains(&j)))
                    .find_map(|p| party_after(p + 1, 4, CLAUSE_STOPS))
            };
            let found = match &pattern.flags.preposition {
                // Else the verb's indirect object: to whom it is given
                // ("pledged Kyiv military aid", "granted him a pardon").
                Some(prep) => after_prep(prep).or_else(|| {
                    let iobj = dependents(a, first)
                        .find(|&j| a[j].dependency.is_some_and(|d| d.deprel == "iobj"))?;
                    match actors.iter().position(|am| am.tokens.contains(&iobj)) {
                        Some(i) => outside(&actors[i])
                            .then(|| expand_role(s, coordinated(s, i, Direction::Forward))),
                        None => anaphor_after(iobj, 1, CLAUSE_STOPS)
                            .map(|(_, p)| p)
                            .filter(|p| !p.is_empty()),
                    }
                }),
                None if pattern.flags.symmetric => after_prep("with").or_else(|| {
                    let object = party_after(first + 1, 12 + (last - first), OBJECT_STOPS);
                    partner_by_object = object.is_some();
                    object
                }),
                // A pattern ending in a preposition ("deploy * to") names
                // its recipient after it; otherwise a recipient may sit in
                // a gap ("accused Iran of aggression").
                // Else the trigger's object in a gap ("charged the opposition
                // leader with terrorism").
                None if PREPOSITIONS.contains(&a[last].lower.as_str()) => {
                    let gap_object = || {
                        tree_object(a, first, actors)
                            .filter(|&i| outside(&actors[i]))
                            .map(|i| expand_role(s, coordinated(s, i, Direction::Forward)))
                    };
                    // "pressed the Congress for updates to the law": after
                    // "for" (and "about", "over") comes what is asked or
                    // said, the verb's object is whom.
                    if matches!(a[last].lower.as_str(), "for" | "about" | "over") {
                        gap_object().or_else(|| party_after(last + 1, 4, CLAUSE_STOPS))
                    } else {
                        party_after(last + 1, 4, CLAUSE_STOPS).or_else(gap_object)
                    }
                }
                // Violence done "with" a party's name uses it as an
                // instrument ("struck the town with Ugandan artillery"): it
                // is not the one acted on (patterns that mean it say
                // `[with]`).
                None => {
                    let violence = matches!(&pattern.cameo[..2], "18" | "19" | "20");
                    let (cases, stops) = if violence {
                        (VIOLENT_OBJECT_PHRASE_CASES, OBJECT_STOPS_WITH)
                    } else {
                        (OBJECT_PHRASE_CASES, OBJECT_STOPS)
                    };
                    // "rejected accusations by Maduro against the
                    // government": what is rejected or denied is its
                    // author's words, and the author is whom it answers.
                    let answers =
                        pattern.cameo.starts_with("12") || pattern.cameo.starts_with("016");
                    tree_object(a, first, actors)
                        .filter(|&i| outside(&actors[i]))
                        .or_else(|| {
                            answers
                                .then(|| object_phrase_target(a, head, actors, &["by", "from"]))
                                .flatten()
                                .filter(|&i| outside(&actors[i]))
                        })
                        .or_else(|| {
                            object_phrase_target(a, trigger_head(a, (first, last)), actors, cases)
                                .filter(|&i| outside(&actors[i]))
                        })
                        .map(|i| expand_role(s, coordinated(s, i, Direction::Forward)))
                        .or_else(|| party_after(first + 1, 12 + (last - first), stops))
                }
            };
            object = found.unwrap_or_default();
        } else if pattern.cameo.starts_with("082") {
            // "called off a strike against Petrobras": a protest called off
            // was aimed at whom its own "against" phrase names.
            let head = trigger_head(a, (first, last));
            object = object_phrase_target(a, head, actors, &["against"])
                .filter(|&i| outside(&actors[i]))
                .map(|i| expand_role(s, coordinated(s, i, Direction::Forward)))
                .unwrap_or_default();
            // "called off the strike after an agreement with the Indian
            // government": the side the settlement was reached with.
            if object.is_empty() {
                let settled_with = (last + 1..a.len().saturating_sub(1))
                    .take_while(|&j| !CLAUSE_STOPS.contains(&a[j].lower.as_str()))
                    .find(|&j| {
                        a[j].lower == "with"
                            && (j.saturating_sub(3)..j).any(|k| {
                                [
                                    "agreement",
                                    "deal",
                                    "accord",
                                    "talks",
                                    "settlement",
                                    "negotiation",
                                ]
                                .iter()
                                .any(|w| a[k].has_lemma(w))
                            })
                    });
                if let Some(w) = settled_with {
                    if let Some(i) = find_after(w + 1, 3, CLAUSE_STOPS).filter(|&i| {
                        actors[i]
                            .actor
                            .sectors
                            .iter()
                            .any(|x| POLITICAL_SECTORS.contains(&x.as_str()))
                    }) {
                        object = expand_role(s, coordinated(s, i, Direction::Forward));
                    }
                }
            }
        }
        if pattern.flags.object_next {
            let direct = actors.iter().find(|am| {
                am.tokens.start > last
                    && am.tokens.start <= last + 2
                    && (am.actor.person.is_some() || !am.actor.sectors.is_empty())
                    && (last + 1..am.tokens.start).all(|j| {
                        matches!(a[j].lower.as_str(), "his" | "her" | "their" | "its" | "the")
                    })
            });
            match direct {
                Some(am) => object = vec![party(am)],
                None => return Err(NoEvent::NoPersonObject),
            }
        }

        // ", killing 20 people": an adverbial participle shares the agent of
        // the sentence's event before it.
        if first > 0 && a[first - 1].lower == "," && a[first].lower.ends_with("ing") && !passive {
            if let Some((sent, agent)) = &d.sentence_agent {
                if *sent == s.index && !agent.is_empty() {
                    subject = agent.clone();
                }
            }
        }
        let by_agent = nominal_from.is_some() && subject.is_empty();
        let active = !(passive || by_agent || pattern.flags.object_is_source);
        let (mut source, mut target) = if passive || by_agent {
            // "X was attacked by Y": Y acts on X.
            // (A pattern may end in it: "the demand by".)
            let by = (last..a.len().min(last + 8))
                .take_while(|&j| j == last || !CLAUSE_STOPS.contains(&a[j].lower.as_str()))
                .find(|&j| a[j].lower == "by");
            let agent = by
                .and_then(|p| find_after(p + 1, 3, CLAUSE_STOPS))
                .map(|i| expand_role(s, coordinated(s, i, Direction::Forward)))
                .unwrap_or_default();
            // "Bilal was arrested", "the arrest of two activists": coercion
            // with no agent named is the authorities' (ANNOTATION.md: police
            // arresting is COERCE by that country's police), unnamed, of the
            // country where it happened (see `place_parties`). A `by`
            // phrase naming no actor names some other agent ("arrested by
            // the new drug").
            // So are charges, indictments, convictions and sentences
            // ("two ministers were charged", "was sentenced to ten years"):
            // the judiciary's.
            // Only of a party ("the interest rate to be charged" is a price).
            let legal = pattern.cameo.starts_with("11")
                && !subject.is_empty()
                && LEGAL_ACTS.iter().any(|l| a[first].has_lemma(l));
            // Lifting a curfew, a ban or emergency rule ("curfew lifted in
            // Ahmedabad") is as much the authorities' as imposing it.
            let eased = pattern.cameo.starts_with("081");
            let agent = if agent.is_empty()
                && by.is_none()
                && (pattern.cameo.starts_with("17") || legal || eased)
            {
                let sector = if pattern.cameo.starts_with("173") {
                    "COP"
                } else if legal {
                    "JUD"
                } else {
                    "GOV"
                };
                let span = s.tokens[first].span.cover(s.tokens[last].span);
                vec![Party {
                    implicit: true,
                    ..plain_party(span, None, Some(sector), true)
                }]
            } else {
                agent
            };
            if passive {
                // "A statue was returned to the Egyptian government": what a
                // verb of giving was passive of is the thing given; whom it
                // went to is its `to` phrase.
                let given_to = TRANSFER_VERBS
                    .iter()
                    .any(|v| a[head].has_lemma(v))
                    .then(|| {
                        (head + 1..a.len()).find(|&j| {
                            a[j].dependency.is_some_and(|d| {
                                d.head == Some(head) && d.deprel.starts_with("obl")
                            }) && case_of(a, j) == Some("to")
                        })
                    })
                    .flatten()
                    .and_then(|j| actors.iter().position(|am| am.tokens.contains(&j)))
                    .filter(|&i| outside(&actors[i]));
                match given_to {
                    Some(i) => (agent, expand_role(s, coordinated(s, i, Direction::Forward))),
                    None => (agent, subject),
                }
            } else {
                // "the arrest of two activists", "the arms embargo on Iran":
                // a noun's own prepositional phrase names whom its act is
                // done to (not a party further off: "the protest angered
                // the government").
                let prep = if PREPOSITIONS.contains(&a[last].lower.as_str())
                    || a[last].lower == "of"
                {
                    Some(last)
                } else {
                    a.get(last + 1)
                        .filter(|t| matches!(t.lower.as_str(), "of" | "on" | "against" | "upon"))
                        .map(|_| last + 1)
                };
                // The parse must hang the phrase on the act's noun ("a bomb
                // attack on Thursday, police said" names no target).
                let hangs = |i: usize| {
                    actors[i].tokens.clone().any(|t| {
                        a[t].dependency
                            .is_some_and(|d| d.head.is_some_and(|h| (first..=last).contains(&h)))
                    })
                };
                // "the visit of the home minister", "a meeting of the party's
                // leaders", "talks of the two sides": a meeting's "of" phrase
                // names who meet, not whom it is done to.
                let meeting_of = pattern.cameo.starts_with("04")
                    && agent.is_empty()
                    && prep.is_some_and(|p| a[p].lower == "of");
                // The party of the noun's own phrase.
                let phrase_party = prep
                    .and_then(|p| find_after(p + 1, 3, CLAUSE_STOPS))
                    .filter(|&i| hangs(i));
                let party_of = |i: usize| expand_role(s, coordinated(s, i, Direction::Forward));
                if meeting_of {
                    // People in office or political bodies, not companies
                    // nor a bare nationality ("a meeting of West German
                    // savings banks").
                    let who = phrase_party
                        .filter(|&i| {
                            let actor = &actors[i].actor;
                            actor.person.is_some()
                                || actor
                                    .sectors
                                    .iter()
                                    .any(|x| POLITICAL_SECTORS.contains(&x.as_str()))
                        })
                        .map(party_of)
                        .unwrap_or_default();
                    (who, Vec::new())
                } else {
                    let own = phrase_party
                        .filter(|&i| {
                            !agent.is_empty() && !agent.iter().any(|x| x.span == actors[i].span)
                        })
                        .map(party_of)
                        .unwrap_or_default();
                    (agent, own)
                }
            }
        } else if pattern.flags.object_is_source {
            (object, subject)
        } else {
            (subject, object)
        };
        // "A deputy escaped a roadside bombing": whoever escaped, survived or
        // suffered the act underwent it.
        let undergoer = nominal_from
            .and_then(|k| k.checked_sub(1))
            .filter(|&v| UNDERGOING.iter().any(|u| a[v].has_lemma(u)))
            .and_then(|v| tree_subject(a, v, actors));
        // "died after torture in police custody", "has died as a result of
        // the torture": whoever died of violence underwent it.
        let died_of = || {
            let violence = matches!(&pattern.cameo[..2], "18" | "19" | "20");
            let noun = a[head].pos.is_some_and(|p| p.upos == Upos::Noun);
            if !(violence && noun) {
                return None;
            }
            let die = (first.saturating_sub(8)..first)
                .rev()
                .take_while(|&j| !CLAUSE_STOPS.contains(&a[j].lower.as_str()))
                .find(|&j| {
                    a[j].has_lemma("die") && a[j].pos.is_some_and(|p| p.upos == Upos::Verb)
                })?;
            in_subtree(a, head, die)
                .then(|| tree_subject(a, die, actors))
                .flatten()
        };
        if let Some(i) = died_of() {
            // The dead is the one acted on; a party the phrase named for
            // the act ("torture in police custody") is who did it.
            let dead = expand_role(s, coordinated(s, i, Direction::Forward));
            let is_dead = |p: &Party| dead.iter().any(|d| d.span == p.span);
            source.retain(|p| !is_dead(p));
            let others: Vec<Party> = target.drain(..).filter(|p| !is_dead(p)).collect();
            if source.is_empty() {
                source = others;
            }
            target = dead;
        }
        // "a parcel bomb exploded outside the Indonesian embassy": a bomb
        // is aimed at the party it goes off at.
        let violence = matches!(&pattern.cameo[..2], "18" | "19" | "20");
        if target.is_empty() && violence && a[head].pos.is_some_and(|p| p.upos == Upos::Noun) {
            let at = (last + 1..a.len().min(last + 8))
                .take_while(|&j| !CLAUSE_STOPS.contains(&a[j].lower.as_str()))
                .find(|&j| matches!(a[j].lower.as_str(), "outside" | "near" | "at" | "inside"));
            let exploded = at.is_some_and(|p| {
                (last + 1..p).any(|j| {
                    ["explode", "go", "blow", "detonate", "hit", "strike"]
                        .iter()
                        .any(|v| a[j].has_lemma(v))
                })
            });
            if let (Some(p), true) = (at, exploded) {
                if let Some(i) = find_after(p + 1, 3, CLAUSE_STOPS)
                    .filter(|&i| !source.iter().any(|x| x.span == actors[i].span))
                {
                    target = expand_role(s, coordinated(s, i, Direction::Forward));
                }
            }
        }
        if let (true, Some(i)) = (target.is_empty(), undergoer) {
            if !source.iter().any(|x| x.span == actors[i].span) {
                target = expand_role(s, coordinated(s, i, Direction::Forward));
            }
        }
        let mut own_policy = false;
        if pattern.flags.speaker {
            // What the modal governs must be an act: not a view or a state
            // of mind ("Japan should not view expansion as …", "foreign
            // governments should appreciate the efforts"), and "should"
            // before its subject is a condition ("should Seoul revalue the
            // won, Korea would …").
            if let Some(v) = a[first].dependency.and_then(|d| d.head) {
                let stative = MENTAL_VERBS.iter().any(|w| a[v].has_lemma(w));
                let subject = |j: usize| {
                    a[j].dependency
                        .is_some_and(|d| d.deprel.starts_with("nsubj") || d.deprel == "expl")
                };
                let inverted = a[first].lower == "should"
                    && dependents(a, v).any(|j| j > first && subject(j))
                    && !dependents(a, v).any(|j| j < first && subject(j));
                if stative || inverted {
                    return Err(NoEvent::NotAnAct);
                }
            }
            // "Russia said Israel must end the strikes": the reported clause's
            // subject is asked to act, by whoever reports it.
            let reporter = reporting_verb(a, first).or_else(|| surface_reporting_verb(a, first));
            // "\"Asia should …,\" said the French minister": the speaker of
            // an inverted report follows the verb.
            let inverted = |r: usize| {
                let j = (r + 1..a.len()).find(|&j| {
                    a[j].dependency
                        .is_some_and(|d| d.head == Some(r) && d.deprel == "nsubj")
                })?;
                actors.iter().position(|am| am.tokens.contains(&j))
            };
            let named = reporter.and_then(|r| tree_subject(a, r, actors).or_else(|| inverted(r)));
            // "he said Pakistan must stop …": a pronoun reporting stands for
            // whom the discourse says.
            let speaker: Vec<Party> = match (named, reporter) {
                (Some(i), _) => expand_role(s, coordinated(s, i, Direction::Forward)),
                (None, Some(r)) => match tree_subject_token(a, r) {
                    Some(TreeSubject::Subject(j)) => s
                        .mentions
                        .anaphors
                        .iter()
                        .find(|an| an.tokens.contains(&j) && an.kind != AnaphorKind::BothParties)
                        .map(|an| stand_in(an.span, d.antecedents(an.kind)))
                        .unwrap_or_default(),
                    _ => Vec::new(),
                },
                (None, None) => Vec::new(),
            };
            if speaker.is_empty() {
                return Err(NoEvent::NoSpeaker);
            }
            let addressee = match clause_verb(a, first) {
                Some(v) => match tree_subject(a, v, actors) {
                    Some(i) => expand_role(s, coordinated(s, i, Direction::Forward)),
                    // "… said India wanted peace but it must abide by the
                    // accord": "it" is the body named before it in the
                    // sentence, else the discourse's.
                    None => match tree_subject_token(a, v) {
                        Some(TreeSubject::Subject(j)) => s
                            .mentions
                            .anaphors
                            .iter()
                            .find(|an| an.tokens.contains(&j) && an.kind == AnaphorKind::Neuter)
                            .map(|an| {
                                let before = actors.iter().rposition(|am| {
                                    am.tokens.end <= an.tokens.start && is_body(&am.actor)
                                });
                                match before {
                                    Some(i) => stand_in(an.span, vec![party(&actors[i])]),
                                    None => stand_in(an.span, d.antecedents(an.kind)),
                                }
                            })
                            .unwrap_or_default(),
                        _ => Vec::new(),
                    },
                },
                None => Vec::new(),
            };
            // Else the party right before the modal, in the reported
            // clause ("said the Liberal Democrats needed to explain",
            // "\"Parliament must act,\" he said") when the parse gives
            // the clause no subject of its own.
            let addressee = if addressee.is_empty() {
                let after_reporter = |am: &ActorMention| match reporter {
                    Some(r) if r < first => am.tokens.start > r,
                    _ => true,
                };
                // Right before it (an adverb between at most), and not in a
                // prepositional phrase ("partners of the NDA needed").
                // A relative pronoun may come between ("Pakistan, which
                // should end …").
                let adjacent = |am: &ActorMention| {
                    let relative = am.tokens.end + 2 == first
                        && a[first - 2].lower == ","
                        && matches!(a[first - 1].lower.as_str(), "which" | "who");
                    am.tokens.end <= first
                        && (relative
                            || ((am.tokens.end..first)
                                .all(|j| a[j].pos.is_some_and(|p| p.upos == Upos::Adv))
                                && !am.tokens.start.checked_sub(1).is_some_and(|j| {
                                    a[j].pos.is_some_and(|p| p.upos == Upos::Adp)
                                })))
                };
                actors
                    .iter()
                    .rposition(|am| adjacent(am) && after_reporter(am))
                    .map(|i| expand_role(s, coordinated(s, i, Direction::Forward)))
                    .unwrap_or_default()
            } else {
                addressee
            };
            // "Reagan said the United States must do more", "China should
            // increase its exports, he said": what a government's member
            // prescribes for their own state is its policy, not a demand on
            // another (an opposition's "India must …" is a demand).
            let own_state = !addressee.is_empty()
                && addressee.iter().all(|t| {
                    t.actor.sectors.is_empty()
                        && t.actor
                            .country
                            .as_deref()
                            .is_some_and(parley_mentions::is_state_code)
                        && speaker.iter().any(|x| {
                            // Not unnamed officials whose country is only
                            // guessed, maybe from the very state they speak
                            // of ("officials said Kenya must expel …").
                            x.actor.country == t.actor.country
                                && (!x.actor.country_inferred || x.actor.person.is_some())
                                && x.actor.sectors.first().is_some_and(|s| s == "GOV")
                                && !x.actor.sectors.iter().any(|s| s == "OPP")
                        })
                });
            own_policy = own_state;
            source = speaker;
            target = addressee;
        }
        target.retain(|t| {
            !source
                .iter()
                .any(|x| x.span == t.span && x.actor == t.actor)
        });
        // "deployed the army", "the army was deployed": the forces a
        // force-posture act (15) moves are the mover's own, not its target;
        // with no mover named they are the actor.
        // So are the troops a peacekeeping contribution (074) sends.
        if pattern.cameo.starts_with("15") || pattern.cameo == "074" {
            let own_force = |t: &Party| {
                t.actor
                    .sectors
                    .iter()
                    .any(|x| matches!(x.as_str(), "MIL" | "COP"))
                    && (source.is_empty()
                        || t.actor.country.is_none()
                        || t.actor.country_inferred
                        || source.iter().any(|x| x.actor.country == t.actor.country))
            };
            let (forces, others): (Vec<Party>, Vec<Party>) =
                target.drain(..).partition(|t| own_force(t));
            target = others;
            if source.is_empty() {
                source = forces;
            }
        }
        if target.is_empty() && active && !pattern.flags.symmetric {
            // "banned Ugandan opposition candidates": the pattern's object noun
            // is part of an actor mention that names its country; that actor
            // is acted on. A mention holding the verb itself, or one whose
            // country was only inferred ("military aid"), is not.
            if let Some(am) = actors.iter().find(|am| {
                am.tokens.start > first
                    && m.tokens.iter().any(|t| am.tokens.contains(t))
                    && am.actor.country.is_some()
                    // A named person is a party whatever told their country
                    // ("banned opposition leader Juan Guaido").
                    && (!am.actor.country_inferred
                        || (am.actor.person.is_some()
                            && am.actor.sectors.iter().any(|x| POLITICAL_SECTORS.contains(&x.as_str()))))
                    && !source.iter().any(|x| x.span == am.span)
            }) {
                target.push(party(am));
            }
        }
        if let (true, true, false, Some(named)) =
            (source.is_empty(), active, target.is_empty(), named_subject)
        {
            // Only with a known recipient: "Liverpool attacked down the
            // left wing" is football, not an attack by an unknown actor.
            source.push(named);
        }

        // "clashed with police", "threw stones at police": the security
        // forces a protest pattern names are whom it is directed at.
        // Else, as PLOVER codes it, the protesters' own government.
        if target.is_empty() && pattern.cameo.starts_with("14") {
            let forces = actors.iter().find(|am| {
                in_trigger(am)
                    && am
                        .actor
                        .sectors
                        .iter()
                        .any(|x| matches!(x.as_str(), "COP" | "MIL"))
            });
            match forces {
                Some(am) => target.push(party(am)),
                None => {
                    let span = s.tokens[first].span.cover(s.tokens[last].span);
                    target.extend(own_government(&source, span));
                }
            }
        }
        if target.is_empty() && cameo_is_visit(&pattern.cameo) {
            // "arrived in Amman on a visit", "visited Beijing": the visited
            // place's country is the host.
            if let Some(host) = visited_place(s, first, last, &source) {
                target.push(host);
            }
        }
        if pattern.flags.symmetric && source.is_empty() && target.is_empty() {
            // "…agreed to cooperate, with the next session scheduled for
            // May": the parties of the sentence's exchange.
            // Else the parties of the sentence's meeting among themselves
            // ("the ministers met and agreed that the next session will be
            // held in March").
            let exchange = d
                .last_parties
                .as_ref()
                .filter(|(_, sent, _)| *sent == s.index)
                .map(|(_, _, parties)| parties)
                .or_else(|| {
                    d.sentence_meeting
                        .as_ref()
                        .filter(|(sent, _)| *sent == s.index)
                        .map(|(_, parties)| parties)
                });
            if let Some(parties) = exchange {
                source = parties
                    .iter()
                    .map(|p| Party {
                        antecedent: Some(p.antecedent.unwrap_or(p.span)),
                        ..p.clone()
                    })
                    .collect();
            }
        }
        // "Baghdad car bombs kill 20 people": a capital naming a violent act
        // done to its own country's people says where, not who (against
        // "Moscow attacks on Kyiv").
        if matches!(&pattern.cameo[..2], "18" | "19" | "20") {
            if let [only] = &source[..] {
                // The act's noun, or the subject of its verb ("Baghdad car
                // bombs kill").
                let subject = dependents(a, head).find(|&j| {
                    a[j].dependency
                        .is_some_and(|d| d.deprel.starts_with("nsubj"))
                });
                let modifier = actors.iter().find(|am| {
                    am.span == only.span
                        && am.tokens.clone().any(|t| {
                            a[t].dependency.is_some_and(|d| {
                                d.deprel == "compound"
                                    && (d.head == Some(head)
                                        || subject.is_some_and(|j| d.head == Some(j)))
                            })
                        })
                });
                let capital = modifier.is_some_and(|am| {
                    am.actor.sectors.iter().any(|x| x == "GOV")
                        && country_forms().contains(&am.span.text(s.text).to_lowercase())
                });
                if capital && target.iter().all(|t| t.actor.country == only.actor.country) {
                    source.clear();
                }
            }
        }
        let mut symmetric = false;
        if pattern.flags.symmetric {
            if target.is_empty() && source.len() == 1 {
                // "He … exchanged an arrangement": the counterpart of the exchange in progress.
                if let Some(partners) = d.recent(&d.last_partner, 2) {
                    for p in partners {
                        if p.actor.country != source[0].actor.country {
                            target.push(Party {
                                antecedent: Some(p.antecedent.unwrap_or(p.span)),
                                ..p.clone()
                            });
                        }
                    }
                }
            }
            // Reciprocal: the scorer and users compare the union of parties;
            // the grammatical object stays the recipient for role figures.
            // One party's commitment to act on another ("Australia agreed to
            // lend $1 billion to Indonesia") is not joint.
            let unilateral = partner_by_object && source.len() == 1;
            symmetric = source.len() + target.len() >= 2 && !unilateral;
        }
        // Names only the recogniser found fill roles, but do not make a
        // word an event ("Linus Torvalds led an attack on software patents").
        let unattested = |parties: &[Party]| parties.iter().all(|p| p.actor.recognised);
        if unattested(&source) && unattested(&target) && !(source.is_empty() && target.is_empty()) {
            return Err(NoEvent::UnknownNamesOnly);
        }
        if source.is_empty()
            && target.is_empty()
            && !(matches!(&pattern.cameo[..2], "14" | "17" | "18" | "19" | "20")
                && names_an_act(a, head))
        {
            return Err(NoEvent::NoParties);
        }
        // A pattern that needs a recipient to tell its sense ("defended its
        // title") needs one the knowledge base knows, not a guessed name
        // ("the European Championship").
        if pattern.flags.needs_target && target.iter().all(|p| p.actor.recognised) && !symmetric {
            return Err(NoEvent::NoRecipient);
        }
        // Talk among companies, shoppers or fans is not political event data;
        // material conflict (protests, violence, coercion) always is. Force
        // posture and cutting relations are acts of states and their bodies
        // ("shoppers remained on alert", "the club cut ties with its
        // sponsor").
        // Calling off a protest (082) is the protesters' own act, as the
        // protest is.
        let needs_political = (pattern.cameo.as_str() < "14" && !pattern.cameo.starts_with("082"))
            || pattern.cameo.starts_with("15")
            || pattern.cameo.starts_with("16");
        if needs_political && !source.iter().chain(&target).any(is_political) {
            return Err(NoEvent::NotPolitical);
        }
        // Aid is given by states, their bodies, international bodies and
        // NGOs: a company's or a bank's loans, credits or supplies are
        // business, whoever receives them ("loans to Brazil" on a bank's
        // books, "the bank will extend a credit line to the Industrial
        // Development Bank of India").
        if pattern.cameo.starts_with("07") && business_only(&source) {
            return Err(NoEvent::BusinessLending);
        }
        // Material conflict needs no political party (civilians are its
        // victims and protesters), but not business alone: "investors
        // rushed to capture shares".
        if business_only(source.iter().chain(&target)) {
            return Err(NoEvent::NotPolitical);
        }
        // "talking to reporters", "met the press": speaking to the media is
        // a public statement, not a consultation (ANNOTATION.md: remarks at
        // a press conference are no event).
        let press = |p: &Party| {
            p.actor.person.is_none()
                && p.actor.organisation.is_none()
                && p.actor.sectors.iter().all(|s| s == "MED")
                && !p.actor.sectors.is_empty()
        };
        // "met the press" where no mention names the press, or "talking to
        // newsmen, Paswan said" (the press right after the trigger, whatever
        // party a search goes on to find).
        let press_word = |t: &TokenAnalysis| {
            matches!(
                t.lower.as_str(),
                "press" | "reporters" | "journalists" | "newsmen" | "media" | "mediapersons"
            )
        };
        let press_object = a.iter().any(|t| {
            press_word(t)
                && t.dependency.is_some_and(|d| {
                    d.head == Some(head) && (d.deprel == "obj" || d.deprel.starts_with("obl"))
                })
        }) || (last + 1..a.len().min(last + 3)).any(|j| press_word(&a[j]));
        // "unwilling to meet US requirements", "met his death": what is met
        // is no party.
        if pattern.cameo.starts_with("04")
            && a[head].has_lemma("meet")
            && a.iter().any(|t| {
                t.dependency
                    .is_some_and(|d| d.head == Some(head) && d.deprel == "obj")
                    && NOT_MET.iter().any(|n| t.has_lemma(n))
            })
        {
            return Err(NoEvent::NotAMeeting);
        }
        // "the issue will be discussed", "trade problems were discussed": a
        // passive verb of talk has its topic for subject; with no one named
        // talking (no "by" agent) it states no meeting, and the parties a
        // search finds elsewhere in the sentence did not meet.
        let passive_talk = ["discuss", "debate", "negotiate"]
            .iter()
            .any(|v| a[head].has_lemma(v))
            && is_passive(a, head);
        if pattern.cameo.starts_with("04") && passive_talk && source.is_empty() {
            return Err(NoEvent::TopicOnly);
        }
        // "The poll showed support for the Conservatives at 38 pct": a
        // share measured among voters, not anyone's act of support.
        let poll_figure = || {
            a[head].pos.is_some_and(|p| p.upos == Upos::Noun)
                && a.iter()
                    .any(|t| matches!(t.lower.as_str(), "poll" | "polls" | "survey" | "surveys"))
                && a.iter().enumerate().any(|(j, t)| {
                    matches!(t.lower.trim_end_matches('.'), "pct" | "percent")
                        || t.lower.ends_with('%')
                        || (t.lower == "per" && a.get(j + 1).is_some_and(|n| n.lower == "cent"))
                })
        };
        if pattern.cameo.starts_with("05") && poll_figure() {
            return Err(NoEvent::PollFigure);
        }
        if pattern.cameo.starts_with("04")
            && ((!target.is_empty() && target.iter().all(press)) || press_object)
        {
            return Err(NoEvent::Press);
        }
        let mut cameo = pattern.cameo.clone();
        // "called on the prime minister" with no appeal after it ("to …",
        // "for …"): a courtesy call, a visit (British and Indian English).
        if cameo == "020" && courtesy_call(a, first, last) && !target.is_empty() {
            cameo = "042".to_string();
        }
        // "The chief justice clashed with ministers over the budget": a
        // clash among parties that bear no arms is a quarrel (CAMEO 111),
        // not a fight.
        if cameo.starts_with("19") && a[head].has_lemma("clash") && unarmed(&source, &target) {
            cameo = "111".to_string();
        }
        // "China protested to Japan over the visit": a state, government or
        // international body that protests (the verb, in no words of a
        // street protest) complains officially (CAMEO 114), as it "lodges a
        // protest"; people, parties and unions demonstrate, and "protests"
        // as a noun are in the street.
        if cameo.starts_with("14")
            && a[head].pos.is_some_and(|p| p.upos == Upos::Verb)
            && (first..=last).all(|j| !STREET_PROTEST.iter().any(|w| a[j].has_lemma(w)))
            && (first..=last).any(|j| a[j].has_lemma("protest"))
            && !source.is_empty()
            && source.iter().all(official)
        {
            cameo = "114".to_string();
        }
        let mut reduced_from = None;
        let mut future_reduced = false;
        let original = self.ontology.plover_of(&cameo).map(|m| m.category.as_str());
        if let Some(intent) = original.and_then(|p| intention_code(p, modality)) {
            // PLOVER: a future or intended cooperative act is AGREE, a future
            // or conditional hostile act is THREATEN ("will provide aid",
            // "would tighten the blockade").
            reduced_from = Some(cameo.clone());
            cameo = intent.to_string();
            future_reduced = modality == Modality::Future;
            modality = Modality::Asserted;
        }
        // "is due to meet", "are set to hold talks", "is expected to visit":
        // the intention PLOVER's rule codes for a lone sentence, but in an
        // article the meeting itself, announced (restored with the future
        // acts below, `Modality::Future`).
        if cameo == "036" && reduced_from.is_none() && modality == Modality::Asserted {
            let words = || (first..=last).map(|j| &a[j]);
            let announced = words().any(|t| {
                ["due", "set", "expect", "schedule"]
                    .iter()
                    .any(|w| t.has_lemma(w))
            });
            let meeting = if words().any(|t| t.has_lemma("visit")) {
                Some("042")
            } else if words().any(|t| ["meet", "talk", "hold"].iter().any(|w| t.has_lemma(w))) {
                Some("040")
            } else {
                None
            };
            if let (true, Some(code)) = (announced, meeting) {
                reduced_from = Some(code.to_string());
                future_reduced = true;
            }
        }
        // Not giving a permission that was sought is refusing it, however
        // it is put ("did not give permission for the discussion").
        let permission = (first..=last).any(|j| {
            matches!(
                a[j].lower.as_str(),
                "permission" | "approval" | "clearance" | "nod" | "permit"
            )
        });
        if modality == Modality::Negated && (refusal_before(a, first) || permission) {
            // "Britain will not lift the ban": refusing to yield is an act of
            // its own, CAMEO 12 (REJECT), not a yield that did not happen.
            if let Some(refusal) = refusal_code(&cameo) {
                reduced_from = Some(cameo.clone());
                cameo = refusal.to_string();
                modality = Modality::Asserted;
            }
        }
        let code = self.ontology.cameo(&cameo).ok_or(NoEvent::UnknownCode)?;
        let mapping = self.ontology.plover_of(&cameo);
        let plover = mapping
            .map(|m| m.category.clone())
            .filter(|c| c != "DISCARD");
        if !symmetric
            && plover.as_deref() == Some("CONSULT")
            && !source.is_empty()
            && !target.is_empty()
        {
            // PLOVER: in meetings all entities take part alike (reciprocal).
            symmetric = true;
        }
        if !symmetric
            && plover.as_deref() == Some("CONSULT")
            && target.is_empty()
            && source
                .iter()
                .filter_map(|p| p.actor.country.as_deref())
                .collect::<std::collections::BTreeSet<_>>()
                .len()
                >= 2
        {
            // "The Indian and Australian ministers met": a meeting among the
            // parties named together.
            symmetric = true;
        }
        if !symmetric && plural_subject && target.is_empty() {
            // "Both sides agreed": a joint action of the parties referred to.
            symmetric = true;
        }
        // Mode and context where the event's own words say so, else from
        // the CAMEO mapping.
        let scope = event_phrase(a, first, last);
        let cues = CueTable::embedded();
        let countries: std::collections::BTreeSet<&str> = source
            .iter()
            .chain(&target)
            .filter_map(|p| p.actor.country.as_deref())
            .collect();
        let mode = plover
            .as_deref()
            .and_then(|p| cues.mode(p, a, &scope))
            .map(String::from)
            .or_else(|| {
                (plover.as_deref() == Some("CONSULT") && countries.len() >= 3)
                    .then(|| "multilateral".to_string())
            })
            .or_else(|| mapping.and_then(|m| m.mode.clone()));
        let mut contexts: Vec<&str> = cues.contexts(a, &scope);
        if let Some(c) = mapping.and_then(|m| m.context.as_deref()) {
            for c in c.split('|') {
                if !contexts.contains(&c) {
                    contexts.push(c);
                }
            }
        }
        let context = (!contexts.is_empty()).then(|| contexts.join("|"));
        // What the act is done to, in the parse's words: the verb of an
        // intended or threatened act ("threatened to shell Bagram"), or the
        // noun of one ("launched an assault on the old city"), else the
        // trigger's head.
        // Not of meetings (whom one meets is a party or nobody), demands
        // (what is demanded is not whom it is asked of) or deployments (the
        // troops sent are the sender's own).
        // A pattern that takes no recipient of its own words ("suspended a
        // tax") still has one in its noun's on/against phrase ("a tax on
        // U.S. tech companies").
        let noun_last = a[last].pos.is_some_and(|p| p.upos == Upos::Noun);
        let argument = (!symmetric
            && !pattern.flags.object_is_source
            && !matches!(cameo.get(..2), Some("04" | "10" | "15")))
        .then(|| {
            if pattern.flags.no_target {
                return noun_last
                    .then(|| argument_words(a, &m.tokens, last, false, None, false, s.mentions))
                    .flatten();
            }
            // "rejected accusations from a Donegal TD": a rejection or
            // denial answers the author of what it rejects.
            let answers = cameo.starts_with("12") || cameo.starts_with("016");
            let act_word = last != head
                && a[last]
                    .pos
                    .is_some_and(|p| matches!(p.upos, Upos::Verb | Upos::Noun));
            // A pattern ending in a preposition names its recipient after
            // it ("deployed to"), not in the subject of a passive.
            let preposition = pattern
                .flags
                .preposition
                .as_deref()
                .or_else(|| PREPOSITIONS.iter().find(|p| **p == a[last].lower).copied());
            let argument_of = |at: usize| {
                argument_words(a, &m.tokens, at, passive, preposition, answers, s.mentions)
            };
            act_word
                .then(|| argument_of(last))
                .flatten()
                .or_else(|| argument_of(head))
        })
        .flatten()
        .or_else(|| {
            // An act done to a territory with no other argument is done to
            // the area its own "in" phrase names ("remained on alert in the
            // north region", "declared a state of siege in Katanga").
            // (As for a place, whether or not the pattern takes a
            // recipient: "remained on alert" names none of its own.)
            (done_to_territory(reduced_from.as_deref().unwrap_or(&cameo)) && !symmetric)
                .then(|| locus_words(a, &m.tokens, head, last))
                .flatten()
        })
        .map(|(i, j)| s.tokens[i].span.cover(s.tokens[j].span));
        Ok(CodedEvent {
            cameo,
            reduced_from,
            plover,
            mode,
            context,
            quad: code.quad,
            goldstein: code.goldstein,
            actors: source,
            recipients: target,
            symmetric,
            trigger: s.tokens[first].span.cover(s.tokens[last].span),
            sentence: s.index,
            sentence_span: s.bounds.span,
            rule: pattern.id.clone(),
            pattern: pattern.source.clone(),
            modality,
            background: in_background(a, head) || in_relative_clause(a, first),
            specificity: pattern.specificity,
            trigger_tokens: (first, last),
            date: None,
            location: None,
            future_reduced,
            topic: None,
            confidence: 0.0,
            decision: None,
            // Not reported, but what it prescribes stays prescribed, not
            // done ("Poland should decide when to pull its troops out").
            dropped: own_policy,
            argument,
        })
    }
}

const PREPOSITIONS: &[&str] = &[
    "to", "with", "on", "against", "into", "from", "for", "at", "over", "upon", "about", "toward",
    "towards",
];

/// Verbs of giving, whose passive subject is the thing given ("was returned
/// to the Egyptian government", "was handed over to Kenyan police").
const TRANSFER_VERBS: &[&str] = &[
    "return",
    "hand",
    "give",
    "send",
    "deliver",
    "donate",
    "provide",
    "transfer",
    "supply",
    "grant",
    "offer",
    "lend",
    "ship",
    "airlift",
    "present",
    "award",
    "sell",
    "extradite",
    "repatriate",
    "surrender",
];

/// Verbs of the courts and prosecutors, whose unnamed agent is the judiciary
/// ("two ministers were charged").
const LEGAL_ACTS: &[&str] = &[
    "charge",
    "book",
    "indict",
    "convict",
    "sentence",
    "prosecute",
];

/// Verbs whose object noun names the subject's own act ("held a phone call").
const LIGHT_VERBS: &[&str] = &[
    "hold", "stage", "launch", "carry", "make", "conduct", "have", "mount", "begin", "issue",
    "sign", "lodge", "file", "deliver", "give", "take", "pay", "announce", "order", "start",
    "open", "declare", "impose", "send", "seek", "reach", "conclude", "resume", "continue", "step",
];

/// Verbs whose subject underwent the act their object names ("escaped a
/// roadside bombing", "survived an assassination attempt").
const UNDERGOING: &[&str] = &["escape", "survive", "suffer", "undergo"];

/// Determiners that make a trigger word a noun ("the attack", "its offensive").
/// Possessives are left out: "his meeting with X" is the possessor's act.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "another",
];

/// If the trigger at `first` is a noun introduced by a determiner (possibly
/// with actor or lower-case modifiers between: "the deadly Russian missile
/// attack"), the index where its noun phrase starts. Past-tense forms are
/// verbs ("the rebels attacked"), never nominal.
fn nominal_start(a: &[TokenAnalysis], actors: &[ActorMention], first: usize) -> Option<usize> {
    // A past tense, irregular too ("the committee met").
    let past = a[first].pos.is_some_and(|p| p.xpos == "VBD");
    if a[first].lower.ends_with("ed") || past {
        return None;
    }
    let mut j = first;
    for _ in 0..4 {
        if j == 0 {
            return None;
        }
        let k = j - 1;
        if DETERMINERS.contains(&a[k].lower.as_str()) {
            // "staged a protest", "announced a mobilisation": the object of a
            // verb, whose subject acts.
            // "arrived on a visit": the traveller's own act.
            // "escaped a roadside bombing", "survived an attack": the
            // subject underwent it; the act's own modifiers name its actor.
            let undergone = k.checked_sub(1).map(|v| &a[v]).is_some_and(|v| {
                UNDERGOING
                    .iter()
                    .chain(&["witness"])
                    .any(|u| v.has_lemma(u))
            });
            if undergone {
                return Some(k);
            }
            let verb_before = k.checked_sub(1).map(|v| &a[v]).is_some_and(|v| {
                v.lower.ends_with("ed")
                    || v.lower == "on"
                    || LIGHT_VERBS.iter().any(|l| v.has_lemma(l))
            });
            return if verb_before { None } else { Some(k) };
        }
        if let Some(am) = actors.iter().find(|am| am.tokens.contains(&k)) {
            if !am.role_only && am.tokens.len() <= 2 {
                j = am.tokens.start;
                continue;
            }
            return None;
        }
        let word = a[k].lower.as_str();
        // Dates and numbers modify too ("the 9/11 attacks", "the 1971 war").
        let numeral = word.chars().any(|c| c.is_ascii_digit())
            && word
                .chars()
                .all(|c| c.is_ascii_digit() || c == '/' || c == '-');
        let modifier = numeral
            || (word.chars().all(|c| c.is_lowercase() || c == '-')
                && !word.ends_with("ed")
                && !matches!(word, "to" | "will" | "would" | "and" | "or"));
        if !modifier {
            return None;
        }
        j = k;
    }
    None
}

/// An event that follows an appeal, intention, agreement or praise, demand,
/// accusation, rejection or threat in the same sentence, and is of another
/// kind, is what that speech act is about ("condemned the suicide bombing",
/// "called for sanctions", "signed a memorandum on joint patrols"), not a new
/// act. Public statements (CAMEO 01) are not included: "X said Y attacked Z"
/// reports an attack.
/// Prepositions and conjunctions that set an earlier event in the background
/// of another: "resigned after weeks of protests", "freed him following his
/// arrest". Simultaneous ones ("during talks", "amid protests") do not: the
/// event is as current as the sentence's own.
const BACKGROUND_MARKERS: &[&str] = &["after", "following", "since", "before"];

/// True when the parse puts the trigger at `first` in the background of its
/// sentence: an adjectival modifier, a reduced or full relative clause, or a
/// phrase or clause introduced by a [`BACKGROUND_MARKERS`] word, reached
/// through nominal relations. False without a parse.
fn in_background(a: &[TokenAnalysis], first: usize) -> bool {
    let marked = |node: usize| {
        a.iter().any(|t| {
            t.dependency
                .is_some_and(|d| d.head == Some(node) && matches!(d.deprel, "case" | "mark"))
                && BACKGROUND_MARKERS.contains(&t.lower.as_str())
        })
    };
    // "after [the police] arrested", "following [his] arrest", "after [weeks
    // of street] protests": a marker just before the trigger's noun phrase or
    // its clause's subject, whatever the parse made of the marker.
    let mut j = first;
    for _ in 0..6 {
        let Some(prev) = j.checked_sub(1) else {
            break;
        };
        if BACKGROUND_MARKERS.contains(&a[prev].lower.as_str()) {
            return true;
        }
        let in_phrase = a[prev].lower == "of"
            || a[prev].pos.is_some_and(|p| {
                matches!(
                    p.upos,
                    Upos::Det
                        | Upos::Adj
                        | Upos::Noun
                        | Upos::Propn
                        | Upos::Pron
                        | Upos::Num
                        | Upos::Part
                )
            });
        if !in_phrase {
            break;
        }
        j = prev;
    }
    let verbal_root = a.iter().any(|t| {
        t.dependency.is_some_and(|d| d.head.is_none())
            && t.pos
                .is_some_and(|p| matches!(p.upos, Upos::Verb | Upos::Aux | Upos::Adj))
    });
    let mut node = first;
    for _ in 0..8 {
        let Some(dep) = a[node].dependency else {
            return false;
        };
        if marked(node) {
            return true;
        }
        let base = dep.deprel.split(':').next().unwrap_or(dep.deprel);
        match base {
            // Only in a tree with a verbal root: a noun root is a sign of a
            // misparse that made the main verb a modifier.
            "acl" | "amod" => return verbal_root,
            "nmod" | "obl" | "obj" | "iobj" | "compound" | "appos" | "conj" | "nummod"
            | "advcl" => {}
            _ => return false,
        }
        match dep.head {
            Some(h) => node = h,
            None => return false,
        }
    }
    false
}

fn demote_content_of_speech_act(
    text: &str,
    a: &[TokenAnalysis],
    earlier: &[CodedEvent],
    e: &mut CodedEvent,
) {
    if e.modality != Modality::Asserted {
        return;
    }
    let root = &e.cameo[..2];
    // A leading participle's speech act ("Alleging that X had lied, she
    // said Y threatened Z") speaks only for its own clause: what the main
    // clause says is not its content.
    let own_clause = |x: &CodedEvent| {
        let head = trigger_head(a, x.trigger_tokens);
        let participle = a[head].dependency.is_some_and(|d| d.deprel == "advcl")
            && a[head].pos.is_some_and(|p| matches!(p.xpos, "VBG" | "VBN"))
            && a[head]
                .dependency
                .and_then(|d| d.head)
                .is_some_and(|h| h > head);
        // Nor does a relative clause's ("Kenya, which should end its
        // blockade, had refused to talk"): it ends at its closing comma.
        let (first, _) = x.trigger_tokens;
        let relative = first >= 2
            && (first.saturating_sub(3)..first)
                .any(|j| a[j].lower == "," && matches!(a[j + 1].lower.as_str(), "which" | "who"));
        let closed =
            relative && (x.trigger_tokens.1..e.trigger_tokens.0).any(|j| a[j].lower == ",");
        // Nor does one that modifies a noun ("a militia leader charged with
        // war crimes, has surrendered"): it describes that noun's referent.
        // (Only where the parse found the sentence's verb: a parse with a
        // noun at its root, or a bare verb opening the sentence, an
        // imperative news hardly writes ("Druze inhabitants … threatened"),
        // has mistaken it.)
        let verbal_root = a.iter().enumerate().any(|(i, t)| {
            t.dependency.is_some_and(|d| d.deprel == "root")
                && t.pos.is_some_and(|p| {
                    matches!(p.upos, Upos::Verb | Upos::Aux) && !(i == 0 && p.xpos == "VB")
                })
        });
        // The modifier must close with a comma before the act ("charged
        // with war crimes, has surrendered"): "England's captain accused
        // Wales … and praised" is a tagger's past tense read as participle.
        let comma_closed = (x.trigger_tokens.1..e.trigger_tokens.0).any(|j| a[j].lower == ",");
        let modifier = verbal_root
            && comma_closed
            && a[head].dependency.is_some_and(|d| d.deprel == "acl")
            && a[head].pos.is_some_and(|p| p.xpos == "VBN")
            && !in_subtree(a, trigger_head(a, e.trigger_tokens), head);
        !closed
            && !modifier
            && (!participle || in_subtree(a, trigger_head(a, e.trigger_tokens), head))
    };
    // A verb conjoined to the speech act's is a second act of the same
    // speaker, not what the first one says ("criticised the government
    // and demanded its resignation"); the words must show the conjunction
    // too. A noun so hung is the demand's second object ("demanded a ban
    // and the arrest of its leaders"), and what follows an intention
    // ("agreed to share information and cooperate") is still intended.
    let conjoined = |x: &CodedEvent| {
        let (head, own) = (
            trigger_head(a, x.trigger_tokens),
            trigger_head(a, e.trigger_tokens),
        );
        &x.cameo[..2] != "03"
            && a[own].pos.is_some_and(|p| p.upos == Upos::Verb)
            && follows_conjunction(a, e.trigger_tokens.0)
            && a[own]
                .dependency
                .is_some_and(|d| d.deprel == "conj" && d.head == Some(head))
    };
    let speech = earlier.iter().rev().find(|x| {
        x.trigger.end <= e.trigger.start
            && (matches!(&x.cameo[..2], "02" | "03" | "05" | "10" | "11" | "12" | "13")
                // PLOVER: the topic of a protest (a demand) is not a separate event.
                || (&x.cameo[..2] == "14" && matches!(root, "02" | "10")))
            && &x.cameo[..2] != root
            && x.modality.is_kept_by_default()
            && !new_clause_between(&text[x.trigger.end..e.trigger.start])
            && own_clause(x)
            && !conjoined(x)
    });
    // Criticism, complaint, conviction, praise, defence, apology and
    // forgiveness take as given the violence, coercion or protest they are
    // about ("condemned the riots", "apologised for the killings"): the
    // article states that act as a fact, and it is coded as one. An
    // accusation (112) only alleges it, a demand or threat only wants it.
    let presupposed = |x: &&CodedEvent| {
        matches!(
            x.cameo.as_str(),
            "110" | "111" | "114" | "116" | "051" | "052" | "055" | "056"
        ) && matches!(root, "14" | "17" | "18" | "19" | "20")
    };
    match speech {
        Some(x) if presupposed(&x) => {
            // The critic is not the one who did it: "Pakistan condemned the
            // suicide bombing" names no bomber; nor is anyone named before
            // the critic's verb ("ministers who met the Ugandan president
            // condemned the attack"): the act's own words name its parties.
            let speakers: Vec<Span> = x.actors.iter().map(|p| p.span).collect();
            let about = in_subtree(
                a,
                trigger_head(a, e.trigger_tokens),
                trigger_head(a, x.trigger_tokens),
            );
            let named_before = |p: &Party| about && !p.implicit && p.span.end <= x.trigger.start;
            e.actors
                .retain(|p| !speakers.contains(&p.span) && !named_before(p));
            e.recipients
                .retain(|p| !speakers.contains(&p.span) && !named_before(p));
        }
        Some(x) => {
            e.modality = match &x.cameo[..2] {
                "02" | "10" => Modality::Demanded,
                _ => Modality::Referenced,
            };
        }
        None => {}
    }
}

/// The CAMEO code of the intention (AGREE, CAMEO 03) or threat (THREATEN,
/// CAMEO 13) that a future or intended act of PLOVER category
/// `plover` amounts to; `None` when the act is coded as it is.
/// True when the trigger at `first` is negated by a statement of will:
/// "will not", "would not", "won't", "shall not" within the four words before.
fn refusal_before(a: &[TokenAnalysis], first: usize) -> bool {
    let from = first.saturating_sub(4);
    (from..first).any(|j| {
        matches!(a[j].lower.as_str(), "not" | "n't" | "never")
            && j > 0
            && matches!(a[j - 1].lower.as_str(), "will" | "would" | "wo" | "shall")
    })
}

/// The CAMEO refusal (12x) matching a yield (08x) code: "will not release"
/// is a refusal to release, "will not lift the sanctions" a refusal to ease
/// them. `None` for codes outside 08.
fn refusal_code(yield_code: &str) -> Option<&'static str> {
    Some(match yield_code {
        "080" => "124",
        "081" => "1241",
        "082" => "1242",
        "083" => "123",
        "0831" => "1231",
        "0832" => "1232",
        "0833" => "1233",
        "0834" => "1234",
        "084" | "0841" | "0842" => "1243",
        "085" => "1244",
        "086" | "0861" | "0862" | "0863" => "1245",
        "087" | "0871" | "0872" | "0873" | "0874" => "1246",
        // Refusing material cooperation or aid ("will not accept refugees").
        "060" | "063" | "064" => "121",
        "061" => "1211",
        "062" => "1212",
        "070" | "075" => "122",
        "071" => "1221",
        "072" => "1222",
        "073" => "1223",
        "074" => "1224",
        _ => return None,
    })
}

fn intention_code(plover: &str, modality: Modality) -> Option<&'static str> {
    if !matches!(modality, Modality::Future | Modality::Intended) {
        return None;
    }
    Some(match plover {
        "CONSULT" => "036",
        "SUPPORT" => "032",
        "COOPERATE" => "031",
        "AID" => "033",
        "RETREAT" | "CONCEDE" => "035",
        "SANCTION" => "131",
        "PROTEST" => "133",
        "COERCE" => "137",
        "ASSAULT" | "MOBILIZE" => "138",
        _ => return None,
    })
}

/// Verbs of views and states of mind: urging them is advice, not a demand
/// for an act ("should appreciate the efforts", "should not view it as").
const MENTAL_VERBS: &[&str] = &[
    "view",
    "see",
    "appreciate",
    "understand",
    "know",
    "realise",
    "realize",
    "think",
    "believe",
    "feel",
    "expect",
    "hope",
    "remember",
    "bear",
    "note",
    "seem",
    "appear",
    "wonder",
    "worry",
    "fear",
    "like",
    "want",
    "regard",
];

/// Nouns of harm done by nature or accident.
const NATURAL_CAUSES: &[&str] = &[
    "hurricane",
    "storm",
    "cyclone",
    "typhoon",
    "tornado",
    "flood",
    "flooding",
    "earthquake",
    "quake",
    "tsunami",
    "landslide",
    "mudslide",
    "avalanche",
    "fire",
    "blaze",
    "wildfire",
    "drought",
    "heatwave",
    "lightning",
    "disease",
    "epidemic",
    "outbreak",
    "virus",
    "flu",
    "cholera",
    "malaria",
    "crash",
    "accident",
    "collision",
    "derailment",
    "famine",
    "eruption",
    "collapse",
];

/// Words of weapons and forces whose fire is shooting ("tank fire",
/// "sniper fire", "enemy fire").
const WEAPON_FIRE: &[&str] = &[
    "tank",
    "artillery",
    "sniper",
    "rocket",
    "mortar",
    "gun",
    "machine-gun",
    "machinegun",
    "cannon",
    "small-arms",
    "arms",
    "naval",
    "police",
    "army",
    "troop",
    "enemy",
    "helicopter",
    "anti-aircraft",
    "friendly",
    "cross",
    "return",
    "gunship",
    "warplane",
    "militant",
    "rebel",
];

/// Words of what explodes or burns by accident ("a gas explosion", "a
/// boiler blast") and of the works where it does ("an explosion at the
/// refinery", "a fire in a coal mine").
const ACCIDENT_SOURCES: &[&str] = &[
    "gas",
    "methane",
    "boiler",
    "chemical",
    "coal",
    "mine",
    "plant",
    "refinery",
    "factory",
    "warehouse",
    "pipeline",
    "depot",
    "furnace",
    "reactor",
    "tanker",
    "firework",
    "fireworks",
];

/// True when the explosion, blast or fire at `j` is an accident: its own
/// modifiers or its at/in phrase name what explodes or the works it is in.
fn accidental_blast(a: &[TokenAnalysis], j: usize) -> bool {
    let blast = ["explosion", "blast", "fire"]
        .iter()
        .any(|w| a[j].has_lemma(w));
    let accident_word = |k: usize| ACCIDENT_SOURCES.iter().any(|w| a[k].has_lemma(w));
    blast
        && dependents(a, j).any(|k| {
            let rel = a[k].dependency.map(|d| d.deprel).unwrap_or("");
            accident_word(k)
                && (matches!(rel, "compound" | "amod")
                    || (rel.starts_with("nmod")
                        && matches!(case_of(a, k), Some("at" | "in" | "inside"))))
        })
}

/// True when the violence at `first..=last` is done by nature or accident:
/// the parse's subject of the trigger is such a noun (or its name's head,
/// "Hurricane Mitch"), or the trigger is followed by "by" or "in" and one.
fn natural_cause(a: &[TokenAnalysis], first: usize, last: usize) -> bool {
    // "Israeli tank fire", "sniper fire": fire from weapons is no accident.
    let weapon_fire = |j: usize| {
        a[j].has_lemma("fire")
            && dependents(a, j).any(|k| {
                a[k].dependency
                    .is_some_and(|d| matches!(d.deprel, "compound" | "amod" | "nmod:poss"))
                    // or a side's name ("Israeli fire").
                    && (WEAPON_FIRE.iter().any(|w| a[k].has_lemma(w))
                        || a[k].class == WordClass::Proper
                        || (k == 0
                            && a[k]
                                .pos
                                .is_some_and(|p| matches!(p.upos, Upos::Adj | Upos::Propn))))
            })
    };
    let natural = |j: usize| {
        (a[j]
            .lemmas
            .iter()
            .any(|l| NATURAL_CAUSES.contains(&l.as_str()))
            || NATURAL_CAUSES.contains(&a[j].lower.as_str())
            || accidental_blast(a, j))
            && !weapon_fire(j)
    };
    // "were killed in a previous explosion and fire at the plant": the
    // act's own in/by phrase, and what it joins, as the parse gives them.
    let head = trigger_head(a, (first, last));
    let cause_phrase = dependents(a, head).filter(|&j| j > last).any(|j| {
        a[j].dependency.is_some_and(|d| d.deprel.starts_with("obl"))
            && matches!(case_of(a, j), Some("in" | "by"))
            && std::iter::once(j)
                .chain(
                    dependents(a, j)
                        .filter(|&c| a[c].dependency.is_some_and(|d| d.deprel == "conj")),
                )
                .any(natural)
    });
    if cause_phrase {
        return true;
    }
    if let Some(TreeSubject::Subject(head)) = tree_subject_token(a, first) {
        // The words of its name after it ("Tropical Storm Jeanne" as the
        // parse heads it).
        if dependents(a, head).any(|k| {
            a[k].dependency
                .is_some_and(|d| matches!(d.deprel, "flat" | "compound"))
                && natural(k)
        }) {
            return true;
        }
        // The subject and the words of its name before it ("Hurricane Mitch").
        let mut j = head;
        loop {
            if natural(j) {
                return true;
            }
            if j == 0 || a[j - 1].dependency.is_none_or(|d| d.head != Some(head)) {
                break;
            }
            j -= 1;
        }
    }
    // "were killed in the floods", "killed by a landslide".
    let after = &a[last + 1..a.len().min(last + 5)];
    after
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "by" | "in"))
        && after
            .iter()
            .skip(1)
            .take(3)
            .enumerate()
            .any(|(k, _)| natural(last + 2 + k))
}

/// True when the words between two triggers start a new clause with its own
/// subject ("criticised the plan, and the Philippines praised it").
/// Whether the parse puts `node` below `root` (or at it).
fn in_subtree(a: &[TokenAnalysis], node: usize, root: usize) -> bool {
    let mut n = node;
    for _ in 0..a.len() {
        if n == root {
            return true;
        }
        match a[n].dependency.and_then(|d| d.head) {
            Some(h) => n = h,
            None => return false,
        }
    }
    false
}

fn new_clause_between(gap: &str) -> bool {
    [
        ", and ",
        "; ",
        ", but ",
        " but ",
        ", while ",
        " while ",
        " whereas ",
        " although ",
        " though ",
        // An absolute clause: "agreed to cooperate, with the next session
        // scheduled for May".
        ", with the ",
    ]
    .iter()
    .any(|m| gap.contains(m))
}

/// Nouns that name events in proper names too ("the Gulf War", "the Defence
/// Policy Dialogue", "the Paris Agreement"): capitalised, they are still the
/// event.
const EVENT_NAME_NOUNS: &[&str] = &[
    "war",
    "revolution",
    "uprising",
    "intifada",
    "crisis",
    "massacre",
    "march",
    "summit",
    "talk",
    "dialogue",
    "accord",
    "agreement",
    "treaty",
    "pact",
    "deal",
    "conference",
    "meeting",
    "forum",
    "session",
    "declaration",
    "protocol",
    "convention",
    "charter",
    "initiative",
    "process",
    "operation",
    "strike",
    "protest",
    "rally",
    "exercise",
    "negotiation",
    "consultation",
    "visit",
];

/// True when the trigger at `first` is a word of a title or name: capitalised
/// inside the sentence, next to another capitalised word, in a stretch that
/// is not a title-case headline ("Militants Say Drop Some Hostage Demands"),
/// and not a noun that names events ([`EVENT_NAME_NOUNS`]). Next to a
/// known party (`known_party`) it is the party's act ("Syrians Sought Refuge").
fn in_a_name(
    text: &str,
    tokens: &[Token],
    a: &[TokenAnalysis],
    first: usize,
    known_party: impl Fn(usize) -> bool,
) -> bool {
    let capital = |j: usize| {
        j > 0
            && tokens.get(j).is_some_and(|t| {
                let w = t.text(text);
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().any(char::is_lowercase)
            })
    };
    if !capital(first) || EVENT_NAME_NOUNS.iter().any(|n| a[first].has_lemma(n)) {
        return false;
    }
    let title_word = |j: usize| capital(j) && !known_party(j);
    if !(title_word(first - 1) || title_word(first + 1))
        || known_party(first - 1)
        || known_party(first + 1)
    {
        return false;
    }
    let window: Vec<usize> = (first.saturating_sub(4)..(first + 5).min(tokens.len()))
        .filter(|&j| j != first && j > 0)
        .filter(|&j| tokens[j].text(text).chars().any(char::is_alphabetic))
        .collect();
    let capitals = window.iter().filter(|&&j| capital(j)).count();
    capitals * 2 <= window.len()
}

/// Sectors of parties that bear no arms: their clashes are quarrels.
const UNARMED_SECTORS: &[&str] = &[
    "GOV", "LEG", "JUD", "PTY", "ELI", "IGO", "NGO", "MED", "EDU", "BUS", "LAB", "REL", "HLH",
];

/// Words of a protest in the street: with them a protest is one whoever
/// protests.
const STREET_PROTEST: &[&str] = &[
    "rally",
    "march",
    "demonstration",
    "demonstrate",
    "sit-in",
    "strike",
    "bandh",
    "dharna",
    "walk-out",
    "walkout",
    "boycott",
    "blockade",
    "picket",
    "street",
    "streets",
    "hunger",
    "stage",
    "gather",
    "crowd",
    "protester",
    "protesters",
];

/// True for a state itself, its government, judiciary, military or
/// diplomats, or an international body: parties that complain, not
/// demonstrate.
fn official(p: &Party) -> bool {
    let a = &p.actor;
    let state = a.sectors.is_empty()
        && a.person.is_none()
        && a.organisation.is_none()
        && !a.country_inferred
        && a.country
            .as_deref()
            .is_some_and(|c| c.len() == 3 && c != "---");
    let civil = a
        .sectors
        .iter()
        .any(|x| matches!(x.as_str(), "OPP" | "PTY" | "CVL" | "LAB" | "EDU" | "REB"));
    state
        || (!civil
            && a.sectors
                .iter()
                .any(|x| matches!(x.as_str(), "GOV" | "JUD" | "IGO" | "MIL")))
}

/// Whether every party of an event (and there is one) has a sector, and
/// only sectors that bear no arms. An intergovernmental or non-governmental
/// organisation named as itself has none and bears no arms ("the European
/// Parliament clashed with the Commission"), unless it is a security
/// alliance (region part `WST`: NATO and its kind).
fn unarmed(source: &[Party], target: &[Party]) -> bool {
    let parties: Vec<&Party> = source.iter().chain(target).collect();
    !parties.is_empty()
        && parties.iter().all(|p| {
            let civil_body = p.actor.sectors.is_empty()
                && p.actor.organisation.is_some()
                && matches!(p.actor.country.as_deref(), Some("IGO" | "NGO"))
                && p.actor.code.get(3..6) != Some("WST");
            civil_body
                || (!p.actor.sectors.is_empty()
                    && p.actor
                        .sectors
                        .iter()
                        .all(|x| UNARMED_SECTORS.contains(&x.as_str())))
        })
}

/// Sectors whose actors make an event political on their own.
const POLITICAL_SECTORS: &[&str] = &[
    "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "OPP", "IGO", "NGO", "SPY", "UAF", "ELI",
];

/// A party named as a state, organisation or person, or acting in a
/// political role.
fn is_political(p: &Party) -> bool {
    let a = &p.actor;
    if a.recognised {
        return false;
    }
    ((a.person.is_some() || a.organisation.is_some()) && !is_business(p))
        || (a.country.is_some() && !a.country_inferred && a.sectors.is_empty())
        || a.sectors
            .iter()
            .any(|s| POLITICAL_SECTORS.contains(&s.as_str()))
}

/// An actor "it" can stand for: an organisation, a government or another
/// body of a state, or a state itself; not a person, and not a group of
/// people ("protesters", "the police" are "they").
fn is_body(a: &Actor) -> bool {
    a.person.is_none()
        && !a.recognised
        && (a.organisation.is_some()
            || (a.country.is_some()
                && a.sectors.iter().all(|s| {
                    matches!(
                        s.as_str(),
                        "GOV" | "LEG" | "JUD" | "PTY" | "OPP" | "IGO" | "NGO"
                    )
                })))
}

/// A company, or businesspeople: a multinational (`MNC`) that is no named
/// person, or a party whose sectors are all business (a person too, by a
/// role in business alone: "chief executive Gerd Niebaum").
fn is_business(p: &Party) -> bool {
    let a = &p.actor;
    // A person is in business by their role alone ("chief executive Gerd
    // Niebaum"), not by a company's country code.
    (a.person.is_none() && a.country.as_deref() == Some("MNC"))
        || (!a.sectors.is_empty() && a.sectors.iter().all(|s| s == "BUS"))
}

/// Whether there are parties and all of them are business ([`is_business`]).
fn business_only<'p>(parties: impl IntoIterator<Item = &'p Party>) -> bool {
    let mut parties = parties.into_iter().peekable();
    parties.peek().is_some() && parties.all(is_business)
}

fn party(am: &ActorMention) -> Party {
    Party {
        implicit: false,
        span: am.span,
        actor: am.actor.clone(),
        antecedent: None,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Backward,
    Forward,
}

fn is_connective(words: &[&str]) -> bool {
    // "Japan and the United States": the article belongs to the next name
    // (after a conjunction only: ", the Brazilian president" starts a clause).
    let words = match words {
        [rest @ .., "the"] if rest.iter().any(|w| matches!(*w, "and" | "or" | "as")) => rest,
        _ => words,
    };
    matches!(
        words,
        [","] | ["and"] | [",", "and"] | ["or"] | [",", "or"] | ["as", "well", "as"] | ["&"]
    )
}

/// The actor at `i` plus the actors coordinated with it ("A, B and C").
fn coordinated<'m>(s: &SentenceInput<'m>, i: usize, dir: Direction) -> Vec<&'m ActorMention> {
    let actors = &s.mentions.actors;
    let words = |r: std::ops::Range<usize>| -> Vec<&str> {
        s.analysis[r].iter().map(|t| t.lower.as_str()).collect()
    };
    // The parse role of a mention: the relation of its word whose head lies
    // outside it. A subject does not join a non-subject before it: "attacked
    // Kyiv and Israeli jets bombed Gaza".
    // A modifier ("Israeli jets") takes the role of the noun it modifies.
    let role = |k: usize| -> Option<&str> {
        let r = actors[k].tokens.clone();
        let mut d = r
            .clone()
            .filter_map(|j| s.analysis[j].dependency)
            .find(|d| d.head.is_none_or(|h| !r.contains(&h)))?;
        for _ in 0..3 {
            match (d.deprel, d.head) {
                ("amod" | "compound" | "nmod:poss" | "flat", Some(h)) => {
                    d = s.analysis[h].dependency?;
                }
                _ => break,
            }
        }
        Some(d.deprel)
    };
    let joinable = |earlier: usize, later: usize| {
        let subject = role(later).is_some_and(|r| r.starts_with("nsubj"));
        let argument = role(earlier)
            .is_some_and(|r| matches!(r.split(':').next(), Some("obj" | "iobj" | "obl" | "nmod")));
        !(subject && argument)
    };
    let mut lo = i;
    let mut hi = i;
    if dir == Direction::Backward {
        while lo > 0
            && joinable(lo - 1, lo)
            && is_connective(&words(actors[lo - 1].tokens.end..actors[lo].tokens.start))
        {
            lo -= 1;
        }
    } else {
        // The parse's subject may be the shared head of "Hungarian and
        // Romanian officials": take the conjuncts before it that a
        // conjunction (not a bare comma, which may close a fronted phrase) joins.
        while lo > 0
            && joinable(lo - 1, lo)
            && matches!(
                words(actors[lo - 1].tokens.end..actors[lo].tokens.start).as_slice(),
                ["and"] | ["or"] | [",", "and"] | [",", "or"]
            )
        {
            lo -= 1;
        }
    }
    while hi + 1 < actors.len()
        && joinable(hi, hi + 1)
        && is_connective(&words(actors[hi].tokens.end..actors[hi + 1].tokens.start))
    {
        hi += 1;
    }
    if dir == Direction::Backward {
        // Going backward from the subject, do not run past the trigger side.
        hi = i;
    }
    actors[lo..=hi].iter().collect()
}

/// "his counterparts from South Korea and Australia": a bare role followed by
/// `from`/`of` and countries stands for those countries.
fn expand_role(s: &SentenceInput<'_>, group: Vec<&ActorMention>) -> Vec<Party> {
    if let [only] = group.as_slice() {
        // "people in Somalia, Ethiopia and Kenya": civilians of each country
        // their phrase names, the first by their own words, the others by
        // the place names.
        let civilians = only.role_only
            && only.actor.country_inferred
            && parley_mentions::is_people(&only.actor);
        let i = s
            .mentions
            .actors
            .iter()
            .position(|am| am.tokens == only.tokens);
        let home = i
            .filter(|_| civilians)
            .and_then(|i| parley_mentions::own_place(s.analysis, s.mentions, i));
        if let Some(k) = home {
            let places = &s.mentions.places;
            let ranges: Vec<std::ops::Range<usize>> =
                places.iter().map(|p| p.tokens.clone()).collect();
            let mut parties = vec![party(only)];
            for j in conjunct_places(s.analysis, &ranges, k).into_iter().skip(1) {
                let Some(country) = places[j].country.as_deref() else {
                    continue;
                };
                if parties
                    .iter()
                    .any(|p| p.actor.country.as_deref() == Some(country))
                {
                    continue;
                }
                let sector = only.actor.sectors.first().map(String::as_str);
                parties.push(plain_party(places[j].span, Some(country), sector, true));
            }
            return parties;
        }
        if only.role_only {
            let next = only.tokens.end;
            let prep = s.analysis.get(next).map(|t| t.lower.as_str());
            if matches!(prep, Some("from" | "of")) {
                if let Some(j) = s
                    .mentions
                    .actors
                    .iter()
                    .position(|am| am.tokens.start == next + 1)
                {
                    return coordinated(s, j, Direction::Forward)
                        .into_iter()
                        .map(party)
                        .collect();
                }
            }
        }
    }
    group.into_iter().map(party).collect()
}

/// The places (token ranges of one sentence, in order) joined to place `k`
/// by coordination in the parse ("in Somalia, Ethiopia and Kenya"): `k`
/// itself first, then each later place whose word is a conjunct of a place
/// already taken.
fn conjunct_places(a: &[TokenAnalysis], places: &[std::ops::Range<usize>], k: usize) -> Vec<usize> {
    let mut group = vec![k];
    for (j, p) in places.iter().enumerate().skip(k + 1) {
        let joined = p.clone().any(|t| {
            a[t].dependency.is_some_and(|d| {
                d.deprel == "conj"
                    && d.head
                        .is_some_and(|h| group.iter().any(|&g| places[g].contains(&h)))
            })
        });
        if joined {
            group.push(j);
        }
    }
    group
}

/// The modality of the event whose trigger is the words `trigger`: from the
/// four words before it (negators, intentions, demands, conditionals,
/// future markers), a relative clause it stands in, or a meeting still to
/// come ("the next session, scheduled for December").
/// True when a multi-word trigger names the thing before its verb: a noun
/// first, a verb last ("curfew was lifted", "restrictions could be eased").
fn thing_first(a: &[TokenAnalysis], first: usize, last: usize) -> bool {
    last > first
        && a[first]
            .pos
            .is_some_and(|p| matches!(p.upos, Upos::Noun | Upos::Propn))
        && a[last].pos.is_some_and(|p| p.upos == Upos::Verb)
}

/// The party that a past participle at `first` modifies as a reduced
/// relative clause ("Palestinians killed in Gaza rose to 40", "a commander
/// charged with war crimes has surrendered"): tagged VBN (an active past
/// would be VBD) right after the party's noun, with no object after it, and
/// with its clause's own finite verb still to come — not across a
/// conjunction or subordinator, and not a reporting verb ("…, the embassy
/// said"); with no such verb the participle is the clause's verb ("the chief
/// justice clashed with").
fn relative_participle(
    a: &[TokenAnalysis],
    actors: &[ActorMention],
    first: usize,
) -> Option<usize> {
    let party = actors.iter().rposition(|am| am.tokens.end == first)?;
    let finite = |j: usize| {
        a[j].pos
            .is_some_and(|p| matches!(p.xpos, "VBD" | "VBZ" | "VBP" | "MD"))
    };
    let participle = a[first].pos.is_some_and(|p| p.xpos == "VBN")
        && a[first - 1]
            .pos
            .is_some_and(|p| matches!(p.upos, Upos::Noun | Upos::Propn));
    let boundary = |j: usize| {
        finite(j)
            || a[j]
                .pos
                .is_some_and(|p| matches!(p.upos, Upos::Cconj | Upos::Sconj))
            || matches!(
                a[j].lower.as_str(),
                "that" | "which" | "who" | "while" | "after" | "before" | "when" | "as"
            )
    };
    let main_verb_follows = (first + 1..a.len())
        .find(|&j| boundary(j))
        .is_some_and(|j| finite(j) && !REPORTING_VERBS.iter().any(|r| a[j].has_lemma(r)));
    // A passive participle takes no object ("aid groups delivered goods" is
    // active whatever the parse says).
    let object_after = a.get(first + 1).is_some_and(|t| {
        t.pos.is_some_and(|p| {
            matches!(
                p.upos,
                Upos::Det
                    | Upos::Noun
                    | Upos::Propn
                    | Upos::Num
                    | Upos::Pron
                    | Upos::Adj
                    | Upos::Cconj
            )
        })
    });
    // "Four Israeli soldiers killed, Barghuti pulls out", "two
    // journalists detained in Tehran": a verb that must take an object,
    // with none, says what the party underwent (headlines drop "were").
    let transitive_only = a[first]
        .pos
        .is_some_and(|p| matches!(p.xpos, "VBN" | "VBD"))
        && STRICTLY_TRANSITIVE.iter().any(|v| a[first].has_lemma(v));
    let nothing_after = a.get(first + 1).is_none_or(|t| {
        t.pos
            .is_some_and(|p| matches!(p.upos, Upos::Punct | Upos::Adp))
    });
    ((participle && main_verb_follows && !object_after) || (transitive_only && nothing_after))
        .then_some(party)
}

/// Verbs of acts done to someone that English never uses without an
/// object: with none after them they are passive ("soldiers killed in
/// Gaza").
const STRICTLY_TRANSITIVE: &[&str] = &[
    "kill",
    "arrest",
    "detain",
    "wound",
    "injure",
    "abduct",
    "kidnap",
    "jail",
    "imprison",
    "execute",
    "behead",
    "deport",
    "assassinate",
    "torture",
    "massacre",
];

fn modality_of(a: &[TokenAnalysis], trigger: &[usize], actors: &[ActorMention]) -> Modality {
    let first = trigger[0];
    let last = *trigger.last().expect("triggers are non-empty");
    // An infinitive shares what is unreal about the verb it complements or
    // is the purpose of, however far back that verb's auxiliaries stand
    // ("would not force any member state to impose the ban", "would take
    // action to retaliate").
    let to = infinitive_to(a, first);
    if let Some(to) = to {
        let governor = a[first]
            .dependency
            .filter(|d| matches!(d.deprel, "xcomp" | "advcl"))
            .and_then(|d| d.head)
            .filter(|&h| h < to);
        if let Some(h) = governor {
            let own = modality_of(a, &[h], actors);
            if matches!(own, Modality::Negated | Modality::Hypothetical) {
                return own;
            }
        }
    }
    if negated_raising(a, first) {
        return Modality::Negated;
    }
    // An act done to "no" thing is not done: "would impose no
    // restrictions", "clinched no agreements", "made no concessions" ("say
    // no to" is a refusal of its own).
    if (first + 1..last).any(|j| a[j].lower == "no" && !a[j - 1].has_lemma("say")) {
        return Modality::Negated;
    }
    let head = trigger_head(a, (first, last));
    if conditional(a, head) {
        return Modality::Hypothetical;
    }
    if rate_of_acts(a, trigger, last) {
        return Modality::Habitual;
    }
    // A pattern that names the thing before its verb ("the restrictions
    // could be relaxed") has its auxiliaries inside: they are read before
    // the verb.
    let anchor = if thing_first(a, first, last) {
        last
    } else {
        first
    };
    let lo = anchor.saturating_sub(4);
    // Words of names are not modal verbs ("Theresa May will …").
    let window: Vec<&TokenAnalysis> = (lo..anchor)
        .filter(|j| !trigger.contains(j))
        .filter(|j| !actors.iter().any(|am| am.tokens.contains(j)))
        .map(|j| &a[j])
        .collect();
    let window = &window[..];
    let stop = window
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "," | ";" | "and" | "but"))
        .map_or(0, |p| p + 1);
    let window = &window[stop..];
    let holding_back = window.windows(2).any(|w| {
        HOLDING_BACK
            .iter()
            .any(|(verb, particle)| w[0].has_lemma(verb) && w[1].lower == *particle)
    });
    if holding_back
        || window.iter().any(|t| {
            NEGATORS.contains(&t.lower.as_str())
                || REFUSALS.iter().any(|r| t.has_lemma(r))
                || REFUSAL_NOUNS.contains(&t.lower.as_str())
        })
    {
        Modality::Negated
    } else if window
        .iter()
        .any(|t| ALLEGATIONS.contains(&t.lower.as_str()))
    {
        Modality::Alleged
    } else if window.windows(3).any(|w| {
        BE_FORMS.contains(&w[0].lower.as_str())
            && matches!(w[1].lower.as_str(), "likely" | "unlikely")
            && w[2].lower == "to"
    }) {
        // "the creditors are likely to freeze payments": a forecast, not
        // the actors' act or intention ("are expected to sign next week"
        // is said of what is scheduled, and is left as it is).
        Modality::Hypothetical
    } else if window
        .windows(2)
        .any(|w| w[1].lower == "to" && UNREALISED.iter().any(|u| w[0].has_lemma(u)))
    {
        Modality::Intended
    } else if to.is_some_and(|to| directed_infinitive(a, to))
        || window.iter().any(|t| t.lower == "must")
        || window.windows(2).any(|w| {
            matches!(
                w[0].lower.as_str(),
                "have" | "has" | "need" | "needs" | "ought"
            ) && w[1].lower == "to"
        })
    {
        // "invited Y to invest", "said that Sudan must return", "the states
        // have to approve the bill": asked for, or owed, not done ("had to
        // leave" was done).
        Modality::Demanded
    } else if window
        .iter()
        .any(|t| HYPOTHETICAL.contains(&t.lower.as_str()))
        // "hackers capable of launching cyber warfare": a capacity, not an act.
        || window.windows(2).any(|w| {
            matches!(w[0].lower.as_str(), "capable" | "capability" | "capabilities")
                && matches!(w[1].lower.as_str(), "of" | "to")
        })
    {
        Modality::Hypothetical
    } else if window.iter().any(|t| FUTURE.contains(&t.lower.as_str()))
        || trigger
            .iter()
            .any(|&t| matches!(a[t].lower.as_str(), "next" | "upcoming"))
        || (last + 1..a.len().min(last + 3)).any(|j| {
            matches!(
                a[j].lower.as_str(),
                "scheduled" | "planned" | "slated" | "due"
            )
        })
    {
        Modality::Future
    } else {
        Modality::Asserted
    }
}

/// True when the trigger at `head` is in a clause that "if" or "unless"
/// opens, itself or through the complements it lies in ("if Japan shows
/// it will abide by the agreement"): a condition, not an act.
fn conditional(a: &[TokenAnalysis], head: usize) -> bool {
    let mut n = head;
    for _ in 0..4 {
        let marked = dependents(a, n).any(|j| {
            a[j].dependency.is_some_and(|d| d.deprel == "mark")
                && matches!(a[j].lower.as_str(), "if" | "unless")
        });
        if marked {
            return true;
        }
        match a[n].dependency {
            Some(d) if matches!(d.deprel, "ccomp" | "xcomp") => match d.head {
                Some(h) => n = h,
                None => return false,
            },
            _ => return false,
        }
    }
    false
}

/// True when a negated raising verb stands before the trigger in its clause
/// ("does not appear to be due to an attack", "did not seem to be the
/// result of a raid"): what it says of the subject is denied, up to six
/// words after its "to".
fn negated_raising(a: &[TokenAnalysis], first: usize) -> bool {
    // The negation is at most nine words back, after the clause's start.
    let lo = first.saturating_sub(9);
    let clause_start = (lo..first)
        .rev()
        .find(|&j| {
            matches!(
                a[j].lower.as_str(),
                "," | ";" | ":" | "but" | "and" | "while" | "which" | "who" | "that"
            ) || a[j].pos.is_some_and(|p| p.upos == Upos::Sconj)
        })
        .map_or(lo, |j| j + 1);
    (clause_start..first).any(|j| {
        j + 2 < first
            && NEGATORS.contains(&a[j].lower.as_str())
            && (a[j + 1].has_lemma("appear") || a[j + 1].has_lemma("seem"))
            && a[j + 2].lower == "to"
    })
}

/// Periods a rate of acts is counted in ("visits a year", "raids per week").
const RATE_PERIODS: &[&str] = &["year", "month", "week", "day", "annum"];

/// True when the trigger names acts by a plural noun that is counted and
/// given per period ("make around 3,000 visits a year", "hundreds of
/// inspections each month"): a statistic about acts, not an act. A verb
/// with a frequency ("annually provides aid") is left as it is.
fn rate_of_acts(a: &[TokenAnalysis], trigger: &[usize], last: usize) -> bool {
    let Some(&noun) = trigger
        .iter()
        .find(|&&t| a[t].pos.is_some_and(|p| p.xpos == "NNS"))
    else {
        return false;
    };
    let counted = (noun.saturating_sub(3)..noun).any(|j| {
        a[j].pos.is_some_and(|p| p.xpos == "CD")
            || matches!(a[j].lower.as_str(), "dozens" | "hundreds" | "thousands")
    });
    let per_period = (last + 1..a.len().min(last + 6)).any(|j| {
        j + 1 < a.len()
            && matches!(a[j].lower.as_str(), "a" | "an" | "per" | "each" | "every")
            && RATE_PERIODS.iter().any(|p| a[j + 1].lower == *p)
            // "two raids a day after the truce" dates, it does not count.
            && a.get(j + 2).is_none_or(|t| {
                !matches!(
                    t.lower.as_str(),
                    "after" | "before" | "ago" | "later" | "earlier" | "since" | "on"
                )
            })
    });
    counted && per_period
}

/// True when the trigger at `first` opens a relative clause ("six farmers
/// who were killed", "the attack, which killed dozens"): the clause states
/// its event as fact, in the background of the sentence's own event.
fn in_relative_clause(a: &[TokenAnalysis], first: usize) -> bool {
    let mut j = first;
    while j > 0 && RELATIVE_AUXILIARIES.contains(&a[j - 1].lower.as_str()) {
        j -= 1;
    }
    j > 0 && matches!(a[j - 1].lower.as_str(), "who" | "which" | "whom" | "whose")
}

/// Auxiliaries between a relative pronoun and its verb.
const RELATIVE_AUXILIARIES: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "had",
    "has",
    "have",
    "been",
    "be",
    "being",
    "reportedly",
    "allegedly",
    "also",
    "later",
    "then",
    "recently",
];

/// "invited South Korean companies to invest", "urged Iran to withdraw": the
/// infinitive at `to` is asked for, not done.
fn directed_infinitive(a: &[TokenAnalysis], to: usize) -> bool {
    let lo = to.saturating_sub(7);
    a[lo..to]
        .iter()
        .any(|t| DIRECTIVES.iter().any(|d| t.has_lemma(d)))
}

/// The "to" of the infinitive whose verb is at `first`, over a passive's
/// or perfect's auxiliary and adverbs ("to be adequately supported", "to
/// have attacked").
fn infinitive_to(a: &[TokenAnalysis], first: usize) -> Option<usize> {
    let mut j = first.checked_sub(1)?;
    for _ in 0..3 {
        if a[j].lower == "to" {
            return Some(j);
        }
        let skippable = matches!(a[j].lower.as_str(), "be" | "been" | "have" | "get")
            || a[j].pos.is_some_and(|p| p.xpos == "RB");
        if !skippable || j == 0 {
            return None;
        }
        j -= 1;
    }
    (a[j].lower == "to").then_some(j)
}

/// Verbs that ask someone else to act. Not the implicative "force",
/// "compel", "persuade": what they make someone do is done ("forced the
/// authorities to impose a curfew").
const DIRECTIVES: &[&str] = &[
    "invite",
    "urge",
    "ask",
    "call",
    "encourage",
    "press",
    "request",
    "demand",
    "tell",
    "order",
    "appeal",
    "allow",
    "permit",
    "pressure",
    "push",
    "warn",
    "advise",
];

/// The actor that the dependency parse makes the active subject of the
/// trigger at `first`: a `nsubj` before the trigger, or, for a trigger that is an
/// open complement or a conjunct ("agreed to sign", "met and signed"), of the
/// verb it depends on. `None` without a parse or without such an actor.
fn tree_subject(a: &[TokenAnalysis], first: usize, actors: &[ActorMention]) -> Option<usize> {
    let (TreeSubject::Subject(j) | TreeSubject::Antecedent(j)) = tree_subject_token(a, first)?;
    actors
        .iter()
        .position(|am| am.tokens.contains(&j))
        .or_else(|| {
            // "Some of the allies of the BJP", "two of the ministers": a
            // quantity's "of" phrase names who it counts.
            let quantity = a[j].pos.is_some_and(|p| p.upos == Upos::Num)
                || QUANTIFIERS.contains(&a[j].lower.as_str());
            let counted = (j + 1..a.len()).find(|&k| {
                a[k].dependency
                    .is_some_and(|d| d.head == Some(j) && d.deprel == "nmod")
                    && a.get(j + 1).is_some_and(|t| t.lower == "of")
            })?;
            quantity
                .then(|| actors.iter().position(|am| am.tokens.contains(&counted)))
                .flatten()
        })
}

/// Words that count a group ("some of the rebels"): as a subject, their
/// "of" phrase is the party.
const QUANTIFIERS: &[&str] = &[
    "some",
    "many",
    "most",
    "all",
    "several",
    "few",
    "none",
    "each",
    "both",
    "one",
    "two",
    "three",
    "four",
    "dozens",
    "hundreds",
    "thousands",
    "majority",
    "section",
    "sections",
    "members",
    "group",
];

/// The first of the verbs the verb at `first` is conjoined to, when it has
/// no subject of its own ("refused to deploy troops and urged": "refused"
/// for "urged"); `first` otherwise, and without a parse.
fn first_conjunct(a: &[TokenAnalysis], first: usize) -> usize {
    let mut verb = first;
    for _ in 0..3 {
        let own_subject = (0..a.len()).any(|j| {
            a[j].dependency
                .is_some_and(|d| d.head == Some(verb) && matches!(d.deprel, "nsubj" | "nsubj:pass"))
        });
        let is_verb = a[verb].pos.is_some_and(|p| p.upos == Upos::Verb);
        // The words show it too: a conjunction right before the verb, with
        // only auxiliaries and adverbs between ("and has since urged"), so
        // no subject a wrong parse has hung elsewhere.
        let after_conjunction = follows_conjunction(a, verb);
        match a[verb].dependency {
            Some(d) if d.deprel == "conj" && !own_subject && is_verb && after_conjunction => {
                match d.head {
                    Some(h) if h < verb && a[h].pos.is_some_and(|p| p.upos == Upos::Verb) => {
                        verb = h
                    }
                    _ => break,
                }
            }
            _ => break,
        }
    }
    verb
}

/// True when a coordinating conjunction comes right before the verb at
/// `verb`, with only auxiliaries and adverbs between ("and has since urged").
fn follows_conjunction(a: &[TokenAnalysis], verb: usize) -> bool {
    (0..verb)
        .rev()
        .find(|&j| {
            !a[j]
                .pos
                .is_some_and(|p| matches!(p.upos, Upos::Aux | Upos::Adv | Upos::Part))
        })
        .is_some_and(|j| matches!(a[j].lower.as_str(), "and" | "but" | "or"))
}

/// Where the parse puts the subject of the verb at `first`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TreeSubject {
    /// The `nsubj` of the verb, or of the verb it is an `xcomp`/`conj` of.
    Subject(usize),
    /// The last word of a relative clause's antecedent (see below).
    Antecedent(usize),
}

/// The token the parse makes the subject of the verb at `first`, directly or
/// through up to three `xcomp`/`conj` links (or `advcl` links from a
/// participle). `None` without a parse or a subject.
fn tree_subject_token(a: &[TokenAnalysis], first: usize) -> Option<TreeSubject> {
    let mut verb = first;
    for _ in 0..3 {
        // The first, should a wrong parse give the verb two subjects: the
        // other is then usually a relative clause's.
        let subject = (0..verb).find(|&j| {
            a[j].dependency
                .is_some_and(|d| d.head == Some(verb) && d.deprel == "nsubj")
        });
        if let Some(j) = subject {
            return Some(TreeSubject::Subject(j));
        }
        let dep = a[verb].dependency?;
        // A participle heading an adverbial clause has no subject of its
        // own: it shares its main clause's ("Welcoming the verdict, the
        // minister said …", "… said, after meeting the envoy").
        // So does an adjective heading one ("Holding the Centre responsible,
        // the leader demanded …": "holding" hangs on "responsible").
        let non_finite = a[verb]
            .pos
            .is_some_and(|p| matches!(p.xpos, "VBG" | "VBN") || p.upos == Upos::Adj);
        match (dep.deprel, dep.head) {
            ("xcomp" | "conj", Some(h)) => verb = h,
            ("advcl", Some(h)) if non_finite => verb = h,
            _ => return None,
        }
        // A verb with a relative pronoun of its own ("Ukraine, which Russian
        // forces attacked, thanked …") heads a relative clause, whatever the
        // parse says: the verb after it does not share its subject but takes
        // the clause's antecedent, the words just before the pronoun.
        let relative = (0..verb).find(|&j| {
            a[j].dependency.is_some_and(|d| d.head == Some(verb))
                && matches!(a[j].lower.as_str(), "which" | "who" | "whom" | "whose")
        });
        if let Some(pronoun) = relative {
            let before = pronoun.checked_sub(1)?;
            let antecedent = if a[before].lower == "," {
                before.checked_sub(1)?
            } else {
                before
            };
            return Some(TreeSubject::Antecedent(antecedent));
        }
    }
    None
}

/// A proper name that the parse makes the subject of the verb at `first`
/// (directly or through `xcomp`/`conj`) and that no actor or place mention
/// covers: the name's words (the subject and its `compound`/`flat` parts),
/// as a party of unknown country (code `---`). `None` otherwise.
fn tree_named_subject(s: &SentenceInput<'_>, first: usize) -> Option<Party> {
    let a = s.analysis;
    let is_propn = |j: usize| {
        a[j].pos
            .is_some_and(|p| p.upos == parley_syntax::Upos::Propn)
    };
    let TreeSubject::Subject(head) = tree_subject_token(a, first)? else {
        return None;
    };
    // "Last November an advisory panel urged …": a month or a day the
    // parse makes the subject is when, not who.
    // ("May" and "March" are also names: "May urged Iran …".)
    let when = parley_time::is_day_or_month(&a[head].lower)
        && !matches!(a[head].lower.as_str(), "may" | "march");
    if !is_propn(head) || when {
        return None;
    }
    // The name: the head and its compound/flat dependents, contiguous.
    let part_of_name = |j: usize| {
        j == head
            || (is_propn(j)
                && a[j].dependency.is_some_and(|d| {
                    d.head == Some(head) && matches!(d.deprel, "compound" | "flat" | "flat:name")
                }))
    };
    let mut start = head;
    while start > 0 && part_of_name(start - 1) {
        start -= 1;
    }
    let mut end = head + 1;
    while end < a.len() && part_of_name(end) {
        end += 1;
    }
    // "LAGOS, Nov 21 (Reuters) -": a dateline is where, never who.
    let words = |j: usize| s.tokens[j].text(s.text);
    let dateline = start == 0
        && (start..end).all(|j| !words(j).chars().any(char::is_lowercase))
        && end < a.len()
        && (words(end) == "," || parley_mentions::is_dateline_mark(words(end)));
    if dateline {
        return None;
    }
    let m = s.mentions;
    let covered = |j: usize| {
        m.actors.iter().any(|am| am.tokens.contains(&j))
            || m.places.iter().any(|p| p.tokens.contains(&j))
            || m.anaphors.iter().any(|an| an.tokens.contains(&j))
    };
    if (start..end).any(covered) {
        return None;
    }
    let span = s.tokens[start].span.cover(s.tokens[end - 1].span);
    Some(plain_party(span, None, None, false))
}

/// A party that no mention resolved: of `country` (or unknown, `---`), with
/// at most one sector, marked inferred when the text does not name it.
fn plain_party(span: Span, country: Option<&str>, sector: Option<&str>, inferred: bool) -> Party {
    let code = format!("{}{}", country.unwrap_or("---"), sector.unwrap_or(""));
    Party {
        implicit: false,
        span,
        actor: Actor {
            code,
            country: country.map(String::from),
            sectors: sector.map(String::from).into_iter().collect(),
            person: None,
            organisation: None,
            country_inferred: inferred,
            discovered: false,
            recognised: false,
        },
        antecedent: None,
    }
}

/// The words of an event's own phrase, sorted: the trigger words, the word
/// that heads them in the parse, that head's subject and the clauses that
/// modify it (a nominal trigger's "scheduled for …", "held on …"), and
/// everything hanging below these through nominal relations (not other
/// clauses). Just the trigger words without a parse.
fn event_phrase(a: &[TokenAnalysis], first: usize, last: usize) -> Vec<usize> {
    let head = trigger_head(a, (first, last));
    // The head's subject, and the clauses that modify a nominal trigger
    // ("the next session scheduled for December", "talks held in Vientiane
    // on Thursday"): their words describe the event itself.
    let base: Vec<bool> = (0..a.len())
        .map(|j| j == head || in_argument_of(a, j, head))
        .collect();
    let attached: Vec<usize> = (0..a.len())
        .filter(|&j| {
            a[j].dependency.is_some_and(|d| match d.head {
                Some(h) if h == head => {
                    matches!(d.deprel, "nsubj" | "nsubj:pass" | "acl" | "acl:relcl")
                }
                Some(h) => matches!(d.deprel, "acl" | "acl:relcl") && base[h],
                None => false,
            })
        })
        .collect();
    (0..a.len())
        .filter(|&j| {
            (first..=last).contains(&j)
                || base[j]
                || attached.iter().any(|&s| j == s || in_argument_of(a, j, s))
        })
        .collect()
}

/// Verbs that report speech.
const REPORTING_VERBS: &[&str] = &[
    "say",
    "tell",
    "insist",
    "state",
    "stress",
    "declare",
    "warn",
    "argue",
    "add",
    "reiterate",
    "assert",
    "emphasise",
    "emphasize",
    "underline",
    "reaffirm",
    "note",
    "write",
    "announce",
    "maintain",
    "tweet",
    "claim",
    "allege",
    "charge",
    "plead",
    "suggest",
    "observe",
    "remark",
    "opine",
    "feel",
    "contend",
    "explain",
    "complain",
    "lament",
    "believe",
    "admit",
    "reply",
    "clarify",
    "inform",
];

/// The reporting verb whose reported clause holds the word at `first`:
/// "X said [that Y must go]" (`ccomp`) or "[Y must go], X said" (`parataxis`).
/// The verb of the clause the trigger at `first` belongs to: its head when
/// it is an auxiliary ("Y *must* stop"), else itself ("Y *needed* to stop").
fn clause_verb(a: &[TokenAnalysis], first: usize) -> Option<usize> {
    let dep = a[first].dependency?;
    if dep.deprel.starts_with("aux") {
        dep.head
    } else {
        Some(first)
    }
}

fn reporting_verb(a: &[TokenAnalysis], first: usize) -> Option<usize> {
    let mut verb = clause_verb(a, first)?;
    let is_reporting = |j: usize| REPORTING_VERBS.iter().any(|v| a[j].has_lemma(v));
    // "said India wanted peace but it must abide by …": the second of
    // conjoined reported clauses is reported too.
    for _ in 0..3 {
        match a[verb].dependency {
            Some(d) if d.deprel == "conj" => match d.head {
                Some(h) if !is_reporting(h) => verb = h,
                _ => break,
            },
            _ => break,
        }
    }
    let dep = a[verb].dependency?;
    if let (Some(h), "ccomp") = (dep.head, dep.deprel) {
        return is_reporting(h).then_some(h);
    }
    (0..a.len()).find(|&j| {
        is_reporting(j)
            && a[j]
                .dependency
                .is_some_and(|d| d.head == Some(verb) && d.deprel == "parataxis")
    })
}

/// The reporting verb of the clause at `first` found from the words when the
/// parse misses it: a reporting verb earlier in the sentence with no clause
/// punctuation or other reporting verb between ("the Labour party said the
/// Liberal Democrats needed to explain"), or one right after the closing
/// quotation of the clause ("\"Parliament must act now,\" he said").
fn surface_reporting_verb(a: &[TokenAnalysis], first: usize) -> Option<usize> {
    let is_reporting = |j: usize| {
        REPORTING_VERBS.iter().any(|v| a[j].has_lemma(v))
            && a[j].pos.is_some_and(|p| p.upos == Upos::Verb)
    };
    let quote = |j: usize| matches!(a[j].lower.as_str(), "\"" | "“" | "”" | "''" | "``");
    let before = (0..first)
        .rev()
        .take_while(|&j| !CLAUSE_STOPS.contains(&a[j].lower.as_str()) && !quote(j))
        .find(|&j| is_reporting(j));
    if before.is_some() {
        return before;
    }
    // The clause ends at a comma and a closing quotation mark.
    let close = (first + 1..a.len())
        .take_while(|&j| !CLAUSE_STOPS.contains(&a[j].lower.as_str()))
        .find(|&j| quote(j) && a[j - 1].lower == ",")?;
    (close + 1..a.len().min(close + 5)).find(|&j| is_reporting(j))
}

/// Prepositions whose phrase on a verb's object names whom the act is aimed
/// at or done for ("lifted the ban on the LTTE", "an investigation into the
/// mayor", "a deal with Mexico").
const OBJECT_PHRASE_CASES: &[&str] = &[
    "against", "on", "upon", "into", "for", "with", "between", "to",
];
/// [`OBJECT_PHRASE_CASES`] of violence: "with" names its instrument.
const VIOLENT_OBJECT_PHRASE_CASES: &[&str] =
    &["against", "on", "upon", "into", "for", "between", "to"];

/// The actor in a phrase introduced by one of `cases` that the parse hangs
/// on the object of the verb at `verb` ("launched an operation, Operation
/// Rah-e-Nijat, against militants", "lifted the ban on the LTTE"): whom the
/// act named by the object is aimed at, however far the phrase lies from the
/// verb.
fn object_phrase_target(
    a: &[TokenAnalysis],
    verb: usize,
    actors: &[ActorMention],
    cases: &[&str],
) -> Option<usize> {
    let object = (0..a.len()).find(|&j| {
        a[j].dependency
            .is_some_and(|d| d.head == Some(verb) && d.deprel == "obj")
    })?;
    let noun = (object + 1..a.len()).find(|&j| {
        a[j].dependency
            .is_some_and(|d| d.head == Some(object) && d.deprel == "nmod")
            && (object..j).any(|c| {
                cases.contains(&a[c].lower.as_str())
                    && a[c]
                        .dependency
                        .is_some_and(|d| d.head == Some(j) && d.deprel == "case")
            })
    })?;
    actors.iter().position(|am| am.tokens.contains(&noun))
}

/// The actor that the dependency parse makes the direct or indirect object of
/// the trigger at `first`. `None` without a parse or without such an actor.
fn tree_object(a: &[TokenAnalysis], first: usize, actors: &[ActorMention]) -> Option<usize> {
    let object = (0..a.len()).find(|&j| {
        a[j].dependency
            .is_some_and(|d| d.head == Some(first) && matches!(d.deprel, "obj" | "iobj"))
    })?;
    actors.iter().position(|am| am.tokens.contains(&object))
}

/// Prepositions whose phrase names what an act is done to when it hangs on
/// the act's verb or noun ("launched an assault *on* the old city", "a
/// campaign *against* corruption", "returned the paintings *to* a museum").
/// A verb's `on` phrase is more often a ground or a manner ("freed on
/// bail", "extradited on terrorism charges"): only a noun's counts.
const ARGUMENT_CASES: &[&str] = &["against", "upon", "into", "to", "toward", "towards"];
const NOUN_ARGUMENT_CASES: &[&str] = &["on", "against", "upon", "into", "to", "toward", "towards"];

/// Nouns of amounts: what is given, not to whom ("provided 6.3 million
/// euros").
const AMOUNT_NOUNS: &[&str] = &[
    "million", "billion", "trillion", "thousand", "hundred", "crore", "lakh", "dollar", "euro",
    "pound", "yen", "yuan", "rupee", "franc", "rouble", "ruble", "percent", "%", "amount", "sum",
    "increase", "total",
];

/// Nouns that count time, not parties ("carried out strikes this week");
/// days and months are [`parley_time::is_day_or_month`].
#[rustfmt::skip]
const TIME_NOUNS: &[&str] = &[
    "today", "yesterday", "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "day",
    "week", "weekend", "month", "year", "decade", "century", "hour", "minute", "time", "date",
    "season", "period",
];

/// The dependents of `head` in the parse.
fn dependents(a: &[TokenAnalysis], head: usize) -> impl Iterator<Item = usize> + '_ {
    (0..a.len()).filter(move |&j| a[j].dependency.is_some_and(|d| d.head == Some(head)))
}

/// The preposition the parse gives the word at `j` (its `case` dependent).
fn case_of(a: &[TokenAnalysis], j: usize) -> Option<&str> {
    dependents(a, j)
        .find(|&c| a[c].dependency.is_some_and(|d| d.deprel == "case"))
        .map(|c| a[c].lower.as_str())
}

/// The words the parse makes what an act is done to, whether or not they
/// name an actor the knowledge base or the recogniser knows: the passive
/// subject ("a 95-year-old man was deported"), for a rejection (`answers`)
/// its object's `by`/`from` phrase (the author it answers), the indirect or
/// direct object that is not one of the pattern's own words ("deported a
/// journalist"; "banned all Pakistani newspapers"), else an `on`/`against`/
/// `to` phrase of the trigger's noun or of its object ("launched an assault
/// on the old city"), else such a phrase of the verb. Only a common or
/// proper noun heads it: not a pronoun (anaphors are resolved elsewhere),
/// not a word of time, not a place (a territory is a recipient by
/// [`locus_recipients`]). The words run from the head's first modifier to
/// the head and its `of` phrase, not into a relative clause, an apposition
/// or past a comma. `None` without a parse.
fn argument_words(
    a: &[TokenAnalysis],
    literal: &[usize],
    head: usize,
    passive: bool,
    preposition: Option<&str>,
    answers: bool,
    mentions: &SentenceMentions,
) -> Option<(usize, usize)> {
    a.get(head)?.dependency?;
    let places = &mentions.places;
    let rel = |j: usize| a[j].dependency.map(|d| d.deprel).unwrap_or("");
    // A pattern's own noun that names people, not forces, and not someone's
    // own ("banned national newspapers", "expelled humanitarian aid
    // workers"; not "withdrew its peacekeepers"): the people it is done to.
    let people = |j: usize| {
        mentions.actors.iter().any(|am| {
            am.tokens.contains(&j)
                && !am.actor.recognised
                && !am.actor.sectors.iter().any(|x| x == "MIL")
        }) && !dependents(a, j)
            .any(|d| rel(d) == "nmod:poss" && a[d].pos.is_some_and(|p| p.upos == Upos::Pron))
    };
    let own_word = |j: usize| literal.contains(&j) && !people(j);
    let nominal = |j: usize| {
        argument_noun(a, j) && !own_word(j) && !places.iter().any(|p| p.tokens.contains(&j))
    };
    let with_case = |of: usize, cases: &[&str]| {
        dependents(a, of).find(|&j| {
            matches!(rel(j).split(':').next(), Some("obl" | "nmod"))
                && case_of(a, j).is_some_and(|c| cases.contains(&c))
        })
    };
    // A noun's own phrase, or that of the participle describing it
    // ("restrictions imposed on Olmert", "sanctions placed on the bank").
    let noun_case = |n: usize| {
        with_case(n, NOUN_ARGUMENT_CASES).or_else(|| {
            dependents(a, n)
                .filter(|&v| rel(v) == "acl" && a[v].pos.is_some_and(|p| p.xpos == "VBN"))
                .find_map(|v| with_case(v, NOUN_ARGUMENT_CASES))
        })
    };
    let verb = a[head]
        .pos
        .is_some_and(|p| matches!(p.upos, Upos::Verb | Upos::Aux));
    // "called for an inquiry": what is asked for is no party.
    let preposition = preposition
        .filter(|p| NOUN_ARGUMENT_CASES.contains(p) || matches!(*p, "with" | "at" | "from"));
    // "charged Ingabire with", "armed the militia with": what comes after
    // a pattern's closing "with" is the matter or the means when the verb
    // has an object of its own in the pattern's gap.
    let gap_object = || {
        let close = *literal.last()?;
        dependents(a, head).find(|&j| rel(j) == "obj" && j < close && !own_word(j))
    };
    let found = if let Some(prep) = preposition {
        (prep == "with")
            .then(gap_object)
            .flatten()
            .or_else(|| with_case(head, &[prep]))
            .or_else(|| {
                dependents(a, head)
                    .find(|&j| rel(j) == "obj")
                    .and_then(|o| with_case(o, &[prep]))
            })
    } else if passive {
        dependents(a, head).find(|&j| rel(j) == "nsubj:pass")
    } else if verb {
        let object = |deprel: &str| dependents(a, head).find(|&j| rel(j) == deprel);
        let author = || {
            answers
                .then(|| object("obj").and_then(|o| with_case(o, &["by", "from"])))
                .flatten()
        };
        author()
            .or_else(|| object("iobj"))
            .filter(|&j| !own_word(j))
            .or_else(|| object("obj").filter(|&j| !own_word(j)))
            .or_else(|| object("obj").and_then(noun_case))
            .or_else(|| with_case(head, ARGUMENT_CASES))
    } else {
        noun_case(head)
    };
    let h = found.filter(|&j| nominal(j))?;
    let (start, end) = noun_phrase(a, h);
    // The trigger's own words are what is done, not to whom ("ended
    // mediation efforts", "extend curfew order").
    if literal
        .iter()
        .any(|&j| (start..=end).contains(&j) && own_word(j))
    {
        return None;
    }
    Some((start, end))
}

/// The words of the noun phrase headed by `h`: its own modifiers before it,
/// then its `of` phrase, compounds and flat names after it; never past a
/// comma, into a relative clause, an apposition or a conjunct.
fn noun_phrase(a: &[TokenAnalysis], h: usize) -> (usize, usize) {
    let rel = |j: usize| a[j].dependency.map(|d| d.deprel).unwrap_or("");
    let mut start = h;
    let keep = |j: usize| {
        !matches!(
            rel(j).split(':').next(),
            Some("acl" | "appos" | "punct" | "conj" | "cc" | "parataxis" | "advcl" | "case")
        ) && !matches!(rel(j), "acl:relcl")
    };
    let mut stack = vec![h];
    let mut end = h;
    while let Some(n) = stack.pop() {
        for j in dependents(a, n) {
            if !keep(j) || a[j].lower == "," {
                continue;
            }
            if j < h {
                start = start.min(j);
                stack.push(j);
            } else if rel(j).starts_with("nmod") && case_of(a, j) == Some("of")
                || rel(j) == "compound"
                || rel(j) == "flat"
            {
                end = end.max(j);
                stack.push(j);
            }
        }
    }
    // No comma inside ("the families, who ..."): stop before the first.
    if let Some(c) = (h + 1..=end).find(|&j| a[j].lower == ",") {
        end = c - 1;
    }
    while start < h && matches!(a[start].lower.as_str(), "," | "(" | "\"") {
        start += 1;
    }
    (start, end)
}

/// True when the word at `j` may head the words of a party the parse names:
/// a common or proper noun, not of time or amount.
fn argument_noun(a: &[TokenAnalysis], j: usize) -> bool {
    a[j].pos.is_some_and(|p| matches!(p.upos, Upos::Noun | Upos::Propn))
        && !parley_time::is_day_or_month(&a[j].lower)
        && !TIME_NOUNS.iter().any(|w| a[j].lower == *w || a[j].has_lemma(w))
        && !AMOUNT_NOUNS.iter().any(|w| a[j].has_lemma(w))
        // "crimes against humanity": a charge's name.
        && a[j].lower != "humanity"
        && !a[j]
            .dependency
            .is_some_and(|d| matches!(d.deprel, "obl:tmod" | "obl:npmod" | "nmod:tmod"))
}

/// The conjuncts the parse joins to a recipient's words that no party of
/// the event holds ("imposed sanctions against Glavkosmos and the Indian
/// Space Research Organization", "Rusal and other companies"): each a
/// party of no country, or of the country a place among them is in (the
/// territory, as for [`locus_recipients`]). Not a pronoun's stand-in, not
/// the trigger's own words.
fn conjunct_parties(
    text: &str,
    a: &[TokenAnalysis],
    tokens: &[Token],
    places: &[PlaceMention],
    e: &CodedEvent,
) -> Vec<Party> {
    let rel = |j: usize| a[j].dependency.map(|d| d.deprel).unwrap_or("");
    let within = |span: Span, j: usize| span.contains(tokens[j].span);
    let parties: Vec<Span> = e
        .actors
        .iter()
        .chain(&e.recipients)
        .filter(|p| !p.implicit)
        .map(|p| p.span)
        .collect();
    let (first, last) = e.trigger_tokens;
    let taken = |j: usize| (first..=last).contains(&j) || parties.iter().any(|&sp| within(sp, j));
    let n = tokens.len().min(a.len());
    let mut out: Vec<Party> = Vec::new();
    for p in e
        .recipients
        .iter()
        .filter(|p| !p.implicit && p.antecedent.is_none())
    {
        let inside: Vec<usize> = (0..n).filter(|&j| within(p.span, j)).collect();
        let Some(&h) = inside.iter().find(|&&j| {
            a[j].dependency
                .is_some_and(|d| d.head.is_none_or(|x| !inside.contains(&x)))
        }) else {
            continue;
        };
        let head = if rel(h) == "conj" {
            a[h].dependency.and_then(|d| d.head).unwrap_or(h)
        } else {
            h
        };
        let members: Vec<usize> = std::iter::once(head)
            .chain(dependents(a, head).filter(|&j| rel(j) == "conj"))
            .collect();
        for c in members {
            if c == h || c >= n || inside.contains(&c) || taken(c) {
                continue;
            }
            let place = places.iter().find(|pl| pl.tokens.contains(&c));
            let country = place
                .and_then(|pl| pl.country.as_deref())
                .filter(|c| c.len() == 3);
            // A name, as the parse and the capitals say, or a place of a
            // country: a common noun joined by the parse ("demanded the
            // arrest and seizure") is too often no party.
            let name = a[c].pos.is_some_and(|p| p.upos == Upos::Propn)
                && text[tokens[c].span.range()]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
            // "and other rights activists", "and other African countries":
            // "other" says the conjunct is more of the same kind.
            let more_of_a_kind = dependents(a, c).any(|d| a[d].lower == "other");
            if !argument_noun(a, c)
                || (place.is_some() && country.is_none())
                || (place.is_none() && !name && !more_of_a_kind)
            {
                continue;
            }
            // "villagers in Chad, Niger and Mali": Chad's people are a
            // recipient already.
            if country.is_some_and(|c| {
                e.recipients
                    .iter()
                    .chain(&out)
                    .any(|r| r.actor.country.as_deref() == Some(c))
            }) {
                continue;
            }
            let (start, end) = noun_phrase(a, c);
            if end >= n || (start..=end).any(taken) {
                continue;
            }
            let span = tokens[start].span.cover(tokens[end].span);
            if out.iter().any(|q| q.span == span) {
                continue;
            }
            out.push(plain_party(span, country, None, place.is_some()));
        }
    }
    out
}

/// Prepositions of the area an act is done in.
const LOCUS_CASES: &[&str] = &["in", "across", "throughout", "inside", "at"];

/// Nouns of "in" phrases of purpose or manner, not of an area ("in a bid
/// to", "in response to", "in protest at").
const NOT_AREAS: &[&str] = &[
    "bid",
    "effort",
    "attempt",
    "response",
    "retaliation",
    "order",
    "protest",
    "support",
    "solidarity",
    "addition",
    "accordance",
    "line",
    "case",
    "light",
    "view",
    "favour",
    "favor",
    "return",
    "exchange",
    "way",
    "turn",
    "fact",
    "principle",
    "place",
    "move",
    "name",
    "effect",
    "least",
    "first",
    "time",
    "wake",
    "face",
    "hope",
    "search",
    "defiance",
    "violation",
];

/// The words of the area a territorial act is done in, as the parse gives
/// them: a [`LOCUS_CASES`] phrase of the act's last word, of its head, or of
/// the head's object ("imposed a curfew in parts of the north"). Not a word
/// of time ("in March"), not one of the pattern's own words. `None`
/// without a parse.
fn locus_words(
    a: &[TokenAnalysis],
    literal: &[usize],
    head: usize,
    last: usize,
) -> Option<(usize, usize)> {
    a.get(head)?.dependency?;
    let rel = |j: usize| a[j].dependency.map(|d| d.deprel).unwrap_or("");
    let in_phrase = |of: usize| {
        dependents(a, of).find(|&j| {
            matches!(rel(j).split(':').next(), Some("obl" | "nmod"))
                && case_of(a, j).is_some_and(|c| LOCUS_CASES.contains(&c))
                && argument_noun(a, j)
                && !NOT_AREAS.iter().any(|w| a[j].has_lemma(w))
                // "in part", not "in parts of the north".
                && a[j].lower != "part"
                && !literal.contains(&j)
        })
    };
    let object = dependents(a, head).find(|&j| rel(j) == "obj");
    let h = in_phrase(last)
        .or_else(|| in_phrase(head))
        .or_else(|| object.and_then(in_phrase))?;
    let (start, end) = noun_phrase(a, h);
    (!literal.iter().any(|j| (start..=end).contains(j))).then_some((start, end))
}

/// The sentence's mentions without the actors `drop` picks, or `None`
/// when it picks none (the mentions stand as they are).
fn without_actors(
    mentions: &SentenceMentions,
    drop: impl Fn(&ActorMention) -> bool,
) -> Option<SentenceMentions> {
    mentions.actors.iter().any(&drop).then(|| SentenceMentions {
        actors: mentions
            .actors
            .iter()
            .filter(|a| !drop(a))
            .cloned()
            .collect(),
        ..mentions.clone()
    })
}

/// Acts done to a territory: aid 07, yielding 08, force posture 15,
/// reducing relations 16, coercion 17, violence 18–20, and the intention of
/// aid or yielding (033, 035: "willing to withdraw its troops from Kashmir").
fn done_to_territory(act: &str) -> bool {
    matches!(
        act.get(..2),
        Some("07" | "08" | "15" | "16" | "17" | "18" | "19" | "20")
    ) || matches!(act.get(..3), Some("033" | "035"))
}

fn is_passive(a: &[TokenAnalysis], first: usize) -> bool {
    let t = &a[first];
    let participle = t.lower.ends_with("ed")
        || t.lower.ends_with("en")
        || (t.lemmas.len() > 1 && !t.lower.ends_with('s') && !t.lower.ends_with("ing"));
    if !participle {
        return false;
    }
    let mut j = first;
    for _ in 0..3 {
        if j == 0 {
            return false;
        }
        j -= 1;
        let w = a[j].lower.as_str();
        if BE_FORMS.contains(&w) {
            return true;
        }
        // Adverbs between ("was first tipped off", "were later freed").
        let adverb = a[j].pos.is_some_and(|p| p.upos == Upos::Adv);
        if !(adverb || w.ends_with("ly") || w == "also" || w == "reportedly") {
            return false;
        }
    }
    false
}

fn party_codes(e: &CodedEvent) -> (Vec<String>, Vec<String>) {
    let mut a: Vec<String> = e.actors.iter().map(|p| p.actor.code.clone()).collect();
    let mut r: Vec<String> = e.recipients.iter().map(|p| p.actor.code.clone()).collect();
    if e.symmetric {
        a.append(&mut r);
    }
    a.sort();
    a.dedup();
    r.sort();
    r.dedup();
    (a, r)
}

/// If actor `i` lies inside an apposition set off by commas before the
/// trigger at `first` ("Pakistan, a key U.S. ally in the war, has refused"),
/// the actor the apposition describes (the one just before its opening comma).
fn appositive_anchor(s: &SentenceInput<'_>, i: usize, first: usize) -> Option<usize> {
    let a = s.analysis;
    let actors = &s.mentions.actors;
    let m = &actors[i];
    (m.tokens.end..first).find(|&j| a[j].lower == ",")?;
    let open = (m.tokens.start.saturating_sub(6)..m.tokens.start)
        .rev()
        .find(|&j| a[j].lower == ",")?;
    if !matches!(a.get(open + 1)?.lower.as_str(), "a" | "an" | "the") {
        return None;
    }
    actors.iter().position(|x| x.tokens.end == open)
}

/// PLOVER: a protest with no named target is directed at the protesters'
/// own government, the one country their parties name (not an
/// international body). Inferred, so the party's span is the protest's
/// trigger (`span`). `None` when the protesters name no single country.
fn own_government(protesters: &[Party], span: Span) -> Option<Party> {
    let countries: std::collections::BTreeSet<&str> = protesters
        .iter()
        .filter_map(|p| p.actor.country.as_deref())
        .filter(|c| c.len() == 3 && !matches!(*c, "IGO" | "NGO" | "IMG" | "MNC"))
        .collect();
    match countries.into_iter().collect::<Vec<_>>().as_slice() {
        [country] => Some(implicit_party(span, country, Some("GOV"))),
        _ => None,
    }
}

/// Verbs whose object makes them an idiom, not an act.
const IDIOMS: &[(&str, &[&str])] = &[
    (
        "defy",
        &[
            "logic",
            "belief",
            "description",
            "explanation",
            "intelligence",
            "imagination",
            "gravity",
            "odds",
            "expectation",
            "comprehension",
            "reason",
            "age",
        ],
    ),
    (
        "invite",
        &[
            "wrath",
            "criticism",
            "ire",
            "trouble",
            "ridicule",
            "scrutiny",
            "comparison",
            "disaster",
        ],
    ),
];

/// Objects of "meet" in its other senses: what is met is a requirement, a
/// deadline or an end, not a party.
const NOT_MET: &[&str] = &[
    "requirement",
    "demand",
    "deadline",
    "target",
    "standard",
    "need",
    "criterion",
    "criteria",
    "expectation",
    "obligation",
    "condition",
    "cost",
    "goal",
    "commitment",
    "challenge",
    "threshold",
    "quota",
    "payment",
    "end",
    "fate",
    "death",
    "resistance",
    "approval",
    "specification",
    "shortfall",
    "test",
    "request",
    "bill",
    "forecast",
    "estimate",
];

/// CAMEO 042, making a visit.
fn cameo_is_visit(cameo: &str) -> bool {
    cameo.starts_with("042")
}

/// The place a visit goes to, as a party standing for its country: the place
/// mention in the trigger's clause that follows `in`/`to`/`at` or is the
/// trigger's object, nearest the trigger, of a country other than the
/// visitor's. `None` when there is none.
fn visited_place(
    s: &SentenceInput<'_>,
    first: usize,
    last: usize,
    visitors: &[Party],
) -> Option<Party> {
    let a = s.analysis;
    let own: Vec<&str> = visitors
        .iter()
        .filter_map(|p| p.actor.country.as_deref())
        .collect();
    let in_clause = |j: usize| {
        let (lo, hi) = if j < first { (j, first) } else { (last, j) };
        !(lo..hi).any(|k| CLAUSE_STOPS.contains(&a[k].lower.as_str()))
    };
    s.mentions
        .places
        .iter()
        .filter(|p| {
            let j = p.tokens.start;
            let prev = j.checked_sub(1).map(|k| a[k].lower.as_str());
            let object = a[j..p.tokens.end].iter().any(|t| {
                t.dependency
                    .is_some_and(|d| d.head == Some(first) && d.deprel == "obj")
            });
            (matches!(prev, Some("in" | "to" | "at")) || object)
                && in_clause(j)
                && p.country.as_deref().is_some_and(|c| !own.contains(&c))
        })
        .min_by_key(|p| p.tokens.start.abs_diff(first))
        .map(|p| plain_party(p.span, p.country.as_deref(), None, false))
}

/// The trigger word whose head in the parse lies outside the trigger
/// ("phone call": call); the first word without a parse.
fn trigger_head(a: &[TokenAnalysis], (first, last): (usize, usize)) -> usize {
    (first..=last)
        .find(|&j| {
            a[j].dependency
                .is_some_and(|d| d.head.is_none_or(|h| h < first || h > last))
        })
        .unwrap_or(first)
}

/// True when the mention lies in an on/against/upon/at phrase of the noun
/// at `head` ("a bomb attack *on U.S. troops*").
fn in_target_phrase(a: &[TokenAnalysis], head: usize, am: &ActorMention) -> bool {
    dependents(a, head).any(|n| {
        a[n].dependency
            .is_some_and(|d| d.deprel.starts_with("nmod"))
            && matches!(case_of(a, n), Some("on" | "against" | "upon" | "at"))
            && am.tokens.clone().any(|t| in_subtree(a, t, n))
    })
}

/// One real action, one event: an event whose trigger the parse attaches to
/// an earlier event's trigger of the same PLOVER category as a conjoined
/// verb, an adverbial or a purpose clause ("killed one soldier and wounded
/// two others", "opened fire, killing one", "telephoned X to discuss …") is
/// part of that event. The earlier event keeps its parties and takes the
/// later one's for a side it lacks; the later one is dropped (its trace says
/// so).
fn merge_one_action(
    a: &[TokenAnalysis],
    actors: &[ActorMention],
    events: &mut Vec<CodedEvent>,
    traces: &mut [MatchTrace],
) {
    let mut j = 1;
    while j < events.len() {
        let head_j = trigger_head(a, events[j].trigger_tokens);
        // A verb with a subject of its own is another action ("Russia
        // attacked Kyiv and Israel bombed Gaza").
        let own_subject = a.iter().any(|t| {
            t.dependency
                .is_some_and(|d| d.head == Some(head_j) && d.deprel.starts_with("nsubj"))
        });
        // "warned that it would retaliate": a threatened or promised act, in
        // the clause of the threat or promise, is that same threat or
        // promise (its own subject is the speaker's stand-in).
        let told_as_intent = events[j].reduced_from.is_some()
            && a[head_j].dependency.is_some_and(|d| d.deprel == "ccomp");
        // "were killed in an Israeli air strike", "killed by tank fire": the
        // act named in the means or agent phrase of a verb is the verb's act.
        let means = a[head_j].pos.is_some_and(|p| p.upos == Upos::Noun)
            && a[head_j]
                .dependency
                .is_some_and(|d| d.deprel.starts_with("obl"))
            && matches!(case_of(a, head_j), Some("by" | "in"));
        let attached_to = (!own_subject || told_as_intent)
            .then_some(())
            .and(a[head_j].dependency)
            .and_then(|d| {
                (matches!(d.deprel, "conj" | "advcl" | "xcomp" | "ccomp") || means)
                    .then_some(d.head)
                    .flatten()
                    .filter(|_| d.deprel != "ccomp" || told_as_intent)
            });
        // "held a consultation meeting with": a noun whose own modifier
        // ends an earlier trigger over it is that trigger's act.
        let compounded = |i: usize| {
            let (lo, hi) = events[i].trigger_tokens;
            (lo..=hi).any(|k| {
                a[k].dependency
                    .is_some_and(|d| d.deprel == "compound" && d.head == Some(head_j))
            }) && a[head_j].dependency.and_then(|d| d.head)
                == Some(trigger_head(a, events[i].trigger_tokens))
        };
        let same_kind = |i: usize| {
            events[i].plover.is_some()
                && events[i].plover == events[j].plover
                && events[i].modality == events[j].modality
        };
        // ... unless it names another target ("Iraqis killed in a bomb
        // attack on U.S. troops": two acts).
        let compatible = |i: usize| {
            let host = &events[i];
            let host_has_country =
                |c: &Option<String>| host.recipients.iter().any(|h| h.actor.country == *c);
            // A party of the act's own on/against phrase that the host
            // neither names nor shares a country with.
            let other_target = |am: &ActorMention| {
                in_target_phrase(a, head_j, am)
                    && !host
                        .actors
                        .iter()
                        .chain(&host.recipients)
                        .any(|p| p.span.overlaps(am.span))
                    && !host_has_country(&am.actor.country)
            };
            !means
                || (events[j]
                    .recipients
                    .iter()
                    .all(|r| host_has_country(&r.actor.country))
                    && !actors.iter().any(other_target))
        };
        let host = attached_to
            .and_then(|h| {
                (0..j).find(|&i| {
                    same_kind(i) && trigger_head(a, events[i].trigger_tokens) == h && compatible(i)
                })
            })
            .or_else(|| (0..j).find(|&i| same_kind(i) && compounded(i)));
        let Some(i) = host else {
            j += 1;
            continue;
        };
        let later = events.remove(j);
        let earlier = &mut events[i];
        // An empty side takes the later event's parties of that side, but
        // none of the countries on the other side.
        let fill = |side: &mut Vec<Party>, from: Vec<Party>, other: &[Party]| {
            if side.is_empty() {
                *side = from
                    .into_iter()
                    .filter(|p| !other.iter().any(|o| o.actor.country == p.actor.country))
                    .collect();
            }
        };
        if !earlier.symmetric {
            fill(&mut earlier.recipients, later.recipients, &earlier.actors);
        }
        fill(&mut earlier.actors, later.actors, &earlier.recipients);
        if let Some(t) = traces
            .iter_mut()
            .rev()
            .find(|t| t.trigger == later.trigger && t.outcome == Outcome::Event)
        {
            t.outcome = Outcome::PartOf(earlier.rule.clone());
        }
    }
}

/// True when "warn" at `w` governs a clause (its `ccomp`) that forecasts
/// rather than threatens: a clause with could, may or might, or one that
/// states no will (will, would, shall) and whose subject is not a personal
/// pronoun standing for the warner ("warned that growth could slow",
/// "warned his nomination was in trouble"; but "warned it would retaliate"
/// and "warned that police will no longer tolerate rallies" are threats).
/// Without such a clause, false.
fn warns_of_a_forecast(a: &[TokenAnalysis], w: usize, actors: &[ActorMention]) -> bool {
    let child = |head: usize, rel: &str| {
        a.iter().position(|t| {
            t.dependency
                .is_some_and(|d| d.head == Some(head) && d.deprel.split(':').next() == Some(rel))
        })
    };
    // "warned that X", or with the report first and the warning last: "X,
    // a committee warned." (the parse hangs the warning on that clause).
    let reported_before = a[w].dependency.and_then(|d| d.head).filter(|&h| {
        h < w
            && a[w + 1..]
                .iter()
                .all(|t| t.class == parley_syntax::WordClass::Punct)
    });
    // "is warning that a virus is being spread", parsed as a noun with its
    // content clause: the same warning of what may happen.
    let content = child(w, "acl").filter(|&c| marked_by(a, c, "that", "mark"));
    let Some(clause) = child(w, "ccomp").or(content).or(reported_before) else {
        return false;
    };
    let aux = |words: &[&str]| {
        a.iter().any(|t| {
            t.dependency
                .is_some_and(|d| d.head == Some(clause) && d.deprel == "aux")
                && words.contains(&t.lower.as_str())
        })
    };
    let possible = aux(&["could", "may", "might"]);
    let will = aux(&["will", "would", "shall", "'ll", "wo"]);
    let subject = child(clause, "nsubj");
    let own_act = subject.is_some_and(|s| {
        matches!(
            a[s].lower.as_str(),
            "it" | "they" | "we" | "he" | "she" | "i"
        )
    });
    // What "will" happen is a threat when a party will do it ("warned
    // that Kenya would retaliate"), a forecast when a thing will ("warned
    // that the strong dollar would dampen the economy").
    let thing_acts = subject.is_some_and(|s| {
        !own_act
            && !actors.iter().any(|am| am.tokens.contains(&s))
            && a[s].pos.is_some_and(|p| p.upos == Upos::Noun)
    });
    possible || !(will || own_act) || (will && thing_acts)
}

/// True when the trigger at `first..=last` is "call on|upon" and nothing in
/// the rest of its sentence says what is called for: no "to" + verb, no
/// "for", no "that".
fn courtesy_call(a: &[TokenAnalysis], first: usize, last: usize) -> bool {
    let call = a[first].has_lemma("call") && matches!(a[last].lower.as_str(), "on" | "upon");
    let rest = &a[last + 1..];
    let asks = rest.iter().enumerate().any(|(i, t)| {
        matches!(t.lower.as_str(), "for" | "that")
            || (t.lower == "to"
                && rest
                    .get(i + 1)
                    .is_some_and(|v| v.pos.is_some_and(|p| p.xpos == "VB")))
    });
    call && last == first + 1 && !asks
}

/// Nouns of a body of people or its members, which a participle before them
/// describes ("negotiating team", "investigating magistrates", "ruling
/// party").
const BODY_NOUNS: &[&str] = &[
    "team",
    "magistrate",
    "judge",
    "officer",
    "official",
    "committee",
    "panel",
    "agency",
    "body",
    "party",
    "coalition",
    "force",
    "commission",
    "unit",
    "delegation",
    "delegate",
    "side",
];

/// Nouns of what may happen: an act they govern by "of" has not happened.
const POSSIBILITY_NOUNS: &[&str] = &[
    "fear",
    "prospect",
    "risk",
    "danger",
    "possibility",
    "likelihood",
    "spectre",
    "specter",
    "chance",
    "rumour",
    "rumor",
];

/// Nouns of what someone may do: an act in their infinitive has not been
/// done ("given the chance to donate", "an opportunity to meet").
const OPENING_NOUNS: &[&str] = &[
    "chance",
    "opportunity",
    "possibility",
    "option",
    "right",
    "ability",
    "freedom",
    "permission",
];

/// True when the trigger at `head` is what a noun of possibility is "of"
/// ("fears of fresh clashes", "the prospect of further assaults", "the risk of
/// a strike"), or the infinitive of a noun of opportunity ("the chance to
/// donate"), by the parse.
fn only_possible(a: &[TokenAnalysis], head: usize) -> bool {
    let under = |deprel: &str, nouns: &[&str], word: &str, word_rel: &str| {
        a[head].dependency.is_some_and(|d| {
            d.deprel == deprel
                && d.head
                    .is_some_and(|n| nouns.iter().any(|p| a[n].has_lemma(p)))
        }) && marked_by(a, head, word, word_rel)
    };
    under("nmod", POSSIBILITY_NOUNS, "of", "case")
        || under("acl", OPENING_NOUNS, "to", "mark")
        || possible_clause(a, head)
}

/// True when the trigger at `head` is in a gerund clause that a noun of
/// possibility is "of" ("the fear of checking staff being attacked by
/// mobs", "the danger of Kenyan troops attacking the town"): up the
/// clause's own links (`acl`, `xcomp`) to the noun, whose next word is "of".
fn possible_clause(a: &[TokenAnalysis], head: usize) -> bool {
    let mut n = head;
    for _ in 0..3 {
        let Some((deprel, h)) = a[n].dependency.and_then(|d| Some((d.deprel, d.head?))) else {
            return false;
        };
        if !matches!(deprel, "acl" | "xcomp") || h >= n {
            return false;
        }
        if POSSIBILITY_NOUNS.iter().any(|p| a[h].has_lemma(p))
            && a.get(h + 1).is_some_and(|t| t.lower == "of")
            && !a[h..head]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "," | ";"))
        {
            return true;
        }
        n = h;
    }
    false
}

/// True when the parse gives the word at `node` the function word `word`
/// in relation `deprel` ("to" as `mark` of an infinitive, "of" as `case`).
fn marked_by(a: &[TokenAnalysis], node: usize, word: &str, deprel: &str) -> bool {
    a.iter().any(|t| {
        t.lower == word
            && t.dependency
                .is_some_and(|d| d.head == Some(node) && d.deprel == deprel)
    })
}

/// True when the parse makes the trigger at `head` the object of a verb of
/// prevention ("forestall more violence", "averted a strike").
fn prevented(a: &[TokenAnalysis], head: usize) -> bool {
    a[head].dependency.is_some_and(|d| {
        d.deprel == "obj"
            && d.head.is_some_and(|v| {
                [
                    "prevent",
                    "forestall",
                    "avert",
                    "avoid",
                    "preempt",
                    "pre-empt",
                    "thwart",
                    "foil",
                ]
                .iter()
                .any(|p| a[v].has_lemma(p))
            })
    })
}

/// True when a question word follows the trigger ending at `last` within
/// four words, before any infinitive: "asked whether", "asked him what",
/// "asked about" (but "asked them to explain what" is a request).
fn asks_a_question(a: &[TokenAnalysis], last: usize) -> bool {
    (last + 1..a.len().min(last + 5))
        .take_while(|&j| a[j].lower != "to")
        .any(|j| {
            matches!(
                a[j].lower.as_str(),
                "what"
                    | "whether"
                    | "if"
                    | "why"
                    | "how"
                    | "when"
                    | "where"
                    | "which"
                    | "who"
                    | "about"
            )
        })
}

/// True when the token at `head` is a common noun that names an act in its
/// own right ("communal violence erupted", "killed in the riots", "the
/// arrest"), not a modifier of another noun ("riot police", "a violence
/// free protest", "a scorched-earth approach"). Such a noun states a
/// protest, coercion or violence even when the text names no one who did it
/// or underwent it: ANNOTATION.md codes those events with unknown parties.
/// A noun at the root of a sentence with no verb at all is most often a
/// verb the tagger missed ("The comedian shot to fame"): it names nothing
/// (a verbless headline, "Riots in Gujarat", is given up with it).
fn names_an_act(a: &[TokenAnalysis], head: usize) -> bool {
    let t = &a[head];
    let Some(dep) = t.dependency else {
        return false;
    };
    let has_verb = a.iter().any(|t| {
        t.pos
            .is_some_and(|p| matches!(p.upos, Upos::Verb | Upos::Aux))
    });
    t.pos.is_some_and(|p| p.upos == Upos::Noun)
        && !matches!(dep.deprel, "compound" | "amod")
        && (dep.head.is_some() || has_verb)
}

/// One act told twice in a sentence is one event: an event without parties
/// ("a roadside bombing killed one soldier", "wounded two soldiers in a bomb
/// attack") gives way to another event of the same category in the sentence,
/// which is the same act told with its parties (or, when neither has any,
/// to the first).
fn merge_unattributed(events: &mut Vec<CodedEvent>, traces: &mut [MatchTrace]) {
    let partyless = |e: &CodedEvent| e.actors.is_empty() && e.recipients.is_empty();
    let mut j = 0;
    while j < events.len() {
        let host = (0..events.len()).find(|&i| {
            i != j
                && partyless(&events[j])
                && events[i].plover.is_some()
                && events[i].plover == events[j].plover
                && (!partyless(&events[i]) || i < j)
        });
        let Some(i) = host else {
            j += 1;
            continue;
        };
        let rule = events[i].rule.clone();
        let gone = events.remove(j);
        if let Some(t) = traces
            .iter_mut()
            .rev()
            .find(|t| t.trigger == gone.trigger && t.outcome == Outcome::Event)
        {
            t.outcome = Outcome::PartOf(rule);
        }
    }
}

fn same_event(x: &CodedEvent, y: &CodedEvent) -> bool {
    let kind = |e: &CodedEvent| e.plover.clone().unwrap_or_else(|| e.cameo[..2].to_string());
    // A future act PLOVER codes as an intention may turn out scheduled: it is
    // not the same as an intention stated outright.
    if kind(x) != kind(y) || x.future_reduced != y.future_reduced {
        return false;
    }
    let (xa, xr) = party_codes(x);
    let (ya, yr) = party_codes(y);
    if x.symmetric || y.symmetric {
        let mut ux: Vec<String> = xa.into_iter().chain(xr).collect();
        let mut uy: Vec<String> = ya.into_iter().chain(yr).collect();
        ux.sort();
        ux.dedup();
        uy.sort();
        uy.dedup();
        ux == uy
    } else {
        xa == ya && xr == yr
    }
}

fn remember(d: &mut Discourse, sentence: usize, e: &CodedEvent) {
    let p = d.paragraph;
    if !e.actors.is_empty() {
        d.sentence_agent = Some((sentence, e.actors.clone()));
        if e.plover.as_deref() == Some("CONSULT") && e.recipients.is_empty() {
            d.sentence_meeting = Some((sentence, e.actors.clone()));
        }
    }
    if let [one] = &e.actors[..] {
        if is_body(&one.actor) {
            d.last_body = Some((p, sentence, one.clone()));
        }
    }
    if e.actors.len() == 1 {
        d.last_singular = Some((p, sentence, e.actors[0].clone()));
    } else if e.symmetric {
        if let Some(first) = e.actors.first() {
            d.last_singular = Some((p, sentence, first.clone()));
        }
    }
    let all: Vec<Party> = e.actors.iter().chain(&e.recipients).cloned().collect();
    if all.len() >= 2 {
        d.last_parties = Some((p, sentence, all.clone()));
    }
    if !e.recipients.is_empty() {
        d.last_partner = Some((p, sentence, e.recipients.clone()));
    } else if e.symmetric && e.actors.len() >= 2 {
        d.last_partner = Some((p, sentence, e.actors[1..].to_vec()));
    }
    if e.symmetric && all.len() >= 2 {
        d.last_exchange = Some((p, sentence, all));
    }
}

/// A document after every analysis stage.
#[derive(Debug, Clone)]
pub struct AnalysedDocument {
    /// Tokens and sentences.
    pub segmentation: Segmentation,
    /// Per sentence: token analyses.
    pub analyses: Vec<Vec<TokenAnalysis>>,
    /// Per sentence: mentions.
    pub mentions: Vec<SentenceMentions>,
    /// Per sentence: temporal expressions.
    pub times: Vec<Vec<TimeMention>>,
    /// Place mentions resolved to the gazetteer, in text order.
    pub places: Vec<ResolvedPlace>,
    /// All events, in text order (including negated and hypothetical ones).
    pub events: Vec<CodedEvent>,
    /// Every pattern match and what became of it, in sentence order.
    pub traces: Vec<MatchTrace>,
    /// What was odd about the text (the analysis went on regardless).
    pub diagnostics: Vec<Diagnostic>,
}

/// A note about messy input: where it is and what parley did about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where in the text.
    pub span: Span,
    /// What happened.
    pub message: String,
}

/// Nouns of settlements and areas: "the city of Kharkiv" names a place.
const SETTLEMENTS: &[&str] = &[
    "city", "town", "village", "capital", "region", "province", "district", "port", "area",
];

/// The document's country: its dateline's, else the one most of its
/// places are in (the first of those in a tie), not whatever place comes
/// first ("Human Rights" read as Uman, Ukraine, in a British report).
fn document_country(analyses: &[Vec<TokenAnalysis>], places: &[ResolvedPlace]) -> Option<String> {
    let gaz = Gazetteer::embedded();
    let country_of = |id: u32| Some(gaz.place(id).country.clone()).filter(|c| c.len() == 3);
    let mut counts: Vec<(String, usize)> = Vec::new();
    for c in places.iter().filter_map(|p| country_of(p.place)) {
        match counts.iter_mut().find(|(k, _)| *k == c) {
            Some((_, n)) => *n += 1,
            None => counts.push((c, 1)),
        }
    }
    let most = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let majority = counts.into_iter().find(|(_, n)| *n == most).map(|(c, _)| c);
    // A dateline ("hyderabad: the assembly …" after a feed's "This story
    // is from March 17, 2002", "NAIROBI, May 3 -") says where the article
    // is from, whatever other words the gazetteer also reads as places
    // ("mim", a party, read five times as a town in Ghana).
    let dateline = places
        .iter()
        .find(|p| {
            let next = analyses
                .get(p.sentence)
                .and_then(|a| a.get(p.tokens.end))
                .map(|t| t.lower.as_str());
            p.sentence <= 1 && p.tokens.start == 0 && matches!(next, Some(":" | "," | "(" | "-"))
        })
        .and_then(|p| country_of(p.place));
    dateline.or(majority)
}

/// Gives the parties that are only a role ("police", "the state
/// government", "protesters": a sector, no country, no person or
/// organisation) the country of where the event happened, else of the
/// document's first place (its dateline, usually): domestic actors act at
/// home. Groups only the learned recogniser found ([`Actor::recognised`])
/// take it too, and names it found take the document's country: a name an
/// article does not introduce as foreign is usually local (ANNOTATION.md:
/// domestic actors get their country). The mention finder gives them no country from the
/// sentence's state actors ("Tamsin Okafor criticised the government of
/// Peru" says nothing of Okafor's country). Known people and organisations
/// keep their own. The mention finder has already used the countries named in the
/// text; this uses the places resolved in the gazetteer, which it cannot
/// see. Marked inferred.
fn place_parties(
    analyses: &[Vec<TokenAnalysis>],
    places: &[ResolvedPlace],
    events: &mut [CodedEvent],
) {
    let gaz = Gazetteer::embedded();
    let country_of = |id: u32| Some(gaz.place(id).country.clone()).filter(|c| c.len() == 3);
    let home = document_country(analyses, places);
    for e in events.iter_mut() {
        // "will visit Auschwitz", "visited Gujarat": a visit to a place is a
        // visit to its country, the unnamed recipient.
        let visit = e.cameo == "042" || e.reduced_from.as_deref() == Some("042");
        if visit && e.recipients.is_empty() && !e.symmetric {
            let after = e.trigger_tokens.1;
            let visited = places.iter().find(|p| {
                p.sentence == e.sentence && p.tokens.start > after && p.tokens.start <= after + 3
            });
            // Else, with no place of its own, where it is placed, else the
            // article's country ("the prince, who is here on an official
            // visit" under a Washington dateline).
            let host = visited
                .and_then(|p| country_of(p.place))
                .or_else(|| e.location.as_ref().and_then(|l| country_of(l.place)))
                .or_else(|| home.clone());
            if let Some(c) = host {
                e.recipients = vec![implicit_party(e.trigger, &c, None)];
            }
        }
        let Some(country) = e
            .location
            .as_ref()
            .and_then(|l| country_of(l.place))
            .or_else(|| home.clone())
        else {
            continue;
        };
        if e.actors.iter().chain(&e.recipients).all(|p| p.implicit) {
            // "Communal violence erupted in Ahmedabad", "the arrest of two
            // activists": no party is named by words; the sides missing are
            // unnamed parties of the country where it happened, inferred
            // (their span is the trigger's); a protest is aimed at that
            // country's government.
            let target_sector = (e.plover.as_deref() == Some("PROTEST")).then_some("GOV");
            let implicit = |sector| implicit_party(e.trigger, &country, sector);
            if e.actors.is_empty() {
                e.actors = vec![implicit(None)];
            }
            if e.recipients.is_empty() && !e.symmetric {
                e.recipients = vec![implicit(target_sector)];
            }
        }
        for party in e.actors.iter_mut().chain(e.recipients.iter_mut()) {
            let a = &mut party.actor;
            let named = a.person.is_some() || a.organisation.is_some();
            if a.country.is_none()
                && (!named || a.recognised || a.discovered)
                && (!a.sectors.is_empty() || a.recognised)
            {
                // An unknown name (or one known only by its title, "home
                // minister T Devender Goud") is of the article's country,
                // not of where the event is placed: "Tamsin Okafor accused
                // the government of Peru" is placed in Peru.
                let Some(c) = (if named {
                    home.clone()
                } else {
                    Some(country.clone())
                }) else {
                    continue;
                };
                a.country = Some(c);
                a.country_inferred = true;
                a.recode();
            }
        }
        // A protest whose protesters' country is known only now ("the
        // opposition Congress members staged a walk-out", in an Indian
        // story) is aimed at that country's government, as any protest
        // without a named target.
        if e.cameo.starts_with("14") && e.recipients.is_empty() && !e.symmetric {
            e.recipients.extend(own_government(&e.actors, e.trigger));
        }
    }
}

/// Nouns of what lies between states, pacts and diplomatic posts: an act on
/// one is not done at home.
const BETWEEN_STATES: &[&str] = &[
    "treaty",
    "treaties",
    "ceasefire",
    "ceasefires",
    "cease-fire",
    "cease-fires",
    "truce",
    "truces",
    "armistice",
    "armistices",
    "pact",
    "pacts",
    "accord",
    "accords",
    "embassy",
    "embassies",
    "consulate",
    "consulates",
];

/// How many sentences back an actor's counterpart is still the one an act
/// without a named recipient is aimed at: a few paragraphs of a story
/// about one dyad ("The US has asked the WTO to investigate EU tariffs.
/// … The US said it filed the complaint after talks failed").
const COUNTERPART_SENTENCES: usize = 4;

/// Which side of an event [`unnamed_party`] finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Actor,
    Recipient,
}

impl Side {
    /// Of an event's actors and recipients: (the named side, this side).
    fn split<T>(self, actors: T, recipients: T) -> (T, T) {
        match self {
            Side::Recipient => (actors, recipients),
            Side::Actor => (recipients, actors),
        }
    }
}

/// An act whose recipient the text does not name, or names only by words
/// of no known country, is aimed at its actor's counterpart: the other
/// side of the latest earlier act of the same party ([`same_party`]) within
/// [`COUNTERPART_SENTENCES`] whose other side the text named, when that
/// was one other country or body ("met New Zealand's defence minister. He
/// called for an early agreement": at New Zealand; "The US has asked the
/// WTO to investigate … The US said it filed the complaint": at the WTO).
/// With no such act (or when that act was domestic or among several), and
/// never from the parties this itself adds, it is aimed within
/// the actor's own country ("called for an inquiry", "criticised the
/// bill", "police arrested 20 people"): a demand or criticism at its
/// authorities, arrests at its people. ANNOTATION.md codes domestic actors
/// by their country, so such an event is X -> X, as PLOVER codes an
/// untargeted protest. The same holds the other way round for an act other
/// than violence (ASSAULT) done to a party of a state by no one the text
/// names ("police have been asked to remain vigilant", "opposition leaders
/// were arrested", "accusing the state government of …" by a group no
/// dictionary knows): by the recipient's counterpart, else by a party of
/// its own state; violence whose doer no one names stays unattributable.
///
/// Either way only when the named side names one state (an international
/// body's or a company's unnamed counterpart could be anyone), not for
/// acts that need no recipient (mobilising, retreating, protesting: the
/// protest has its own rule). The domestic reading further needs a party
/// of the state to be named (a body, a role, a person: not the state named
/// as such, "Israel rejected calls for a ceasefire"), the act not to be on
/// what lies between states ([`BETWEEN_STATES`]: "ratified the treaty",
/// "reopened its embassy") nor done abroad by definition (visits made or
/// hosted, 042, 043; sending peacekeepers, 074; expelling, 174), and the
/// event not to be placed in
/// another country (where the story is reported from does not count).
///
/// Reads `events` as the text and the rules named their parties, so a
/// party it gives is never a counterpart for a later act: it returns the
/// country of the party event `index` lacks on side `missing`, and the
/// caller adds them all afterwards (an implicit party, its span the
/// trigger's; unknown named words keep their span and take the country,
/// marked inferred).
fn unnamed_party(text: &str, events: &[CodedEvent], index: usize, missing: Side) -> Option<String> {
    let (before, e) = (&events[..index], &events[index]);
    let unknown = |p: &Party| p.actor.country.as_deref().is_none_or(|c| c == "---");
    let (named, to_find) = missing.split(&e.actors, &e.recipients);
    let excluded = missing == Side::Actor && e.plover.as_deref() == Some("ASSAULT");
    if e.symmetric
        || excluded
        || !to_find.iter().all(unknown)
        || matches!(
            e.plover.as_deref(),
            None | Some("MOBILIZE" | "RETREAT" | "PROTEST")
        )
    {
        return None;
    }
    let state = one_state(named)?;
    let codes: Vec<&str> = named.iter().map(|p| p.actor.code.as_str()).collect();
    let counterpart = before
        .iter()
        .rev()
        .take_while(|f| f.sentence + COUNTERPART_SENTENCES >= e.sentence)
        .filter(|f| f.is_reported())
        .find_map(|f| {
            let (f_named, f_other) = missing.split(&f.actors, &f.recipients);
            let same = |ps: &[Party]| {
                ps.iter()
                    .any(|p| codes.iter().any(|c| same_party(c, &p.actor.code)))
            };
            let here = if f.symmetric {
                same(f_named) || same(f_other)
            } else {
                same(f_named)
            };
            if !here {
                return None;
            }
            // The latest act of the party with a known other side decides:
            // one other country or body, else none (at home, or several).
            let parties = f_other.iter().chain(f_named.iter().filter(|_| f.symmetric));
            let mut others: Vec<&str> = parties
                .filter_map(|p| p.actor.country.as_deref())
                .filter(|c| c.len() == 3 && *c != "---" && !(f.symmetric && *c == state))
                .collect();
            others.sort_unstable();
            others.dedup();
            match others[..] {
                [] => None,
                [other] if other != state => Some(Some(other)),
                _ => Some(None),
            }
        })
        .flatten();
    match counterpart {
        Some(other) => Some(other.to_string()),
        None => domestic(text, e, named, state).then(|| state.to_string()),
    }
}

/// Whether an act of (or on) `named`, parties of `state`, with no
/// counterpart is one at home (see [`unnamed_party`]).
fn domestic(text: &str, e: &CodedEvent, named: &[Party], state: &str) -> bool {
    // A state named as such ("Israel rejected calls for a ceasefire",
    // "Poland requested more time") acts in international affairs: its
    // unnamed counterpart is abroad, not at home.
    let party_of_state = named.iter().any(|p| {
        let a = &p.actor;
        !a.sectors.is_empty() || a.person.is_some() || a.organisation.is_some()
    });
    // Nor are visits made or hosted (042, 043), peacekeepers sent (074) or
    // people expelled (174) at home.
    let abroad = ["042", "043", "074", "174"].iter().any(|c| {
        e.cameo.starts_with(c) || e.reduced_from.as_deref().is_some_and(|r| r.starts_with(c))
    });
    if !party_of_state || abroad {
        return false;
    }
    // Nor is an act on what lies between states ("ratified the treaty",
    // "violated the ceasefire", "reopened its embassy").
    let between = std::iter::once(e.trigger)
        .chain(
            e.actors
                .iter()
                .chain(&e.recipients)
                .filter(|p| !p.implicit)
                .map(|p| p.span),
        )
        .filter_map(|span| text.get(span.range()))
        .flat_map(str::split_whitespace)
        .any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            BETWEEN_STATES.iter().any(|p| p.eq_ignore_ascii_case(w))
        });
    if between {
        return false;
    }
    // Nor one placed in another country. (Where the story is reported
    // from says nothing: "PARIS - The Kenyan opposition called for an
    // inquiry" is aimed at Kenya's government.)
    let gaz = Gazetteer::embedded();
    e.location
        .as_ref()
        .filter(|l| l.source != LocationSource::Dateline)
        .map(|l| gaz.place(l.place).country.as_str())
        .is_none_or(|c| c.len() != 3 || c == state)
}

/// Whether two actor codes are one party for [`unnamed_party`]'s
/// counterparts: the same code, or a state and its government or forces,
/// which act as one abroad ("The United States …", "Washington said …":
/// USA, USAGOV); not a state and its opposition or people. Narrower than
/// the linker's `same_party` (crates/link), for which a state and any of its
/// parties (RUS, RUSOPP) may report one event.
fn same_party(a: &str, b: &str) -> bool {
    let organ = |c: &str| {
        let sector = c.get(3..).unwrap_or_default();
        sector.is_empty() || sector.starts_with("GOV") || sector.starts_with("MIL")
    };
    a == b || (a.get(..3) == b.get(..3) && organ(a) && organ(b))
}

/// An unnamed party of `country` (and `sector`), inferred: its span is the
/// act's (`span`, its trigger's or a protest's words).
fn implicit_party(span: Span, country: &str, sector: Option<&str>) -> Party {
    Party {
        implicit: true,
        ..plain_party(span, Some(country), sector, true)
    }
}

/// The one state the parties name, if they name exactly one and no
/// international body, group or company.
fn one_state(parties: &[Party]) -> Option<&str> {
    let mut countries = parties
        .iter()
        .filter_map(|p| p.actor.country.as_deref())
        .filter(|c| *c != "---");
    let state = countries.next()?;
    (countries.all(|c| c == state) && parley_mentions::is_state_code(state)).then_some(state)
}

/// Whether token `j` is a noun that makes a place before it its modifier
/// ("Bethnal Green academy"; a name word makes it part of a longer name,
/// "Kabul University"), not a day or month ("in Moscow Monday").
fn noun_at(a: &[TokenAnalysis], j: usize) -> bool {
    a.get(j).is_some_and(|t| {
        t.pos
            .is_some_and(|pos| matches!(pos.upos, Upos::Noun | Upos::Propn))
            && !parley_time::is_day_or_month(&t.lower)
    })
}

/// The place an act on a territory is done to stands for its people: "imposed
/// a curfew in Kashmir", "declared a ceasefire in Yemen", "sent aid to
/// Haiti", "withdraw its troops from Abyei", "air strikes in the northern Gaza
/// Strip". An event of such a kind (aid, yielding, mobilisation, reducing
/// relations, coercion, violence; or an intent to do one of these) with no
/// recipient after every other rule takes as recipient the place its own
/// phrase names after a preposition of place or as the verb's object: the
/// first after the trigger, else one the parse attaches to the trigger's
/// head. Not a place a party's words hold, nor one modifying a noun ("Kabul
/// University"); a possessive counts ("in Rwanda's Southern Province").
/// Verbal acts, meetings and protests keep their own conventions.
fn locus_recipients(
    text: &str,
    analyses: &[Vec<TokenAnalysis>],
    phrases: &[Vec<usize>],
    places: &[ResolvedPlace],
    events: &mut [CodedEvent],
) {
    let gaz = Gazetteer::embedded();
    for (e, phrase) in events.iter_mut().zip(phrases) {
        // "sent troops to the UN peacekeeping force in South Sudan": a
        // peacekeeping force or mission is the means of the act, the
        // territory it keeps the peace in is what the act is done to.
        // (Also when the party's words only name the force's organisation:
        // "United Nations peacekeeping operations in Syria".)
        let mut peacekeeping = !e.recipients.is_empty()
            && e.recipients.iter().all(|r| {
                // (The next few words only, not the rest of the document.)
                let after: String = text
                    .get(r.span.end..)
                    .unwrap_or_default()
                    .trim_start()
                    .chars()
                    .take(24)
                    .collect::<String>()
                    .to_lowercase();
                !r.implicit
                    && text.get(r.span.range()).is_some_and(|w| {
                        let w = w.to_lowercase();
                        ["force", "mission", "operation"].iter().any(|n| {
                            w.contains(&format!("peacekeeping {n}"))
                                || after.starts_with(&format!("peacekeeping {n}"))
                        })
                    })
            });
        if (!e.recipients.is_empty() && !peacekeeping) || e.symmetric {
            continue;
        }
        let territorial = done_to_territory(e.reduced_from.as_deref().unwrap_or(&e.cameo));
        if !territorial && !peacekeeping {
            continue;
        }
        let Some(a) = analyses.get(e.sentence) else {
            continue;
        };
        let (first, last) = e.trigger_tokens;
        let head = trigger_head(a, e.trigger_tokens);
        let party_words: Vec<Span> = e.actors.iter().map(|p| p.span).collect();
        let in_party_words = |span: Span| party_words.iter().any(|s| s.overlaps(span));
        let lo = places.partition_point(|p| p.sentence < e.sentence);
        let hi = places.partition_point(|p| p.sentence <= e.sentence);
        let qualifies = |p: &&ResolvedPlace| {
            // "in parts of Kashmir", "across much of the north of Syria":
            // the preposition of the part the place is of.
            // Adjectives of the part too: "in parts of the western city of
            // Ahmedabad", "in the northern province of Alta Verapaz".
            let describes = |j: usize| {
                a[j].pos.is_some_and(|p| p.upos == Upos::Adj)
                    || matches!(
                        a[j].lower.as_str(),
                        "central" | "northern" | "southern" | "eastern" | "western"
                    )
            };
            let mut k = p.tokens.start;
            while k >= 1 && describes(k - 1) {
                k -= 1;
            }
            while k >= 2
                && matches!(a[k - 1].lower.as_str(), "of" | "the")
                && (a[k - 1].lower == "the" || parley_mentions::is_place_head(&a[k - 2].lower))
            {
                k -= if a[k - 1].lower == "the" { 1 } else { 2 };
                while k >= 1 && describes(k - 1) {
                    k -= 1;
                }
                if k >= 1 && matches!(a[k - 1].lower.as_str(), "the" | "some" | "several") {
                    k -= 1;
                }
            }
            let before = k.checked_sub(1).map(|j| a[j].lower.as_str());
            let preposition = matches!(
                before,
                Some(
                    "in" | "on"
                        | "to"
                        | "into"
                        | "from"
                        | "across"
                        | "throughout"
                        | "at"
                        | "near"
                        | "inside"
                        | "over"
                        | "against"
                )
            );
            // "the occupation of Iraq", "the siege of Sarajevo": a noun of
            // an act takes its territory in its "of" phrase.
            let nominal_of = before == Some("of")
                && a[head].pos.is_some_and(|p| p.upos == Upos::Noun)
                && k == head + 2;
            let preposition = preposition || nominal_of;
            let modifier = noun_at(a, p.tokens.end);
            let attached = p.tokens.clone().any(|t| {
                a[t].dependency.is_some_and(|d| {
                    d.head
                        .is_some_and(|h| h == head || (first..=last).contains(&h))
                        && (d.deprel == "obj" || d.deprel.starts_with("obl"))
                })
            });
            let own_phrase = p.tokens.clone().any(|t| phrase.binary_search(&t).is_ok());
            // "gave 50 million euros to promote development in Ethiopia",
            // "sent troops to distribute supplies in Somalia": the place of
            // the act's own purpose.
            let purpose = p.tokens.clone().any(|t| in_purpose_of(a, t, head));
            let object_of_purpose = p.tokens.clone().any(|t| {
                a[t].dependency.is_some_and(|d| {
                    d.deprel == "obj"
                        && d.head.is_some_and(|h| {
                            a[h].pos.is_some_and(|p| p.upos == Upos::Verb)
                                && marked_by(a, h, "to", "mark")
                        })
                })
            });
            !in_party_words(p.span)
                && !modifier
                && (attached
                    || ((own_phrase || purpose) && preposition && p.tokens.start > last)
                    // "aid to help Haiti cope": the purpose's own object.
                    || (purpose && p.tokens.start > last && object_of_purpose))
                && gaz.place(p.place).country.len() == 3
        };
        let sentence = &places[lo..hi];
        let candidates: Vec<usize> = (0..sentence.len())
            .filter(|&k| qualifies(&&sentence[k]))
            .collect();
        let chosen = candidates
            .iter()
            .find(|&&k| sentence[k].tokens.start > last)
            .or_else(|| candidates.first());
        if let Some(&k) = chosen {
            // "peacekeeping operations in Afghanistan and Iraq": each
            // country of the places joined to it.
            let ranges: Vec<std::ops::Range<usize>> =
                sentence.iter().map(|q| q.tokens.clone()).collect();
            for j in conjunct_places(a, &ranges, k) {
                let q = &sentence[j];
                let country = gaz.place(q.place).country.clone();
                if peacekeeping {
                    e.recipients.clear();
                    peacekeeping = false;
                }
                if country.len() != 3
                    || in_party_words(q.span)
                    || e.recipients
                        .iter()
                        .any(|r| r.actor.country.as_deref() == Some(country.as_str()))
                {
                    continue;
                }
                e.recipients
                    .push(plain_party(q.span, Some(&country), None, true));
            }
        }
    }
}

/// True when the parse hangs the word at `at` below `head` through nominal
/// relations and at most two infinitives of purpose ("gave aid *to help*
/// victims in Haiti", "sent troops *to distribute* supplies in Somalia"),
/// not through any other clause (a reported clause, a relative clause, a
/// clause of its own subject). False without a parse.
fn in_purpose_of(a: &[TokenAnalysis], at: usize, head: usize) -> bool {
    let infinitive = |v: usize| {
        a.iter().any(|t| {
            t.lower == "to"
                && t.dependency
                    .is_some_and(|d| d.head == Some(v) && d.deprel == "mark")
        }) && !a.iter().any(|t| {
            t.dependency
                .is_some_and(|d| d.head == Some(v) && d.deprel.starts_with("nsubj"))
        })
    };
    let mut node = at;
    let mut clauses = 0;
    for _ in 0..12 {
        let Some(dep) = a.get(node).and_then(|t| t.dependency) else {
            return false;
        };
        let base = dep.deprel.split(':').next().unwrap_or(dep.deprel);
        match base {
            "xcomp" | "advcl" if infinitive(node) && clauses < 2 => clauses += 1,
            "obj" | "obl" | "nmod" | "iobj" | "compound" | "amod" | "flat" | "appos" | "nummod" => {
            }
            // Joined nouns, not joined clauses.
            "conj"
                if a[node]
                    .pos
                    .is_some_and(|p| !matches!(p.upos, Upos::Verb | Upos::Aux)) => {}
            _ => return false,
        }
        match dep.head {
            Some(h) if h == head => return clauses > 0,
            Some(h) => node = h,
            None => return false,
        }
    }
    false
}

/// Locates every event (DESIGN.md §14): a place in its own phrase, else, for
/// a meeting, the venue of the document's first located meeting, else the
/// dateline's city, else nowhere.
fn locate_events(
    analyses: &[Vec<TokenAnalysis>],
    times: &[Vec<TimeMention>],
    phrases: &[Vec<usize>],
    places: &[ResolvedPlace],
    events: &mut [CodedEvent],
) {
    // The dateline's city: a place in the first sentence before its dateline date.
    let dateline = times
        .first()
        .and_then(|ts| ts.iter().find(|m| m.dateline))
        .and_then(|d| {
            places
                .iter()
                .find(|p| p.sentence == 0 && p.tokens.end <= d.tokens.start)
        });
    // A place where something happens: after a locative preposition, not a
    // possessive ("invest in India's ports") nor a modifier of a common noun
    // ("pupils at Bethnal Green academy").
    let locative = |p: &ResolvedPlace| {
        let a = &analyses[p.sentence];
        let before = p.tokens.start.checked_sub(1).map(|j| a[j].lower.as_str());
        // A following noun ("academy", even when the tagger calls a
        // lower-case word a proper noun), or a possessive.
        let modifier = noun_at(a, p.tokens.end)
            || a.get(p.tokens.end)
                .is_some_and(|t| matches!(t.lower.as_str(), "'s" | "'" | "’s" | "’"));
        let is_locative = |w: Option<&str>| {
            matches!(
                w,
                Some(
                    "in" | "at"
                        | "near"
                        | "outside"
                        | "inside"
                        | "across"
                        | "around"
                        | "throughout"
                )
            )
        };
        // "in the town of Bannu": the settlement's preposition.
        let settlement = before == Some("of")
            && p.tokens.start >= 3
            && SETTLEMENTS.contains(&a[p.tokens.start - 2].lower.as_str())
            && (is_locative(Some(a[p.tokens.start - 3].lower.as_str()))
                || (p.tokens.start >= 4
                    && matches!(a[p.tokens.start - 3].lower.as_str(), "the" | "a")
                    && is_locative(Some(a[p.tokens.start - 4].lower.as_str()))));
        (is_locative(before) || settlement) && !modifier
    };
    let mut venue: Option<EventLocation> = None;
    for (e, phrase) in events.iter_mut().zip(phrases) {
        let Some(a) = analyses.get(e.sentence) else {
            continue;
        };
        // Party words are not the venue ("met the Laotian premier").
        let party_words: Vec<Span> = e
            .actors
            .iter()
            .chain(&e.recipients)
            .map(|p| p.span)
            .collect();
        // The sentence's places (they come in text order).
        let lo = places.partition_point(|p| p.sentence < e.sentence);
        let hi = places.partition_point(|p| p.sentence <= e.sentence);
        let candidates: Vec<&ResolvedPlace> = places[lo..hi]
            .iter()
            .filter(|p| locative(p) && !party_words.iter().any(|s| s.overlaps(p.span)))
            .collect();
        // A verbal act (a statement, an appeal) is located only by a place
        // attached to its own verb ("said in Moscow"), not by one inside
        // what it is about ("urged firms to invest in Kenya").
        let verbal = e.quad % 2 == 1 && e.plover.as_deref() != Some("CONSULT");
        let head = trigger_head(a, e.trigger_tokens);
        // An attack (CAMEO 18–20) happens where it strikes: a place that is
        // the trigger's object ("shelled Kharkiv") or names a settlement
        // that is ("shelled the city of Kharkiv") or that an "in" phrase
        // names ("in the town of Bannu"), unless it is a party. Not a
        // "from" phrase (where an attack came from), and not other material
        // acts ("expelled workers from the region of Tigray").
        let attack = matches!(e.cameo.get(..2), Some("18" | "19" | "20"));
        let in_phrase = |n: usize| {
            a.iter().any(|c| {
                c.dependency
                    .is_some_and(|cd| cd.head == Some(n) && cd.deprel == "case")
                    && matches!(
                        c.lower.as_str(),
                        "in" | "at" | "near" | "inside" | "outside"
                    )
            })
        };
        let struck = attack
            .then(|| {
                places[lo..hi].iter().find(|p| {
                    let not_party = !party_words.iter().any(|s| s.overlaps(p.span));
                    not_party
                        && p.tokens.clone().any(|t| {
                            a[t].dependency.is_some_and(|d| match d.head {
                                Some(h) if h == head => d.deprel == "obj",
                                Some(h) => {
                                    d.deprel.starts_with("nmod")
                                        && SETTLEMENTS.contains(&a[h].lower.as_str())
                                        && a[h].dependency.is_some_and(|hd| {
                                            hd.head == Some(head)
                                                && (hd.deprel == "obj"
                                                    || (hd.deprel.starts_with("obl")
                                                        && in_phrase(h)))
                                        })
                                }
                                None => false,
                            })
                        })
                })
            })
            .flatten();
        let own = struck
            .map(|p| (p, LocationSource::Clause))
            .or_else(|| {
                candidates
                    .iter()
                    .copied()
                    .find(|p| {
                        if verbal {
                            p.tokens
                                .clone()
                                .any(|t| a[t].dependency.is_some_and(|d| d.head == Some(head)))
                        } else {
                            p.tokens.clone().any(|t| phrase.binary_search(&t).is_ok())
                        }
                    })
                    .map(|p| (p, LocationSource::Clause))
            })
            // The sentence's only place, for acts that happen somewhere (a
            // statement's "in India" is usually what it is about): near the
            // trigger, or for a meeting, introduced as a venue ("…, held in
            // Vientiane").
            .or_else(|| match candidates.as_slice() {
                [only] if e.quad % 2 == 0 || e.plover.as_deref() == Some("CONSULT") => {
                    let (first, last) = e.trigger_tokens;
                    // Near, and in the same clause: no clause word between
                    // ("its first assault for months, as ministers gathered
                    // in Brussels").
                    let (lo, hi) = if only.tokens.start > last {
                        (last + 1, only.tokens.start)
                    } else {
                        (only.tokens.end, first)
                    };
                    let same_clause = !(lo..hi).any(|j| {
                        matches!(
                            a[j].lower.as_str(),
                            "as" | "while"
                                | "when"
                                | "after"
                                | "before"
                                | "where"
                                | "which"
                                | "who"
                                | "because"
                                | "since"
                                | "but"
                                | ";"
                                | ":"
                        )
                    });
                    let near = same_clause
                        && (only.tokens.start.abs_diff(last) <= 10
                            || only.tokens.end.abs_diff(first) <= 10);
                    let venue = only.tokens.start >= 2
                        && matches!(
                            a[only.tokens.start - 2].lower.as_str(),
                            "held"
                                | "place"
                                | "convened"
                                | "hosted"
                                | "summit"
                                | "meeting"
                                | "talks"
                                | "conference"
                        );
                    let meeting = e.plover.as_deref() == Some("CONSULT");
                    (near || (meeting && venue)).then_some((*only, LocationSource::Sentence))
                }
                _ => None,
            });
        // The venue stands for the document's meetings that took place,
        // not for those to come.
        let meeting = e.plover.as_deref() == Some("CONSULT")
            && !matches!(e.modality, Modality::Scheduled | Modality::Future);
        e.location = match own {
            Some((p, source)) => {
                let loc = EventLocation {
                    place: p.place,
                    span: p.span,
                    source,
                };
                if meeting && venue.is_none() {
                    venue = Some(EventLocation {
                        source: LocationSource::Venue,
                        ..loc.clone()
                    });
                }
                Some(loc)
            }
            None => venue.clone().filter(|_| meeting).or_else(|| {
                dateline.map(|p| EventLocation {
                    place: p.place,
                    span: p.span,
                    source: LocationSource::Dateline,
                })
            }),
        };
    }
}

/// Days before the document date after which a dated asserted event is
/// historical.
const HISTORICAL_DAYS: i64 = 30;

/// Dates every event (DESIGN.md §13): the date in its own clause, else in its
/// sentence, else the dateline, else the lead's first past date, else the
/// publication date. A future event with a later date of its own is
/// scheduled (and a meeting PLOVER had turned into an intention to meet is a
/// meeting again); an asserted one dated more than [`HISTORICAL_DAYS`] before
/// the document is historical.
fn date_events(
    coder: &Coder<'_>,
    segmentation: &Segmentation,
    times: &[Vec<TimeMention>],
    phrases: &[Vec<usize>],
    doc_date: Option<Date>,
    doc_period: Option<TimePoint>,
    events: &mut [CodedEvent],
) {
    let from_text = |m: &TimeMention, source: DateSource| EventDate {
        value: m.value,
        end: m.end,
        source,
        span: Some(m.span),
    };
    let dateline = times.iter().flatten().find(|m| m.dateline);
    // The lead: the first paragraph's sentences.
    let lead_sentences = segmentation
        .sentences
        .iter()
        .enumerate()
        .take_while(|(i, b)| *i == 0 || !b.starts_paragraph)
        .count();
    let lead = times[..lead_sentences.min(times.len())]
        .iter()
        .flatten()
        .find(|m| {
            m.value.precision <= Precision::Week && doc_date.is_none_or(|d| m.value.date <= d)
        });
    for (e, phrase) in events.iter_mut().zip(phrases) {
        let Some(ts) = times.get(e.sentence) else {
            continue;
        };
        // An asserted event did not happen after the document was written.
        // The dateline dates the document, not a clause.
        let possible = |m: &&TimeMention| {
            !m.dateline
                && (matches!(e.modality, Modality::Future)
                    || e.future_reduced
                    || doc_date.is_none_or(|d| m.value.date <= d))
        };
        let own = ts
            .iter()
            .filter(possible)
            .find(|m| m.tokens.clone().any(|j| phrase.binary_search(&j).is_ok()));
        e.date = own
            .map(|m| from_text(m, DateSource::Clause))
            .or_else(|| {
                ts.iter()
                    .find(possible)
                    .map(|m| from_text(m, DateSource::Sentence))
            })
            .or_else(|| dateline.map(|m| from_text(m, DateSource::Dateline)))
            .or_else(|| lead.map(|m| from_text(m, DateSource::Lead)))
            .or_else(|| {
                // The publication date: a day, or only a month or a year
                // when the feed gives no more.
                doc_period.map(|value| EventDate {
                    value,
                    end: None,
                    source: DateSource::Publication,
                    span: None,
                })
            });
        let (Some(date), Some(doc)) = (&e.date, doc_date) else {
            continue;
        };
        if !matches!(date.source, DateSource::Clause | DateSource::Sentence) {
            continue;
        }
        let future = e.modality == Modality::Future
            || (e.future_reduced && e.modality == Modality::Asserted);
        // Only a date of the event's own clause schedules it ("will provide
        // aid, it said on Monday" is not aid scheduled for Monday).
        if future && date.source == DateSource::Clause && date.value.last_day() > doc {
            if e.future_reduced {
                coder.restore_reduced(e);
            }
            e.modality = Modality::Scheduled;
        } else if e.modality == Modality::Asserted
            && !e.future_reduced
            && (doc - date.end.unwrap_or(date.value).last_day()).get_days() as i64 > HISTORICAL_DAYS
        {
            e.modality = Modality::Historical;
        }
    }
}

/// Runs the whole analysis on one text: segmentation, token analysis,
/// mentions and coding. Total: any text gives a result.
pub fn analyse_document(
    text: &str,
    date: Option<&str>,
    kb: &KnowledgeBase,
    analyser: &dyn Analyser,
    coder: &Coder<'_>,
) -> AnalysedDocument {
    analyse_document_knowing(text, date, kb, analyser, coder, Default::default())
}

/// [`analyse_document`] that also recognises, by their full names, the people
/// discovered in earlier documents of the run (see [`KnownPeople`]).
pub fn analyse_document_knowing(
    text: &str,
    date: Option<&str>,
    kb: &KnowledgeBase,
    analyser: &dyn Analyser,
    coder: &Coder<'_>,
    known: std::sync::Arc<KnownPeople>,
) -> AnalysedDocument {
    // A caseless text is analysed through its recased view: same length,
    // same offsets (see parley_text::Recaser); records read surfaces from
    // the original.
    let view = crate::recase::embedded_recaser().recase(text);
    let caseless = view.is_some();
    let text: &str = view.as_deref().unwrap_or(text);
    let segmentation = segment(text);
    let doc_date = date.and_then(parse_document_date);
    let mut times = Vec::with_capacity(segmentation.sentences.len());
    let mut ctx = DocumentContext::with_known_people(date, known);
    let mut discourse = Discourse::default();
    let mut analyses = Vec::with_capacity(segmentation.sentences.len());
    let mut mentions = Vec::with_capacity(segmentation.sentences.len());
    let mut events = Vec::new();
    let mut traces = Vec::new();
    let mut diagnostics = Vec::new();
    for (i, bounds) in segmentation.sentences.iter().enumerate() {
        if bounds.forced_break {
            diagnostics.push(Diagnostic {
                span: bounds.span,
                message: format!(
                    "sentence {i} has no end punctuation within {} tokens; cut there",
                    parley_text::MAX_SENTENCE_TOKENS
                ),
            });
        }
        let tokens = segmentation.sentence_tokens(i);
        let analysis = analyser.analyse(text, tokens);
        // Unknown names only fill roles: they are looked for where an event may be.
        ctx.recognise_names(coder.has_candidates(&analysis));
        let m = find_mentions(kb, text, tokens, &analysis, &mut ctx);
        let input = SentenceInput {
            text,
            index: i,
            bounds,
            tokens,
            analysis: &analysis,
            mentions: &m,
        };
        events.extend(coder.code_sentence_traced(&input, &mut discourse, &mut traces));
        let words: Vec<&str> = analysis.iter().map(|a| a.lower.as_str()).collect();
        times.push(find_times_in_words(&words, tokens, doc_date, i == 0));
        analyses.push(analysis);
        mentions.push(m);
    }
    if segmentation.sentences.is_empty() {
        diagnostics.push(Diagnostic {
            span: Span::new(0, text.len()),
            message: "no words in the text".into(),
        });
    }
    if caseless {
        diagnostics.push(Diagnostic {
            span: Span::new(0, text.len()),
            message: "the text has no capitals; analysed with capitals restored at sentence \
                      starts and on known names"
                .into(),
        });
    }
    // Each event's own phrase, for its date and its place.
    let phrases: Vec<Vec<usize>> = events
        .iter()
        .map(|e| {
            event_phrase(
                &analyses[e.sentence],
                e.trigger_tokens.0,
                e.trigger_tokens.1,
            )
        })
        .collect();
    // A date may also hang on the trigger's other words ("is due to meet
    // him on Saturday": below "meet", not the head "due").
    let date_phrases: Vec<Vec<usize>> = events
        .iter()
        .zip(&phrases)
        .map(|(e, phrase)| {
            let a = &analyses[e.sentence];
            let (first, last) = e.trigger_tokens;
            (0..a.len())
                .filter(|&j| {
                    phrase.binary_search(&j).is_ok()
                        || (first..=last).any(|t| in_argument_of(a, j, t))
                })
                .collect()
        })
        .collect();
    date_events(
        coder,
        &segmentation,
        &times,
        &date_phrases,
        doc_date,
        date.and_then(read_publication_date),
        &mut events,
    );
    let views = sentence_views(&segmentation, &analyses, &mentions);
    let places = find_places(text, &views, kb, Gazetteer::embedded());
    // A place is never a party: a name the recogniser guessed that the
    // gazetteer reads as a place ("Rebels attacked Goma") leaves the event.
    for e in &mut events {
        let sentence_places: Vec<Span> = places
            .iter()
            .filter(|p| p.sentence == e.sentence)
            .map(|p| p.span)
            .collect();
        let is_place =
            |p: &Party| p.actor.recognised && sentence_places.iter().any(|s| s.overlaps(p.span));
        e.actors.retain(|p| !is_place(p));
        e.recipients.retain(|p| !is_place(p));
        if e.actors.len() + e.recipients.len() < 2 {
            e.symmetric = false;
        }
    }
    locate_events(&analyses, &times, &phrases, &places, &mut events);
    place_parties(&analyses, &places, &mut events);
    locus_recipients(text, &analyses, &phrases, &places, &mut events);
    // An event no words attribute and no place locates is unattributable
    // ("the report said violence was never the answer", "the singer was
    // captured on camera").
    let mut phrases = phrases;
    let mut j = 0;
    while j < events.len() {
        let e = &events[j];
        // So is a visit to no one and nowhere ("inspectors make around
        // 3,000 visits a year to nuclear facilities").
        let visit =
            cameo_is_visit(&e.cameo) || e.reduced_from.as_deref().is_some_and(cameo_is_visit);
        let hostless = visit && e.recipients.is_empty() && e.location.is_none();
        if hostless
            || e.actors
                .iter()
                .chain(&e.recipients)
                .all(|p| p.implicit && p.actor.country.is_none())
        {
            let gone = events.remove(j);
            phrases.remove(j);
            if let Some(t) = traces.iter_mut().find(|t| {
                t.sentence == gone.sentence
                    && t.trigger == gone.trigger
                    && t.outcome == Outcome::Event
            }) {
                t.outcome = Outcome::NoEvent(NoEvent::Unplaced);
            }
        } else {
            j += 1;
        }
    }
    for (e, phrase) in events.iter_mut().zip(&phrases) {
        let a = &analyses[e.sentence];
        let tokens = segmentation.sentence_tokens(e.sentence);
        let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
        // A meeting to come, coded as the intent to meet in a lone sentence
        // (036 reduced from 04), is a meeting too.
        let meeting = e.plover.as_deref() == Some("CONSULT")
            || e.modality == Modality::Scheduled
            || e.reduced_from
                .as_deref()
                .is_some_and(|c| c.starts_with("04"));
        let head = trigger_head(a, e.trigger_tokens);
        e.topic = crate::topic::topic(a, &words, phrase, head, meeting)
            .map(|(lo, hi)| tokens[lo].span.cover(tokens[hi].span));
    }
    // A genre is an article's: a sentence or two is not judged.
    let words = text.split_whitespace().count();
    // A future act in an article is that act, announced (ANNOTATION.md:
    // "announced/scheduled future meetings or acts" are coded as such); the
    // PLOVER manual's rule that made it AGREE or THREATEN is kept for a lone
    // sentence, the way codebook examples are coded.
    if segmentation.sentences.len() >= 2 {
        for e in events
            .iter_mut()
            .filter(|e| e.future_reduced && e.modality == Modality::Asserted)
        {
            coder.restore_reduced(e);
            e.modality = Modality::Future;
        }
        // The same guide files a signed agreement under AGREE ("agree/sign/
        // promise") and repression under COERCE, where the PLOVER manual's
        // table has SUPPORT (057) and ASSAULT (175).
        for e in events.iter_mut() {
            if e.cameo.starts_with("057") {
                e.plover = Some("AGREE".into());
            } else if e.cameo.starts_with("175") {
                e.plover = Some("COERCE".into());
            }
        }
    }
    if let Some(genre) = coder.genre.filter(|_| words >= GENRE_MIN_WORDS) {
        let p = genre.probability(&crate::decide::genre_features(text));
        if p >= genre.threshold {
            let mut dropped = 0;
            for e in events.iter_mut().filter(|e| e.is_reported()) {
                let institutional = e.actors.iter().chain(&e.recipients).any(|p| {
                    // "England travel to Rome": a country or its capital
                    // standing for its government is no political body here.
                    let metonym = p.actor.person.is_none()
                        && p.actor.organisation.is_none()
                        && country_forms().contains(&p.span.text(text).to_lowercase());
                    // A body of a named state ("Kenyan police", "the Greek
                    // court"), not one whose country was guessed from the
                    // article's places ("officials", "the authorities").
                    let named_state = p.actor.country.as_deref().is_some_and(|c| c != "---")
                        && !p.actor.country_inferred;
                    (p.actor
                        .sectors
                        .iter()
                        .any(|s| INSTITUTIONS_OF_POLITICS.contains(&s.as_str()))
                        && !metonym
                        && named_state)
                        || p.actor.country.as_deref() == Some("IGO")
                });
                // A non-governmental body (a federation, a professional or
                // scientific association, a charity) is political here only
                // when it deals with a state ("China has been accused by
                // Reporters Without Borders"), not on its own ("researchers
                // at the AAAS annual meeting").
                let with_state = || {
                    let parties = || e.actors.iter().chain(&e.recipients);
                    parties().any(|p| p.actor.country.as_deref() == Some("NGO"))
                        && parties().any(|p| {
                            p.actor
                                .country
                                .as_deref()
                                .is_some_and(parley_mentions::is_state_code)
                                && !p.actor.country_inferred
                        })
                };
                let institutional = institutional || with_state();
                if !institutional {
                    e.dropped = true;
                    dropped += 1;
                }
            }
            diagnostics.push(Diagnostic {
                span: Span::new(0, text.len()),
                message: format!(
                    "the document reads as sport, entertainment or technology news ({p:.2}): \
                     {dropped} events without a government, police, court, legislature, party or \
                     international body left out"
                ),
            });
        }
    }
    // Trained on news leads, the decision judges articles, not lone sentences.
    if let Some(decider) = coder.decider.filter(|_| words >= GENRE_MIN_WORDS) {
        let view = crate::decide::DocumentView {
            text,
            segmentation: &segmentation,
            analyses: &analyses,
        };
        let shared = view.document_features();
        for e in events.iter_mut().filter(|e| e.is_reported()) {
            let mut features = view.event_features(e);
            features.extend(shared.iter().cloned());
            let p = decider.probability(&features);
            e.decision = Some(p);
            e.dropped = p < decider.threshold;
        }
    }
    // Last, when no rule found a party the act was done to, the words the
    // parse makes its argument ("banned all Pakistani newspapers"): after
    // the confidence and the learned decision, which judge the parties the
    // rules found.
    for e in events.iter_mut() {
        if let Some(span) = e
            .argument
            .filter(|_| e.recipients.is_empty() && !e.symmetric)
            // Not the actor's own words ("Russian soldiers were deployed").
            .filter(|span| !e.actors.iter().any(|p| p.span.overlaps(*span)))
        {
            // An actor the words end on is that actor ("restrictions
            // imposed on former Prime Minister Ehud Olmert").
            let named = mentions.get(e.sentence).and_then(|m| {
                m.actors.iter().find(|am| {
                    span.contains(am.span)
                        && am.span.end == span.end
                        && !am.role_only
                        && !am.actor.recognised
                })
            });
            if let Some(am) = named {
                e.recipients.push(party(am));
            } else {
                let country = mentions.get(e.sentence).and_then(|m| {
                    m.places
                        .iter()
                        .filter(|p| span.contains(p.span))
                        .find_map(|p| p.country.as_deref().filter(|c| c.len() == 3))
                });
                e.recipients
                    .push(plain_party(span, country, None, country.is_some()));
            }
        }
        // And the members of a list the recipient is one of.
        if !e.symmetric {
            if let (Some(a), Some(m)) = (analyses.get(e.sentence), mentions.get(e.sentence)) {
                let tokens = segmentation.sentence_tokens(e.sentence);
                let more = conjunct_parties(text, a, tokens, &m.places, e);
                e.recipients.extend(more);
            }
        }
    }
    // Last of all, an act with still no recipient (or no actor) of known
    // country is aimed at (done by) the named side's counterpart, else a
    // party of the named side's own country. Counterparts are read from
    // the parties as the text and the rules named them, not from the
    // parties this adds.
    let found: Vec<(usize, Side, String)> = (0..events.len())
        .flat_map(|i| [Side::Recipient, Side::Actor].map(|side| (i, side)))
        .filter_map(|(i, side)| Some((i, side, unnamed_party(text, &events, i, side)?)))
        .collect();
    for (i, side, country) in found {
        let e = &mut events[i];
        let (_, to_find) = side.split(&mut e.actors, &mut e.recipients);
        if to_find.is_empty() {
            to_find.push(implicit_party(e.trigger, &country, None));
        } else {
            for party in to_find.iter_mut() {
                party.actor.country = Some(country.clone());
                party.actor.country_inferred = true;
                party.actor.recode();
            }
        }
    }
    AnalysedDocument {
        segmentation,
        analyses,
        mentions,
        times,
        places,
        events,
        traces,
        diagnostics,
    }
}

/// [`analyse_document`] with the embedded knowledge base, analyser and
/// patterns.
pub fn analyse_text(text: &str, date: Option<&str>) -> AnalysedDocument {
    analyse_document(
        text,
        date,
        KnowledgeBase::embedded(),
        &Coder::embedded_analyser(),
        &Coder::embedded(),
    )
}

/// Codes a text with the embedded knowledge base, analyser and patterns,
/// returning the events the default output keeps ([`CodedEvent::is_reported`]).
pub fn code_text(text: &str, date: Option<&str>) -> Vec<CodedEvent> {
    analyse_text(text, date)
        .events
        .into_iter()
        .filter(CodedEvent::is_reported)
        .collect()
}
