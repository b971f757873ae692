//! Readers: turn input files into [`Document`]s, one bad record at a time.
//!
//! Accepted inputs (see [`Input`]):
//! - plain-text articles (`.txt` or anything not JSON Lines), with an optional
//!   header block of `date YYYY-MM-DD`, `title …`, `source …`, `url …` lines
//!   ended by a blank line; the document id is the file name;
//! - JSON Lines (`.jsonl`, `.jsonl.gz`): one article per line with `id`,
//!   `date`, `title`, `source`, `url`, `text` (unknown keys ignored);
//! - directories, walked recursively in sorted order, taking `.txt`,
//!   `.jsonl` and `.jsonl.gz` files;
//! - `-` for standard input (JSON Lines when its first non-blank byte is `{`,
//!   otherwise one plain-text article).
//!
//! A malformed record never stops the batch: it is reported as a
//! [`ReadError`] naming the file and line (or byte offset), and reading goes
//! on with the next record. What can be mended is mended and said: bytes
//! that are not UTF-8 become U+FFFD, a date in a feed's own format is read
//! ([`parley_time::read_publication_date`]), and the document carries a note
//! (`Document::notes`) for each. A document over the size limit
//! ([`ReadOptions::max_document_bytes`]) and a special file met in a
//! directory (a FIFO would block the run) are skipped with an error.
//!
//! ```
//! use parley_read::parse_plain_text;
//!
//! let doc = parse_plain_text("a.txt", b"date 2024-11-22\n\nIndia met Japan.").unwrap();
//! assert_eq!(doc.id, "a.txt");
//! assert_eq!(doc.date.as_deref(), Some("2024-11-22"));
//! assert_eq!(doc.text.trim(), "India met Japan.");
//! ```

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use parley_text::Document;

/// One input named on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file or a directory.
    Path(PathBuf),
    /// Standard input (`-`).
    Stdin,
}

impl Input {
    /// `-` is standard input; anything else a path.
    pub fn from_arg(arg: &str) -> Input {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }
}

/// Default for [`ReadOptions::max_document_bytes`]: 5 MiB, a hundred times
/// a long news article.
pub const DEFAULT_MAX_DOCUMENT_BYTES: usize = 5 << 20;

/// How inputs are read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Documents (a plain-text file, a JSON Lines record) longer than this
    /// are skipped with [`ReadErrorKind::TooLarge`].
    pub max_document_bytes: usize,
    /// Files never read, even inside a directory being walked (the run's
    /// own output file). Compared after resolving links and `..`.
    pub skip: Vec<PathBuf>,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            max_document_bytes: DEFAULT_MAX_DOCUMENT_BYTES,
            skip: Vec::new(),
        }
    }
}

/// A record or file that could not be read. Reading continues after it.
#[derive(Debug, thiserror::Error)]
#[error("{origin}: {kind}")]
pub struct ReadError {
    /// File name with line number (`file:12`) or byte offset (`file: byte 40`).
    pub origin: String,
    /// What went wrong.
    pub kind: ReadErrorKind,
}

