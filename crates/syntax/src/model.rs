//! The syntax model: tagger, lemmatiser and parser in one file.
//!
//! # File format (version 3)
//!
//! Little-endian throughout. The file starts with the 8-byte magic
//! `PARLEYSX`, a `u32` format version, and a `u64` FNV-1a checksum of
//! everything after it. Then, in order: the tagger, the lemmatiser, the parser.
//! A string is a `u32` byte length and UTF-8 bytes; a list is a `u32` count
//! and its items; a classifier is `u32` classes, `f32` scale, `u32` rows,
//! `u32` pairs, the rows' `u32` keys, each row's pair count minus one as a
//! `u8`, the pairs' `u8` classes and their `i16` weights. Maps
//! are written sorted, so the same model always gives the same bytes.
//!
//! - Tagger: list of tags (UPOS string, XPOS string); tag dictionary (form
//!   string, `u16` tag); ambiguity classes (`u64` word hash, `u64` class hash);
//!   word clusters (`u16` cluster count, then a list of `u64` word hash and
//!   `u16` cluster); classifier.
//! - Lemmatiser: rules (`u8` lower-case flag, `u8` cut, append string); FEATS
//!   strings; lexicon (form, XPOS, `u32` rule, `u32` feats); endings (XPOS,
//!   ending, `u32` rule); tag features (UPOS, XPOS, `u32` feats).
//! - Parser: relation names; transition classifier (3 classes: shift, left,
//!   right); label classifier (one class per relation).
//!
//! The file must end exactly after the parser.

use std::collections::HashMap;

use crate::clusters::Clusters;
use crate::lemma::{Lemmatiser, Rule};
use crate::parser::Parser;
use crate::perceptron::Classifier;
use crate::tagger::{Tag, Tagger};

/// First bytes of a model file.
pub const MAGIC: &[u8; 8] = b"PARLEYSX";
/// Format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 3;

/// Why a model file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    /// The file does not start with [`MAGIC`].
    #[error("not a parley model of this kind (bad magic number)")]
    BadMagic,
    /// The file was written in another format version.
    #[error("model format version {found}, but this build of parley reads version {expected}; retrain it (`parley train`, `parley train-names`) or use a matching build")]
    Version {
        /// Version in the file.
        found: u32,
        /// Version this build reads.
        expected: u32,
    },
    /// The checksum does not match: the file is damaged.
    #[error("model file is damaged (checksum mismatch)")]
    Checksum,
    /// The file ends early or holds an impossible value.
    #[error("model file is malformed at byte {offset}: {what}")]
    Malformed {
        /// Byte offset where reading failed.
        offset: usize,
        /// What was expected.
        what: &'static str,
    },
}

/// Tagger, lemmatiser and parser trained together.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Part-of-speech tagger.
    pub tagger: Tagger,
    /// Lemmatiser and morphological features.
    pub lemmatiser: Lemmatiser,
    /// Dependency parser.
    pub parser: Parser,
}

/// A model file around `body`: magic, this format version, the body's checksum
/// and the body. [`Model::to_bytes`] uses it; tests and fuzz targets use it to
/// get altered bodies past the checksum to the reader.
pub fn seal(body: &[u8]) -> Vec<u8> {
    seal_as(MAGIC, FORMAT_VERSION, body)
}

/// A file of any of parley's binary model kinds around `body`: `magic`,
/// `version`, the body's checksum and the body (the layout of [`seal`]).
pub fn seal_as(magic: &[u8; 8], version: u32, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + HEADER_BYTES);
    out.extend(magic);
    out.extend(version.to_le_bytes());
    out.extend(fnv(body).to_le_bytes());
    out.extend(body);
    out
}

/// Checks the header written by [`seal_as`] and returns a reader at the
/// start of the body.
///
/// # Errors
/// [`ModelError::BadMagic`], [`ModelError::Version`] or
/// [`ModelError::Checksum`] when the header does not match.
pub fn open_as<'a>(
    bytes: &'a [u8],
    magic: &[u8; 8],
    version: u32,
) -> Result<Reader<'a>, ModelError> {
    if bytes.len() < 8 || &bytes[..8] != magic {
        return Err(ModelError::BadMagic);
    }
    let mut r = Reader { bytes, at: 8 };
    let found = r.u32("format version")?;
    if found != version {
        return Err(ModelError::Version {
            found,
            expected: version,
        });
    }
    let sum = u64::from_le_bytes(r.take(8, "checksum")?.try_into().expect("8"));
    if fnv(&bytes[r.at..]) != sum {
        return Err(ModelError::Checksum);
    }
    Ok(r)
}

