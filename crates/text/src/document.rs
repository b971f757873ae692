//! The unit of input: one article with its metadata.

/// One input article.
///
/// `text` is the article body exactly as read (for plain-text files, the part
/// after the optional header block); every span produced by later stages
/// points into it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    /// Document identifier: the JSON `id`, or the file name for plain text.
    pub id: String,
    /// True when the input gave the id (a JSON `id`); false when parley made
    /// it up (file name, file and line). Stores identify documents by a
    /// given id, and by their text's hash otherwise.
    pub id_given: bool,
    /// Publication date as written in the input (`YYYY-MM-DD` when valid).
    pub date: Option<String>,
    /// Headline, when given.
    pub title: Option<String>,
    /// Publisher or feed name, when given.
    pub source: Option<String>,
    /// Address of the article, when given.
    pub url: Option<String>,
    /// The article body.
    pub text: String,
    /// Where the document came from (file name and line), for messages.
    pub origin: String,
    /// What the reader had to say about the input that did not stop it
    /// (a date it could not read, bytes that were not UTF-8), for messages.
    pub notes: Vec<String>,
}
