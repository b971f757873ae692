//! Event coding: which events does an analysed sentence state, who did them,
//! and to whom?
//!
//! Patterns live in data files (`patterns/NN_family.pat`, one per CAMEO root;
//! the language is described in `DESIGN.md`). They are compiled once into a
//! [`PatternSet`] indexed by the lemma of their first element; the [`Coder`]
//! matches them against a sentence's tokens, keeps the most specific match for
//! each stretch of words, and assigns actor and recipient from the mentions
//! around the trigger (subject before it, object or prepositional phrase after
//! it, passive `by` phrases, coordinated lists, and simple discourse links for
//! pronouns and "both sides").
//!
//! ```
//! use parley_coder::code_text;
//!
//! let events = code_text("India and Australia held talks in Canberra.", None);
//! assert_eq!(events[0].cameo, "040");
//! assert_eq!(events[0].plover.as_deref(), Some("CONSULT"));
//! ```

mod coder;
mod confidence;
mod cues;
mod decide;
mod pattern;
mod recase;
mod topic;

pub use coder::{
    analyse_document, analyse_document_knowing, analyse_text, code_text, AnalysedDocument,
    CodedEvent, Coder, DateSource, Diagnostic, Discourse, EventDate, EventLocation, LocationSource,
    MatchTrace, Modality, NoEvent, Outcome, Party, SentenceInput,
};
pub use confidence::{confidence_key, ConfidenceError, ConfidenceRow, ConfidenceTable};
pub use cues::{CueError, CueTable};
pub use decide::{
    decider_model, genre_features, genre_model, DocumentView, LogisticModel, LogisticSettings,
    ModelFileError, GENRE_WORDS, MODEL_FORMAT,
};
pub use parley_mentions::KnownPeople;
pub use parley_ontology::AGREEMENT_NOUNS;
pub use parley_places::{Feature, Gazetteer, Place, ResolvedPlace};
pub use parley_time::{Precision, TimeMention, TimePoint};
pub use pattern::{Example, Expectation, Family, Flags, Pattern, PatternError, PatternSet};
pub use recase::embedded_recaser;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/families.rs"));
}

pub use embedded::FAMILIES;