/// The kinds of [`ReadError`].
#[derive(Debug, thiserror::Error)]
pub enum ReadErrorKind {
    /// The file could not be opened or read.
    #[error("cannot read: {0}")]
    Io(#[from] io::Error),
    /// The document is longer than [`ReadOptions::max_document_bytes`].
    #[error("document of {bytes} bytes is over the limit of {limit} (--max-bytes); skipped")]
    TooLarge {
        /// Its length, as far as it was read (at least `limit + 1`).
        bytes: u64,
        /// The limit.
        limit: usize,
    },
    /// A FIFO, socket or device found while walking a directory: reading it
    /// could block the run. (Named on the command line, it is read.)
    #[error("not a regular file (a FIFO, socket or device); skipped")]
    NotRegular,
    /// A JSON Lines record is not valid JSON.
    #[error("invalid JSON: {0}")]
    InvalidJson(String),
    /// A JSON Lines record is valid JSON but not an article object.
    #[error("not an article object (expected {{\"id\", \"text\", ...}})")]
    NotAnObject,
    /// The record has no `text` string.
    #[error("record has no \"text\" string")]
    MissingText,
    /// The document has no text to code.
    #[error("empty text")]
    EmptyText,
}

/// Reads every input in order and hands each document, or the error for a bad
/// record, to `sink`. Directories are walked recursively in sorted order.
/// Default [`ReadOptions`].
pub fn read_inputs(inputs: &[Input], sink: &mut dyn FnMut(Result<Document, ReadError>)) {
    read_inputs_with(inputs, &ReadOptions::default(), sink)
}

/// [`read_inputs`] with options.
pub fn read_inputs_with(
    inputs: &[Input],
    options: &ReadOptions,
    sink: &mut dyn FnMut(Result<Document, ReadError>),
) {
    let skip: Vec<PathBuf> = options
        .skip
        .iter()
        .map(|p| std::fs::canonicalize(p).unwrap_or_else(|_| p.clone()))
        .collect();
    let reader = Reader {
        limit: options.max_document_bytes,
        skip,
    };
    for input in inputs {
        match input {
            Input::Stdin => {
                let mut buf = Vec::new();
                match io::stdin().lock().read_to_end(&mut buf) {
                    Ok(_) => reader.read_bytes("-", &buf, sink),
                    Err(e) => sink(Err(err("-", e.into()))),
                }
            }
            Input::Path(path) => reader.read_path(path, true, sink),
        }
    }
}

/// The options of one run, resolved.
struct Reader {
    limit: usize,
    skip: Vec<PathBuf>,
}

fn err(origin: impl Into<String>, kind: ReadErrorKind) -> ReadError {
    ReadError {
        origin: origin.into(),
        kind,
    }
}

/// Kinds of file by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Text,
    JsonLines,
    GzJsonLines,
    Other,
}

fn file_kind(path: &Path) -> FileKind {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if name.ends_with(".jsonl.gz") || name.ends_with(".ndjson.gz") {
        FileKind::GzJsonLines
    } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        FileKind::JsonLines
    } else if name.ends_with(".txt") {
        FileKind::Text
    } else {
        FileKind::Other
    }
}

impl Reader {
    fn skipped(&self, path: &Path) -> bool {
        !self.skip.is_empty()
            && self.skip.iter().any(|s| {
                s.file_name() == path.file_name()
                    && std::fs::canonicalize(path).is_ok_and(|c| c == *s)
            })
    }