/// Bytes before the body: magic (8), format version (4), checksum (8).
pub const HEADER_BYTES: usize = 20;

fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100_0000_01B3);
    }
    h
}

/// Writes the body of a model file: little-endian numbers, length-prefixed
/// strings, classifiers and word clusters in the layout described above.
#[derive(Debug, Default)]
pub struct Writer(Vec<u8>);

impl Writer {
    /// An empty body.
    pub fn new() -> Writer {
        Writer(Vec::new())
    }
    /// The bytes written so far.
    pub fn into_bytes(self) -> Vec<u8> {
        self.0
    }
    /// A `u64`.
    pub fn u64(&mut self, v: u64) {
        self.0.extend(v.to_le_bytes());
    }
    /// Word clusters: `u16` cluster count, then a list of `u64` word hash and
    /// `u16` cluster, sorted.
    pub fn clusters(&mut self, c: &Clusters) {
        self.u16(c.count);
        let mut clusters: Vec<(&u64, &u16)> = c.of.iter().collect();
        clusters.sort();
        self.len(clusters.len());
        for (word, cluster) in clusters {
            self.u64(*word);
            self.u16(*cluster);
        }
    }
    /// A `u8`.
    pub fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    /// A `u16`.
    pub fn u16(&mut self, v: u16) {
        self.0.extend(v.to_le_bytes());
    }
    /// A `u32`.
    pub fn u32(&mut self, v: u32) {
        self.0.extend(v.to_le_bytes());
    }
    /// A count or length, as a `u32`.
    ///
    /// # Panics
    /// Beyond `u32::MAX`.
    pub fn len(&mut self, v: usize) {
        self.u32(u32::try_from(v).expect("model section larger than 4G items"));
    }
    /// A string: `u32` byte length and UTF-8 bytes.
    pub fn str(&mut self, s: &str) {
        self.len(s.len());
        self.0.extend(s.as_bytes());
    }
    /// A classifier (layout in the module documentation).
    pub fn classifier(&mut self, c: &Classifier) {
        self.len(c.n_classes());
        self.0.extend(c.scale().to_le_bytes());
        self.len(c.n_features());
        self.len(c.weights().len());
        for k in c.keys() {
            self.0.extend(k.to_le_bytes());
        }
        for o in c.offsets().windows(2) {
            self.u8((o[1] - o[0] - 1) as u8);
        }
        self.0.extend(c.classes());
        for w in c.weights() {
            self.0.extend(w.to_le_bytes());
        }
    }
}

