//! Documents, spans, and lossless segmentation into sentences and tokens.
//!
//! Every later stage of parley refers back to the original article through the
//! byte [`Span`]s produced here; no stage rewrites text. Segmentation is total:
//! any string, however messy, yields a [`Segmentation`] whose tokens lie in
//! bounds, on character boundaries, in order and without overlap.
//!
//! ```
//! use parley_text::segment;
//!
//! let text = "Gen. Smith met U.S. officials on Nov. 21. They agreed.";
//! let seg = segment(text);
//! assert_eq!(seg.sentences.len(), 2);
//! let words: Vec<&str> = seg.sentence_tokens(0).iter().map(|t| t.text(text)).collect();
//! assert_eq!(words[0], "Gen.");
//! assert_eq!(words[3], "U.S.");
//! ```

mod document;
mod segment;
mod span;
pub mod tsv;

pub use document::Document;
pub use segment::{segment, Segmentation, SentenceBounds, Token, TokenKind, MAX_SENTENCE_TOKENS};
pub use span::{CharIndex, Span};

/// Lower-cases a word and folds the typographic apostrophe (’) to `'`: the
/// form under which dictionaries and patterns look words up.
///
/// ```
/// assert_eq!(parley_text::normalise_word("Zealand’s"), "zealand's");
/// ```
pub fn normalise_word(w: &str) -> String {
    w.chars()
        .map(|c| if c == '’' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}