    fn read_path(
        &self,
        path: &Path,
        explicit: bool,
        sink: &mut dyn FnMut(Result<Document, ReadError>),
    ) {
        let origin = path.display().to_string();
        if path.is_dir() {
            // Symbolic links to directories are not followed inside a walk (a
            // link to a parent would make it endless); named explicitly they are.
            let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
            if is_link && !explicit {
                return;
            }
            let mut entries: Vec<PathBuf> = Vec::new();
            match std::fs::read_dir(path) {
                Ok(rd) => {
                    for entry in rd {
                        match entry {
                            Ok(e) => entries.push(e.path()),
                            Err(e) => sink(Err(err(origin.clone(), e.into()))),
                        }
                    }
                }
                Err(e) => return sink(Err(err(origin, e.into()))),
            }
            entries.sort();
            for entry in entries {
                self.read_path(&entry, false, sink);
            }
            return;
        }
        let kind = file_kind(path);
        if !explicit && kind == FileKind::Other {
            return;
        }
        if self.skipped(path) {
            return;
        }
        // A FIFO met in a walk would wait for a writer forever.
        if !explicit && std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
            return sink(Err(err(origin, ReadErrorKind::NotRegular)));
        }
        match kind {
            FileKind::GzJsonLines => match File::open(path) {
                Ok(f) => {
                    let reader = BufReader::new(flate2::read::MultiGzDecoder::new(f));
                    self.read_json_lines(&origin, reader, sink);
                }
                Err(e) => sink(Err(err(origin, e.into()))),
            },
            FileKind::JsonLines => match File::open(path) {
                Ok(f) => self.read_json_lines(&origin, BufReader::with_capacity(1 << 16, f), sink),
                Err(e) => sink(Err(err(origin, e.into()))),
            },
            FileKind::Text | FileKind::Other => {
                // Read at most one byte over the limit: a huge file (or a
                // device that never ends) is known too large without
                // reading it all.
                let mut bytes = Vec::new();
                let read = File::open(path)
                    .and_then(|f| f.take(self.limit as u64 + 1).read_to_end(&mut bytes));
                if let Err(e) = read {
                    return sink(Err(err(origin, e.into())));
                }
                if kind == FileKind::Other && looks_like_json_lines(&bytes) {
                    if bytes.len() > self.limit {
                        // JSON Lines under another name: read it line by line.
                        match File::open(path) {
                            Ok(f) => self.read_json_lines(&origin, BufReader::new(f), sink),
                            Err(e) => sink(Err(err(origin, e.into()))),
                        }
                    } else {
                        self.read_json_lines(&origin, &bytes[..], sink);
                    }
                } else if bytes.len() > self.limit {
                    let size = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
                    sink(Err(err(
                        origin,
                        ReadErrorKind::TooLarge {
                            bytes: size.max(bytes.len() as u64),
                            limit: self.limit,
                        },
                    )));
                } else {
                    let id = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_else(|| origin.clone());
                    sink(parse_plain_text_at(&id, &origin, &bytes));
                }
            }
        }
    }

    /// Reads standard-input style bytes: JSON Lines if they start with `{`.
    fn read_bytes(
        &self,
        origin: &str,
        bytes: &[u8],
        sink: &mut dyn FnMut(Result<Document, ReadError>),
    ) {
        if looks_like_json_lines(bytes) {
            self.read_json_lines(origin, bytes, sink);
        } else if bytes.len() > self.limit {
            sink(Err(err(
                origin,
                ReadErrorKind::TooLarge {
                    bytes: bytes.len() as u64,
                    limit: self.limit,
                },
            )));
        } else {
            sink(parse_plain_text_at("stdin", origin, bytes));
        }
    }

    fn read_json_lines<R: BufRead>(
        &self,
        origin: &str,
        mut reader: R,
        sink: &mut dyn FnMut(Result<Document, ReadError>),
    ) {
        let mut line = Vec::new();
        let mut number = 0usize;
        loop {
            line.clear();
            // A line over the limit is not kept in memory: it is read in
            // pieces to its end and counted.
            let mut over: u64 = 0;
            let ended = loop {
                let available = match reader.fill_buf() {
                    Ok(b) => b,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => {
                        sink(Err(err(format!("{origin}:{}", number + 1), e.into())));
                        return;
                    }
                };
                if available.is_empty() {
                    break false;
                }
                let (piece, newline) = match available.iter().position(|&b| b == b'\n') {
                    Some(i) => (&available[..=i], true),
                    None => (available, false),
                };
                let n = piece.len();
                if over > 0 || line.len() + n > self.limit + 2 {
                    over += (line.len() + n) as u64;
                    line.clear();
                } else {
                    line.extend_from_slice(piece);
                }
                reader.consume(n);
                if newline {
                    break true;
                }
            };
            if !ended && line.is_empty() && over == 0 {
                break;
            }
            number += 1;
            let at = format!("{origin}:{number}");
            if over > 0 {
                sink(Err(err(
                    at,
                    ReadErrorKind::TooLarge {
                        bytes: over,
                        limit: self.limit,
                    },
                )));
                continue;
            }
            // A byte-order mark before the first record is not part of it.
            let record = if number == 1 {
                line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&line)
            } else {
                &line
            };
            if record.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let trimmed = record.strip_suffix(b"\n").unwrap_or(record);
            let trimmed = trimmed.strip_suffix(b"\r").unwrap_or(trimmed);
            if trimmed.len() > self.limit {
                sink(Err(err(
                    at,
                    ReadErrorKind::TooLarge {
                        bytes: trimmed.len() as u64,
                        limit: self.limit,
                    },
                )));
                continue;
            }
            sink(parse_json_record(origin, number, record));
        }
    }
}

