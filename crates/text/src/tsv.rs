//! The line format shared by parley's data files (knowledge base, ontology):
//! TAB-separated columns, `|`-separated lists, `#` comments.

/// The data lines of a file: `(1-based line number, trimmed columns)`,
/// skipping blank lines and `#` comments; CRLF line ends are accepted.
///
/// ```
/// let lines: Vec<_> = parley_text::tsv::data_lines("# header\n\nIND\tIndia|Bharat\r\n").collect();
/// assert_eq!(lines, vec![(3, vec!["IND", "India|Bharat"])]);
/// ```
pub fn data_lines(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, l)| {
        let l = l.trim_end_matches('\r');
        if l.trim().is_empty() || l.starts_with('#') {
            None
        } else {
            Some((i + 1, l.split('\t').map(str::trim).collect()))
        }
    })
}

/// The non-empty items of a `|`-separated list, trimmed.
///
/// ```
/// let items: Vec<&str> = parley_text::tsv::list(" a | b||c ").collect();
/// assert_eq!(items, ["a", "b", "c"]);
/// ```
pub fn list(s: &str) -> impl Iterator<Item = &str> {
    s.split('|').map(str::trim).filter(|x| !x.is_empty())
}