/// Reads what [`Writer`] wrote; every read names what it expected, so a
/// damaged file gives [`ModelError::Malformed`] with a byte offset.
#[derive(Debug)]
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    /// Byte offset of the next read.
    pub fn at(&self) -> usize {
        self.at
    }
    /// Succeeds only when everything has been read.
    ///
    /// # Errors
    /// [`ModelError::Malformed`] when bytes are left over.
    pub fn finish(&self) -> Result<(), ModelError> {
        if self.at == self.bytes.len() {
            Ok(())
        } else {
            Err(ModelError::Malformed {
                offset: self.at,
                what: "end of file",
            })
        }
    }
    /// A `u64`.
    pub fn u64(&mut self, what: &'static str) -> Result<u64, ModelError> {
        Ok(u64::from_le_bytes(
            self.take(8, what)?.try_into().expect("8 bytes"),
        ))
    }
    /// Word clusters written by [`Writer::clusters`].
    pub fn clusters(&mut self) -> Result<Clusters, ModelError> {
        let n_clusters = self.u16("cluster count")?;
        let n_words = self.count(10, "clustered words")?;
        let mut clusters = Clusters {
            of: crate::perceptron::HashKeyed::with_capacity_and_hasher(n_words, Default::default()),
            count: n_clusters,
        };
        for _ in 0..n_words {
            let word = self.u64("clustered word")?;
            let cluster = self.u16("cluster")?;
            if cluster >= n_clusters {
                return Err(ModelError::Malformed {
                    offset: self.at - 2,
                    what: "cluster",
                });
            }
            clusters.of.insert(word, cluster);
        }
        Ok(clusters)
    }
    fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], ModelError> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let Some(end) = end else {
            return Err(ModelError::Malformed {
                offset: self.at,
                what,
            });
        };
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
    /// A `u8`.
    pub fn u8(&mut self, what: &'static str) -> Result<u8, ModelError> {
        Ok(self.take(1, what)?[0])
    }
    /// A `u16`.
    pub fn u16(&mut self, what: &'static str) -> Result<u16, ModelError> {
        Ok(u16::from_le_bytes(
            self.take(2, what)?.try_into().expect("2 bytes"),
        ))
    }
    /// A `u32`.
    pub fn u32(&mut self, what: &'static str) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(
            self.take(4, what)?.try_into().expect("4 bytes"),
        ))
    }
    /// A count of items that each take at least `item_bytes` bytes: a count
    /// that cannot fit in the rest of the file is corrupt (so a crafted file
    /// cannot make the reader reserve more memory than its own size allows).
    pub fn count(&mut self, item_bytes: usize, what: &'static str) -> Result<usize, ModelError> {
        let n = self.u32(what)? as usize;
        if n.saturating_mul(item_bytes) > self.bytes.len() - self.at {
            return Err(ModelError::Malformed {
                offset: self.at - 4,
                what,
            });
        }
        Ok(n)
    }
    /// A string written by [`Writer::str`].
    pub fn str(&mut self, what: &'static str) -> Result<String, ModelError> {
        let n = self.count(1, what)?;
        let at = self.at;
        let b = self.take(n, what)?;
        String::from_utf8(b.to_vec()).map_err(|_| ModelError::Malformed { offset: at, what })
    }
    fn u32s(&mut self, n: usize, what: &'static str) -> Result<Vec<u32>, ModelError> {
        let bytes = n.checked_mul(4).ok_or(ModelError::Malformed {
            offset: self.at,
            what,
        })?;
        Ok(self
            .take(bytes, what)?
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().expect("4")))
            .collect())
    }
    /// A classifier written by [`Writer::classifier`].
    pub fn classifier(&mut self, what: &'static str) -> Result<Classifier, ModelError> {
        let n_classes = self.u32(what)? as usize;
        let scale = f32::from_le_bytes(self.take(4, what)?.try_into().expect("4 bytes"));
        // A row is a 4-byte key and a count byte; a pair a class byte and a 2-byte weight.
        let rows = self.count(5, what)?;
        let pairs = self.count(3, what)?;
        let keys = self.u32s(rows, what)?;
        let mut offsets = Vec::with_capacity(rows + 1);
        offsets.push(0u32);
        let mut end = 0u32;
        for &count in self.take(rows, what)? {
            end = end.saturating_add(u32::from(count) + 1);
            offsets.push(end);
        }
        let classes = self.take(pairs, what)?.to_vec();
        let weights: Vec<i16> = self
            .take(pairs * 2, what)?
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes(c.try_into().expect("2")))
            .collect();
        Classifier::try_from_parts(n_classes, scale, keys, offsets, classes, weights).map_err(
            |_| ModelError::Malformed {
                offset: self.at,
                what,
            },
        )
    }
}

/// The model shipped with parley (`models/syntax-en.bin`), loaded once.
pub static EMBEDDED: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../models/syntax-en.bin"
));