fn looks_like_json_lines(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    bytes
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'{')
}

/// Reads JSON Lines from `reader`, one document or error per non-blank line
/// (default [`ReadOptions`]).
pub fn read_json_lines<R: BufRead>(
    origin: &str,
    reader: R,
    sink: &mut dyn FnMut(Result<Document, ReadError>),
) {
    Reader {
        limit: DEFAULT_MAX_DOCUMENT_BYTES,
        skip: Vec::new(),
    }
    .read_json_lines(origin, reader, sink)
}

fn string_of(v: Option<serde_json::Value>) -> Option<String> {
    match v? {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Decodes UTF-8, replacing each invalid sequence with U+FFFD; returns the
/// text, how many sequences were replaced and the first one's byte offset.
fn decode_lossy(bytes: &[u8]) -> (std::borrow::Cow<'_, str>, usize, usize) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (std::borrow::Cow::Borrowed(s), 0, 0),
        Err(first) => {
            let (mut count, mut rest) = (0, bytes);
            while let Err(e) = std::str::from_utf8(rest) {
                count += 1;
                let skip = e.valid_up_to() + e.error_len().unwrap_or(rest.len() - e.valid_up_to());
                rest = &rest[skip..];
            }
            (String::from_utf8_lossy(bytes), count, first.valid_up_to())
        }
    }
}

fn replaced_note(count: usize, offset: usize) -> String {
    format!(
        "{count} invalid UTF-8 sequence{} replaced by U+FFFD (the first at byte {offset})",
        if count == 1 { "" } else { "s" }
    )
}

/// Normalises a publication date given as `value` (see
/// [`parley_time::read_publication_date`]): its normal form, or `None` and
/// a note.
fn publication_date(value: Option<String>, notes: &mut Vec<String>) -> Option<String> {
    let value = value?;
    if value.trim().is_empty() {
        return None;
    }
    match parley_time::read_publication_date(&value) {
        Some(p) => Some(p.normalised()),
        None => {
            notes.push(format!(
                "date {value:?} not understood (ISO 8601, RFC 2822, YYYY/MM/DD, \"Nov 5, 2024\", \"5 Nov 2024\", YYYY-MM, YYYY or Unix seconds); the document is coded without a publication date"
            ));
            None
        }
    }
}

/// Parses one JSON Lines record (line `number` of `origin`).
pub fn parse_json_record(origin: &str, number: usize, line: &[u8]) -> Result<Document, ReadError> {
    let at = format!("{origin}:{number}");
    let mut notes = Vec::new();
    let (decoded, replaced, first) = decode_lossy(line);
    if replaced > 0 {
        notes.push(replaced_note(replaced, first));
    }
    // One parse, straight into an object: valid JSON of another type is a
    // data error, everything else a syntax error.
    let mut obj: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&decoded)
        .map_err(|e| {
            let kind = match e.classify() {
                serde_json::error::Category::Data => ReadErrorKind::NotAnObject,
                _ => ReadErrorKind::InvalidJson(e.to_string()),
            };
            err(at.clone(), kind)
        })?;
    let mut field = |name: &str| obj.remove(name);
    let text = match field("text") {
        Some(serde_json::Value::String(s)) => s,
        _ => return Err(err(at, ReadErrorKind::MissingText)),
    };
    if text.trim().is_empty() {
        return Err(err(at, ReadErrorKind::EmptyText));
    }
    let id = string_of(field("id")).filter(|id| !id.trim().is_empty());
    let date = publication_date(string_of(field("date")), &mut notes);
    Ok(Document {
        id_given: id.is_some(),
        id: id.unwrap_or_else(|| at.clone()),
        date,
        title: string_of(field("title")),
        source: string_of(field("source")),
        url: string_of(field("url")),
        text,
        origin: at,
        notes,
    })
}

