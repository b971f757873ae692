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
mod mojibake;
mod recase;
mod rng;
mod segment;
mod span;
pub mod tsv;

pub use document::Document;
pub use mojibake::{mojibake_at, repair_mojibake};
pub use recase::Recaser;
pub use rng::SplitMix64;
pub use segment::{segment, Segmentation, SentenceBounds, Token, TokenKind, MAX_SENTENCE_TOKENS};
pub use span::{CharIndex, Span};

/// Great-circle distance in kilometres between two (latitude, longitude)
/// points in degrees (haversine, Earth radius 6,371 km): how the place
/// finder and the event linker tell near from far.
///
/// ```
/// let paris = (48.8566, 2.3522);
/// let london = (51.5074, -0.1278);
/// assert!((parley_text::distance_km(paris, london) - 343.5).abs() < 1.0);
/// ```
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// Lower-cases a word, repairs garbled punctuation ([`repair_mojibake`]) and
/// folds the typographic apostrophe (’) to `'`: the form under which
/// dictionaries and patterns look words up.
///
/// ```
/// assert_eq!(parley_text::normalise_word("Zealand’s"), "zealand's");
/// assert_eq!(parley_text::normalise_word("Zealandâ€™s"), "zealand's");
/// ```
pub fn normalise_word(w: &str) -> String {
    // Most words are ASCII, where lower-casing is byte by byte and there is
    // no apostrophe to fold: the same result without decoding characters.
    if w.is_ascii() {
        return w.to_ascii_lowercase();
    }
    repair_mojibake(w)
        .chars()
        .map(|c| if c == '’' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}
