//! Byte spans and their conversion to character offsets.

/// A half-open byte range `start..end` into a document's text.
///
/// Spans always lie on UTF-8 character boundaries of the text they were made
/// from, so `&text[span.range()]` never panics for that text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Makes a span; `start` must not exceed `end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    /// The span as a range, for slicing.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies wholly within this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text the span covers.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.range()]
    }
}

/// Converts byte offsets of one text into character (Unicode scalar) offsets,
/// as used by the output formats and by the scorer.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// `chars_before[i]` is the number of characters before byte `i`; only
    /// filled for non-ASCII texts.
    chars_before: Option<Vec<u32>>,
}

impl CharIndex {
    /// Builds the index for `text` (cheap for ASCII-only text).
    pub fn new(text: &str) -> CharIndex {
        if text.is_ascii() {
            return CharIndex { chars_before: None };
        }
        let mut table = Vec::with_capacity(text.len() + 1);
        let mut count = 0u32;
        for (i, ch) in text.char_indices() {
            while table.len() < i {
                table.push(count);
            }
            table.push(count);
            count += 1;
            let _ = ch;
        }
        while table.len() <= text.len() {
            table.push(count);
        }
        CharIndex {
            chars_before: Some(table),
        }
    }

    /// The character offset of byte offset `byte`.
    pub fn char_offset(&self, byte: usize) -> usize {
        match &self.chars_before {
            None => byte,
            Some(t) => t.get(byte).copied().unwrap_or(*t.last().unwrap_or(&0)) as usize,
        }
    }

    /// A byte span as a `[start, end]` character span.
    pub fn char_span(&self, span: Span) -> [usize; 2] {
        [self.char_offset(span.start), self.char_offset(span.end)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_scalars_not_bytes() {
        let text = "Côte d'Ivoire and Ελλάδα met";
        let idx = CharIndex::new(text);
        let start = text.find("met").unwrap();
        let span = Span::new(start, start + 3);
        let [s, e] = idx.char_span(span);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[s..e].iter().collect::<String>(), "met");
    }

    #[test]
    fn overlap_and_containment() {
        let a = Span::new(2, 6);
        assert!(a.overlaps(Span::new(5, 9)) && Span::new(5, 9).overlaps(a));
        assert!(!a.overlaps(Span::new(6, 9)), "touching spans share no byte");
        assert!(a.contains(Span::new(2, 6)) && a.contains(Span::new(3, 5)));
        assert!(!a.contains(Span::new(1, 5)) && !a.contains(Span::new(5, 7)));
    }

    #[test]
    fn ascii_offsets_are_identity() {
        let idx = CharIndex::new("plain text");
        assert_eq!(idx.char_span(Span::new(2, 5)), [2, 5]);
    }
}
