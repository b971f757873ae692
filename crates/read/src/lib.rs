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
//! on with the next record.
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
    /// The bytes are not valid UTF-8.
    #[error("invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Offset of the first invalid byte (in the line for JSON Lines).
        offset: usize,
    },
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
pub fn read_inputs(inputs: &[Input], sink: &mut dyn FnMut(Result<Document, ReadError>)) {
    for input in inputs {
        match input {
            Input::Stdin => {
                let mut buf = Vec::new();
                match io::stdin().lock().read_to_end(&mut buf) {
                    Ok(_) => read_bytes("-", &buf, sink),
                    Err(e) => sink(Err(err("-", e.into()))),
                }
            }
            Input::Path(path) => read_path(path, true, sink),
        }
    }
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

fn read_path(path: &Path, explicit: bool, sink: &mut dyn FnMut(Result<Document, ReadError>)) {
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
            read_path(&entry, false, sink);
        }
        return;
    }
    let kind = file_kind(path);
    if !explicit && kind == FileKind::Other {
        return;
    }
    match kind {
        FileKind::GzJsonLines => match File::open(path) {
            Ok(f) => {
                let reader = BufReader::new(flate2::read::MultiGzDecoder::new(f));
                read_json_lines(&origin, reader, sink);
            }
            Err(e) => sink(Err(err(origin, e.into()))),
        },
        FileKind::JsonLines => match File::open(path) {
            Ok(f) => read_json_lines(&origin, BufReader::with_capacity(1 << 16, f), sink),
            Err(e) => sink(Err(err(origin, e.into()))),
        },
        FileKind::Text | FileKind::Other => match std::fs::read(path) {
            Ok(bytes) => {
                if kind == FileKind::Other && looks_like_json_lines(&bytes) {
                    read_json_lines(&origin, &bytes[..], sink);
                } else {
                    let id = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_else(|| origin.clone());
                    sink(parse_plain_text_at(&id, &origin, &bytes));
                }
            }
            Err(e) => sink(Err(err(origin, e.into()))),
        },
    }
}

fn looks_like_json_lines(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    bytes
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'{')
}

/// Reads standard-input style bytes: JSON Lines if they start with `{`.
fn read_bytes(origin: &str, bytes: &[u8], sink: &mut dyn FnMut(Result<Document, ReadError>)) {
    if looks_like_json_lines(bytes) {
        read_json_lines(origin, bytes, sink);
    } else {
        sink(parse_plain_text_at("stdin", origin, bytes));
    }
}

/// Reads JSON Lines from `reader`, one document or error per non-blank line.
pub fn read_json_lines<R: BufRead>(
    origin: &str,
    mut reader: R,
    sink: &mut dyn FnMut(Result<Document, ReadError>),
) {
    let mut line = Vec::new();
    let mut number = 0usize;
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                sink(Err(err(format!("{origin}:{}", number + 1), e.into())));
                break;
            }
        }
        number += 1;
        // A byte-order mark before the first record is not part of it.
        let record = if number == 1 {
            line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&line)
        } else {
            &line
        };
        if record.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        sink(parse_json_record(origin, number, record));
    }
}

fn string_of(v: Option<serde_json::Value>) -> Option<String> {
    match v? {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Parses one JSON Lines record (line `number` of `origin`).
pub fn parse_json_record(origin: &str, number: usize, line: &[u8]) -> Result<Document, ReadError> {
    let at = format!("{origin}:{number}");
    if let Err(e) = std::str::from_utf8(line) {
        return Err(err(
            at,
            ReadErrorKind::InvalidUtf8 {
                offset: e.valid_up_to(),
            },
        ));
    }
    // One parse, straight into an object: valid JSON of another type is a
    // data error, everything else a syntax error.
    let mut obj: serde_json::Map<String, serde_json::Value> = serde_json::from_slice(line)
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
    Ok(Document {
        id_given: id.is_some(),
        id: id.unwrap_or_else(|| at.clone()),
        date: string_of(field("date")),
        title: string_of(field("title")),
        source: string_of(field("source")),
        url: string_of(field("url")),
        text,
        origin: at,
    })
}

/// Parses a plain-text article; `id` becomes the document id.
pub fn parse_plain_text(id: &str, bytes: &[u8]) -> Result<Document, ReadError> {
    parse_plain_text_at(id, id, bytes)
}

fn parse_plain_text_at(id: &str, origin: &str, bytes: &[u8]) -> Result<Document, ReadError> {
    let content = std::str::from_utf8(bytes).map_err(|e| {
        err(
            format!("{origin}: byte {}", e.valid_up_to()),
            ReadErrorKind::InvalidUtf8 {
                offset: e.valid_up_to(),
            },
        )
    })?;
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    let mut doc = Document {
        id: id.to_string(),
        origin: origin.to_string(),
        ..Document::default()
    };
    let body_start = parse_header(content, &mut doc);
    doc.text = content[body_start..].to_string();
    if doc.text.trim().is_empty() {
        return Err(err(origin, ReadErrorKind::EmptyText));
    }
    Ok(doc)
}

/// `YYYY-MM-DD` with a plausible month and day.
fn looks_like_date(value: &str) -> bool {
    let b = value.as_bytes();
    let shape = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    let number = |r: std::ops::Range<usize>| {
        value
            .get(r)
            .and_then(|x| x.parse::<u32>().ok())
            .unwrap_or(0)
    };
    shape && (1..=12).contains(&number(5..7)) && (1..=31).contains(&number(8..10))
}

/// Reads the optional header block; returns the byte offset where the body
/// starts (0 when there is no header). A header is a run of non-blank lines,
/// each `date|title|source|url VALUE` (dates `YYYY-MM-DD`), ended by a blank
/// line.
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
        if key == "date" && !looks_like_date(value) {
            return 0;
        }
        fields.push((key, value.to_string()));
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
        let e5 = out[4].as_ref().unwrap_err();
        assert!(
            matches!(e5.kind, ReadErrorKind::InvalidUtf8 { offset: 21 }),
            "{e5}"
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
    fn invalid_utf8_plain_text_names_byte() {
        let e = parse_plain_text("bad.txt", b"caf\xe9 talks").unwrap_err();
        assert_eq!(e.to_string(), "bad.txt: byte 3: invalid UTF-8 at byte 3");
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