impl Model {
    /// The model shipped in the binary, decoded on first use.
    ///
    /// # Panics
    /// If the embedded file is not a valid model of this format version (a build
    /// error caught by the tests).
    pub fn embedded() -> &'static Model {
        static MODEL: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| {
            Model::from_bytes(EMBEDDED).expect("the embedded syntax model is valid")
        })
    }

    /// Serialises the model (deterministic bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer(Vec::new());
        // Tagger.
        w.len(self.tagger.tags.len());
        for t in &self.tagger.tags {
            w.str(&t.upos);
            w.str(&t.xpos);
        }
        let mut dict: Vec<(&String, &u16)> = self.tagger.dictionary.iter().collect();
        dict.sort();
        w.len(dict.len());
        for (form, tag) in dict {
            w.str(form);
            w.u16(*tag);
        }
        let mut amb: Vec<(&u64, &u64)> = self.tagger.ambiguity.iter().collect();
        amb.sort();
        w.len(amb.len());
        for (word, class) in amb {
            w.0.extend(word.to_le_bytes());
            w.0.extend(class.to_le_bytes());
        }
        w.clusters(&self.tagger.clusters);
        w.classifier(&self.tagger.classifier);
        // Lemmatiser.
        let l = &self.lemmatiser;
        w.len(l.rules.len());
        for r in &l.rules {
            w.u8(u8::from(r.lower));
            w.u8(r.cut);
            w.str(&r.append);
        }
        w.len(l.feats.len());
        for f in &l.feats {
            w.str(f);
        }
        let mut lex: Vec<_> = l.lexicon.iter().collect();
        lex.sort();
        w.len(lex.len());
        for ((form, xpos), (rule, feats)) in lex {
            w.str(form);
            w.str(xpos);
            w.u32(*rule);
            w.u32(*feats);
        }
        let mut suf: Vec<_> = l.suffixes.iter().collect();
        suf.sort();
        w.len(suf.len());
        for ((xpos, ending), rule) in suf {
            w.str(xpos);
            w.str(ending);
            w.u32(*rule);
        }
        let mut tf: Vec<_> = l.tag_feats.iter().collect();
        tf.sort();
        w.len(tf.len());
        for ((upos, xpos), feats) in tf {
            w.str(upos);
            w.str(xpos);
            w.u32(*feats);
        }
        // Parser.
        w.len(self.parser.labels.len());
        for label in &self.parser.labels {
            w.str(label);
        }
        w.classifier(&self.parser.moves);
        w.classifier(&self.parser.labeller);
        seal(&w.0)
    }

    /// Reads a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = open_as(bytes, MAGIC, FORMAT_VERSION)?;
        let n_tags = r.count(8, "tag count")?;
        let mut tags = Vec::with_capacity(n_tags);
        for _ in 0..n_tags {
            tags.push(Tag {
                upos: r.str("UPOS")?,
                xpos: r.str("XPOS")?,
            });
        }
        let n_dict = r.count(6, "tag dictionary")?;
        let mut dictionary = HashMap::with_capacity(n_dict);
        for _ in 0..n_dict {
            let form = r.str("dictionary form")?;
            let tag = r.u16("dictionary tag")?;
            if tag as usize >= n_tags {
                return Err(ModelError::Malformed {
                    offset: r.at - 2,
                    what: "dictionary tag",
                });
            }
            dictionary.insert(form, tag);
        }
        let n_amb = r.count(16, "ambiguity classes")?;
        let mut ambiguity =
            crate::perceptron::HashKeyed::with_capacity_and_hasher(n_amb, Default::default());
        for _ in 0..n_amb {
            let word = u64::from_le_bytes(r.take(8, "ambiguity word")?.try_into().expect("8"));
            let class = u64::from_le_bytes(r.take(8, "ambiguity class")?.try_into().expect("8"));
            ambiguity.insert(word, class);
        }
        let clusters = r.clusters()?;
        let classifier = r.classifier("tagger weights")?;
        if classifier.n_classes() != n_tags {
            return Err(ModelError::Malformed {
                offset: r.at,
                what: "tagger classes",
            });
        }
        let tagger = Tagger {
            tags,
            classifier,
            dictionary,
            ambiguity,
            clusters,
        };
        let mut l = Lemmatiser::default();
        for _ in 0..r.count(6, "rule count")? {
            let lower = r.u8("rule case")? != 0;
            let cut = r.u8("rule cut")?;
            l.rules.push(Rule {
                lower,
                cut,
                append: r.str("rule suffix")?,
            });
        }
        for _ in 0..r.count(4, "feats count")? {
            l.feats.push(r.str("feats")?);
        }
        let (n_rules, n_feats) = (l.rules.len() as u32, l.feats.len() as u32);
        for _ in 0..r.count(16, "lexicon size")? {
            let key = (r.str("lexicon form")?, r.str("lexicon tag")?);
            let (rule, feats) = (r.u32("lexicon rule")?, r.u32("lexicon feats")?);
            if rule >= n_rules || feats >= n_feats {
                return Err(ModelError::Malformed {
                    offset: r.at - 8,
                    what: "lexicon entry",
                });
            }
            l.lexicon.insert(key, (rule, feats));
        }
        for _ in 0..r.count(12, "suffix table size")? {
            let key = (r.str("suffix tag")?, r.str("suffix")?);
            let rule = r.u32("suffix rule")?;
            if rule >= n_rules {
                return Err(ModelError::Malformed {
                    offset: r.at - 4,
                    what: "suffix rule",
                });
            }
            l.suffixes.insert(key, rule);
        }
        for _ in 0..r.count(12, "tag feats size")? {
            let key = (r.str("feats UPOS")?, r.str("feats XPOS")?);
            let feats = r.u32("tag feats")?;
            if feats >= n_feats {
                return Err(ModelError::Malformed {
                    offset: r.at - 4,
                    what: "tag feats",
                });
            }
            l.tag_feats.insert(key, feats);
        }
        let n_labels = r.count(4, "label count")?;
        let mut labels = Vec::with_capacity(n_labels);
        for _ in 0..n_labels {
            labels.push(r.str("label")?);
        }
        let moves = r.classifier("transition weights")?;
        let labeller = r.classifier("label weights")?;
        if moves.n_classes() != crate::parser::N_MOVES || labeller.n_classes() != n_labels {
            return Err(ModelError::Malformed {
                offset: r.at,
                what: "parser classes",
            });
        }
        r.finish()?;
        Ok(Model {
            tagger,
            lemmatiser: l,
            parser: Parser {
                labels,
                moves,
                labeller,
            },
        })
    }
}