/// Parses a plain-text article; `id` becomes the document id.
pub fn parse_plain_text(id: &str, bytes: &[u8]) -> Result<Document, ReadError> {
    parse_plain_text_at(id, id, bytes)
}

fn parse_plain_text_at(id: &str, origin: &str, bytes: &[u8]) -> Result<Document, ReadError> {
    let (content, replaced, first) = decode_lossy(bytes);
    let content = content.strip_prefix('\u{feff}').unwrap_or(&content);
    let mut doc = Document {
        id: id.to_string(),
        origin: origin.to_string(),
        ..Document::default()
    };
    if replaced > 0 {
        doc.notes.push(replaced_note(replaced, first));
    }
    let body_start = parse_header(content, &mut doc);
    doc.text = content[body_start..].to_string();
    if doc.text.trim().is_empty() {
        return Err(err(origin, ReadErrorKind::EmptyText));
    }
    Ok(doc)
}

/// Reads the optional header block; returns the byte offset where the body
/// starts (0 when there is no header). A header is a run of non-blank lines,
/// each `date|title|source|url VALUE` (a date in one of the forms
/// [`parley_time::read_publication_date`] reads, stored in its normal form),
/// ended by a blank line.
fn parse_header(content: &str, doc: &mut Document) -> usize {
    let mut fields: Vec<(&str, String)> = Vec::new();
    let mut offset = 0;
    let mut ended = false;
    for line in content.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if fields.is_empty() {
                return 0;
            }
            offset += line.len();
            ended = true;
            break;
        }
        let (key, value) = match trimmed.split_once(char::is_whitespace) {
            Some((k, v)) => (k, v.trim()),
            None => return 0,
        };
        let key = match key.to_ascii_lowercase().trim_end_matches(':') {
            "date" => "date",
            "title" => "title",
            "source" => "source",
            "url" => "url",
            _ => return 0,
        };
        // "Date talks resumed …" is prose, not a header: dates must be dates.
        let value = if key == "date" {
            match parley_time::read_publication_date(value) {
                Some(p) => p.normalised(),
                None => return 0,
            }
        } else {
            value.to_string()
        };
        fields.push((key, value));
        offset += line.len();
    }
    // A header block ends with a blank line; a one-paragraph article whose
    // first word happens to be "Source" has none.
    if !ended {
        return 0;
    }
    for (key, value) in fields {
        let slot = match key {
            "date" => &mut doc.date,
            "title" => &mut doc.title,
            "source" => &mut doc.source,
            _ => &mut doc.url,
        };
        *slot = Some(value);
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(origin: &str, data: &[u8]) -> Vec<Result<Document, ReadError>> {
        let mut out = Vec::new();
        read_json_lines(origin, data, &mut |r| out.push(r));
        out
    }

    #[test]
    fn header_variants() {
        let cases: &[(&str, &str, Option<&str>, Option<&str>, &str)] = &[
            (
                "seed style",
                " date 2024-11-22 \n\n\n\nBody.",
                Some("2024-11-22"),
                None,
                "\n\nBody.",
            ),
            (
                "title too",
                "date 2024-01-02\ntitle Talks\n\nBody.",
                Some("2024-01-02"),
                Some("Talks"),
                "Body.",
            ),
            (
                "no header",
                "India met Japan.\n\nMore.",
                None,
                None,
                "India met Japan.\n\nMore.",
            ),
            (
                "header-like prose",
                "date night was fun\nand more\n\nBody.",
                None,
                None,
                "date night was fun\nand more\n\nBody.",
            ),
            (
                "colon keys",
                "Date: 2024-03-04\n\nBody.",
                Some("2024-03-04"),
                None,
                "Body.",
            ),
            (
                "prose first word",
                "Source close to the talks said so.",
                None,
                None,
                "Source close to the talks said so.",
            ),
            (
                "prose date word",
                "Date night was cancelled\n\nBody.",
                None,
                None,
                "Date night was cancelled\n\nBody.",
            ),
        ];
        for (name, input, date, title, body) in cases {
            let doc = parse_plain_text("x.txt", input.as_bytes()).unwrap();
            assert_eq!(doc.date.as_deref(), *date, "{name}");
            assert_eq!(doc.title.as_deref(), *title, "{name}");
            assert_eq!(doc.text, *body, "{name}");
        }
    }

    #[test]
    fn bad_json_lines_are_reported_and_skipped() {
        let data = b"{\"id\": \"a\", \"text\": \"India met Japan.\"}\n\
                     {not json\n\
                     \n\
                     {\"id\": \"c\"}\n\
                     [1, 2]\n\
                     {\"id\": \"e\", \"text\": \"\xff bad\"}\n\
                     {\"id\": 7, \"text\": \"Ok again.\", \"gold\": {}}\n";
        let out = collect("in.jsonl", data);
        assert_eq!(out.len(), 6);
        assert_eq!(out[0].as_ref().unwrap().id, "a");
        let e1 = out[1].as_ref().unwrap_err();
        assert_eq!(e1.origin, "in.jsonl:2");
        assert!(matches!(e1.kind, ReadErrorKind::InvalidJson(_)));
        let e3 = out[2].as_ref().unwrap_err();
        assert_eq!(e3.origin, "in.jsonl:4");
        assert!(matches!(e3.kind, ReadErrorKind::MissingText));
        assert!(matches!(
            out[3].as_ref().unwrap_err().kind,
            ReadErrorKind::NotAnObject
        ));
        // Bytes that are not UTF-8 are replaced, and said.
        let e = out[4].as_ref().unwrap();
        assert_eq!(e.text, "\u{fffd} bad");
        assert_eq!(
            e.notes,
            ["1 invalid UTF-8 sequence replaced by U+FFFD (the first at byte 21)"]
        );
        assert_eq!(out[5].as_ref().unwrap().id, "7");
    }

    #[test]
    fn ids_given_or_made_up() {
        let out = collect(
            "x.jsonl",
            b"{\"id\": \"a\", \"text\": \"t\"}\n{\"text\": \"t\"}\n{\"id\": \" \", \"text\": \"t\"}\n{\"id\": 5, \"text\": \"t\"}\n",
        );
        let ids: Vec<(String, bool)> = out
            .into_iter()
            .map(|r| r.map(|d| (d.id, d.id_given)).unwrap())
            .collect();
        let want = [
            ("a", true),
            ("x.jsonl:2", false),
            ("x.jsonl:3", false),
            ("5", true),
        ];
        assert_eq!(ids, want.map(|(i, g)| (i.to_string(), g)));
        let plain = parse_plain_text("a.txt", b"Some text.").unwrap();
        assert_eq!((plain.id.as_str(), plain.id_given), ("a.txt", false));
    }

    #[test]
    fn crlf_and_missing_final_newline() {
        let out = collect(
            "x",
            b"{\"id\":\"a\",\"text\":\"t1\"}\r\n{\"id\":\"b\",\"text\":\"t2\"}",
        );
        let ids: Vec<_> = out.iter().map(|r| r.as_ref().unwrap().id.clone()).collect();
        assert_eq!(ids, ["a", "b"]);
    }

    #[test]
    fn invalid_utf8_plain_text_is_mended_and_counted() {
        let doc = parse_plain_text("bad.txt", b"caf\xe9 talks in S\xe3o Paulo \xff\xfe.").unwrap();
        assert_eq!(
            doc.text,
            "caf\u{fffd} talks in S\u{fffd}o Paulo \u{fffd}\u{fffd}."
        );
        assert_eq!(
            doc.notes,
            ["4 invalid UTF-8 sequences replaced by U+FFFD (the first at byte 3)"]
        );
        let clean = parse_plain_text("ok.txt", "café".as_bytes()).unwrap();
        assert!(clean.notes.is_empty());
    }

    #[test]
    fn feed_dates_are_read_and_unreadable_ones_said() {
        let out = collect(
            "f.jsonl",
            b"{\"text\": \"t\", \"date\": \"Tue, 05 Nov 2024 10:00:00 +0000\"}\n\
              {\"text\": \"t\", \"date\": \"2024/11/05\"}\n\
              {\"text\": \"t\", \"date\": 1730764800}\n\
              {\"text\": \"t\", \"date\": \"2024-11\"}\n\
              {\"text\": \"t\", \"date\": \"last Tuesday\"}\n\
              {\"text\": \"t\", \"date\": \"\"}\n",
        );
        let dates: Vec<Option<String>> = out
            .iter()
            .map(|r| r.as_ref().unwrap().date.clone())
            .collect();
        let want = [
            Some("2024-11-05"),
            Some("2024-11-05"),
            Some("2024-11-05"),
            Some("2024-11"),
            None,
            None,
        ];
        assert_eq!(dates, want.map(|d| d.map(String::from)));
        let bad = out[4].as_ref().unwrap();
        assert_eq!(bad.origin, "f.jsonl:5");
        assert!(
            bad.notes[0].starts_with("date \"last Tuesday\" not understood"),
            "{:?}",
            bad.notes
        );
        // An empty date is no date, not a mistake.
        assert!(out[5].as_ref().unwrap().notes.is_empty());
        // Headers of plain text take the same forms.
        let doc = parse_plain_text("x.txt", b"Date: Nov 5, 2024\n\nBody.").unwrap();
        assert_eq!(doc.date.as_deref(), Some("2024-11-05"));
    }

    fn read_with(limit: usize, inputs: &[Input]) -> Vec<Result<Document, ReadError>> {
        let mut out = Vec::new();
        let options = ReadOptions {
            max_document_bytes: limit,
            ..ReadOptions::default()
        };
        read_inputs_with(inputs, &options, &mut |r| out.push(r));
        out
    }

    #[test]
    fn documents_over_the_limit_are_skipped_and_the_rest_read() {
        let dir = tempfile::tempdir().unwrap();
        let long = "x".repeat(100);
        std::fs::write(
            dir.path().join("a.jsonl"),
            format!("{{\"id\":\"a\",\"text\":\"{long}\"}}\n{{\"id\":\"b\",\"text\":\"short\"}}\n"),
        )
        .unwrap();
        std::fs::write(dir.path().join("c.txt"), &long).unwrap();
        std::fs::write(dir.path().join("d.txt"), "short").unwrap();
        let out = read_with(60, &[Input::Path(dir.path().to_path_buf())]);
        assert_eq!(out.len(), 4);
        let e = out[0].as_ref().unwrap_err();
        assert!(e.origin.ends_with("a.jsonl:1"), "{e}");
        assert!(
            matches!(
                e.kind,
                ReadErrorKind::TooLarge {
                    bytes: 121,
                    limit: 60
                }
            ),
            "{e}"
        );
        assert_eq!(out[1].as_ref().unwrap().id, "b");
        assert!(matches!(
            out[2].as_ref().unwrap_err().kind,
            ReadErrorKind::TooLarge {
                bytes: 100,
                limit: 60
            }
        ));
        assert_eq!(out[3].as_ref().unwrap().id, "d.txt");
        // The default reads them all.
        assert_eq!(
            read_with(
                DEFAULT_MAX_DOCUMENT_BYTES,
                &[Input::Path(dir.path().to_path_buf())]
            )
            .iter()
            .filter(|r| r.is_ok())
            .count(),
            4
        );
    }

    #[test]
    fn skipped_files_are_not_read_in_a_walk() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("in.jsonl"),
            "{\"id\":\"a\",\"text\":\"t\"}\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("out.jsonl"),
            "{\"id\":\"old\",\"text\":\"t\"}\n",
        )
        .unwrap();
        let mut ids = Vec::new();
        let options = ReadOptions {
            skip: vec![dir.path().join("sub/../out.jsonl")],
            ..ReadOptions::default()
        };
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        read_inputs_with(
            &[Input::Path(dir.path().to_path_buf())],
            &options,
            &mut |r| ids.push(r.unwrap().id),
        );
        assert_eq!(ids, ["a"]);
    }

    #[cfg(unix)]
    #[test]
    fn fifos_in_a_walk_are_skipped_not_waited_for() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "A text.").unwrap();
        let fifo = dir.path().join("b.txt");
        match std::process::Command::new("mkfifo").arg(&fifo).status() {
            Ok(s) if s.success() => {}
            _ => {
                parley_testkit::skip("mkfifo is not available");
                return;
            }
        }
        let out = read_with(
            DEFAULT_MAX_DOCUMENT_BYTES,
            &[Input::Path(dir.path().to_path_buf())],
        );
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].as_ref().unwrap().id, "a.txt");
        let e = out[1].as_ref().unwrap_err();
        assert!(matches!(e.kind, ReadErrorKind::NotRegular), "{e}");
        assert!(e.origin.ends_with("b.txt"));
    }

    #[test]
    fn empty_file_is_an_error_not_a_document() {
        assert!(matches!(
            parse_plain_text("e.txt", b"").unwrap_err().kind,
            ReadErrorKind::EmptyText
        ));
        assert!(matches!(
            parse_plain_text("e.txt", b"date 2020-01-01\n\n")
                .unwrap_err()
                .kind,
            ReadErrorKind::EmptyText
        ));
    }

    #[test]
    fn directories_are_walked_in_sorted_order() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("b.txt"), "B text.").unwrap();
        std::fs::write(
            dir.path().join("a.jsonl"),
            "{\"id\":\"j1\",\"text\":\"J.\"}\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("sub/c.txt"), "C text.").unwrap();
        std::fs::write(dir.path().join("ignored.csv"), "x,y").unwrap();
        let gz = {
            use std::io::Write;
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(b"{\"id\":\"g1\",\"text\":\"G.\"}\n").unwrap();
            e.finish().unwrap()
        };
        std::fs::write(dir.path().join("d.jsonl.gz"), gz).unwrap();
        let mut ids = Vec::new();
        read_inputs(&[Input::Path(dir.path().to_path_buf())], &mut |r| {
            ids.push(r.unwrap().id)
        });
        assert_eq!(ids, ["j1", "b.txt", "g1", "c.txt"]);
    }

    #[test]
    fn byte_order_mark_before_json_lines() {
        let out = collect("bom.jsonl", b"\xef\xbb\xbf{\"id\":\"a\",\"text\":\"t\"}\n");
        assert_eq!(out[0].as_ref().unwrap().id, "a");
        assert!(looks_like_json_lines(b"\xef\xbb\xbf {\"id\": 1}"));
    }

    #[test]
    fn header_dates_must_be_dates() {
        let doc = parse_plain_text("x.txt", b"date 2024-13-45\n\nBody.").unwrap();
        assert_eq!(doc.date, None);
        assert_eq!(doc.text, "date 2024-13-45\n\nBody.");
    }

    #[cfg(unix)]
    #[test]
    fn symlinked_directories_are_not_walked() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/a.txt"), "A text.").unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/up")).unwrap();
        let mut ids = Vec::new();
        read_inputs(&[Input::Path(dir.path().to_path_buf())], &mut |r| {
            ids.push(r.unwrap().id)
        });
        assert_eq!(ids, ["a.txt"]);
    }

    #[test]
    fn missing_file_is_an_io_error() {
        let mut errs = Vec::new();
        read_inputs(&[Input::Path("/nonexistent/parley.txt".into())], &mut |r| {
            errs.push(r.unwrap_err())
        });
        assert!(matches!(errs[0].kind, ReadErrorKind::Io(_)));
    }
}
