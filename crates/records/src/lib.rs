//! Output records: what users and the scorer read.
//!
//! [`EventRecord`] is the PLOVER-style JSON object written one per line by
//! `parley code` (the contract is `../shared/EVAL.md`); spans are converted
//! from internal byte offsets to **character** offsets into the document text.
//! [`CsvWriter`] writes one row per event with the columns in [`CSV_COLUMNS`].
//!
//! ```
//! use parley_records::EventRecord;
//! use parley_text::Document;
//!
//! let doc = Document { id: "d1".into(), text: "India and Japan held talks.".into(), ..Default::default() };
//! let events = parley_coder::code_text(&doc.text, None);
//! let rec = EventRecord::from_event(&doc, &events[0], 0);
//! assert_eq!(rec.event.as_deref(), Some("CONSULT"));
//! assert_eq!(rec.actor[0].entity_text.as_deref(), Some("India"));
//! ```

use std::io::Write;

use parley_coder::{CodedEvent, Party};
use parley_text::{CharIndex, Document, Span};
use serde::Serialize;

/// One side of an event in a record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorRecord {
    /// Full CAMEO-style actor code, e.g. `INDGOVMIL`.
    pub code: String,
    /// ISO alpha-3 or CAMEO root (`IGO`, `NGO`, …); `---` when unknown.
    pub country: String,
    /// Primary sector code, when known.
    pub sector: Option<String>,
    /// All sector codes.
    pub sectors: Vec<String>,
    /// A person's name, when the mention names one.
    pub name: Option<String>,
    /// True when the country was inferred from context, not named.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub country_inferred: bool,
    /// The text of the mention; null for a party no words name (inferred
    /// from the event's kind and place).
    pub entity_text: Option<String>,
    /// `[start, end]` character offsets of the mention in the document text;
    /// null for a party no words name. A pronoun resolved to a name in the
    /// event's own sentence ("the rebels said they would release …") is
    /// given by that name; the pronoun is then `anaphor_span`.
    pub span: Option<[usize; 2]>,
    /// For pronouns and descriptions resolved to a mention outside the
    /// event's sentence, the character span of that mention.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antecedent_span: Option<[usize; 2]>,
    /// The pronoun or description in the event's clause that stands for the
    /// party, when `span` gives the name it stands for in the same sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anaphor_span: Option<[usize; 2]>,
}

/// One event record (PLOVER fields plus CAMEO and provenance).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRecord {
    /// The input document's id.
    pub doc_id: String,
    /// `doc_id:n`, unique within a run.
    pub event_id: String,
    /// Event date, normalised at its precision: `2024-11-21`, `2024-W47`,
    /// `2024-11` or `2024` (a range's start); null when unknown.
    pub date: Option<String>,
    /// `day`, `week`, `month` or `year`.
    pub date_precision: Option<&'static str>,
    /// A range's end ("from 3 to 5 March"), same format as `date`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_end: Option<String>,
    /// Where the date comes from: `clause`, `sentence`, `dateline`, `lead`
    /// (the words are in `date_text` at `date_span`) or `publication`.
    pub date_source: Option<&'static str>,
    /// The words the date was read from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_text: Option<String>,
    /// `[start, end]` character offsets of those words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_span: Option<[usize; 2]>,
    /// PLOVER category.
    pub event: Option<String>,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// PLOVER context.
    pub context: Option<String>,
    /// CAMEO event code.
    pub cameo: String,
    /// For a future or conditional act coded as intention (AGREE) or threat
    /// (THREATEN), the CAMEO code of the act itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intended_cameo: Option<String>,
    /// Quad class 1–4.
    pub quad_code: u8,
    /// Goldstein value.
    pub goldstein: f32,
    /// Who acted.
    pub actor: Vec<ActorRecord>,
    /// Who was acted upon.
    pub recipient: Vec<ActorRecord>,
    /// Joint or reciprocal action.
    pub symmetric: bool,
    /// asserted, future, scheduled, historical, hypothetical, alleged, intended, negated, demanded,
    /// referenced or habitual.
    pub modality: &'static str,
    /// The trigger words.
    pub event_text: String,
    /// `[start, end]` character offsets of the trigger.
    pub trigger_span: [usize; 2],
    /// `[start, end]` character offsets of the sentence.
    pub sentence_span: [usize; 2],
    /// The sentence.
    pub sentence_text: String,
    /// The rule that fired (`file:line` of the pattern).
    pub rule: String,
    /// The pattern's text.
    pub pattern: String,
    /// Calibrated confidence (share of such events right on the dev gold sets).
    pub confidence: f32,
    /// Where the event happened, when the text says so; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_loc: Option<LocationRecord>,
    /// What the event is about, when its words name it: an agreement ("an
    /// implementing arrangement on air-to-air refuelling") or a meeting
    /// ("Defence Policy Dialogue"); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// `[start, end]` character offsets of the topic's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic_span: Option<[usize; 2]>,
}

/// An event's location.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LocationRecord {
    /// The place's name in the gazetteer.
    pub name: String,
    /// ISO alpha-3 code of its country (null for a continent).
    pub country: Option<String>,
    /// GeoNames id (null for a US county: the Census Bureau's, not GeoNames').
    pub geonameid: Option<u32>,
    /// GeoNames feature code (CONT, PCLI, ADM1, ADM2, PPLC, PPL).
    pub feature: &'static str,
    /// `city`, `admin2`, `admin1`, `country` or `continent`.
    pub precision: &'static str,
    /// Latitude, for a city only: a country's or division's centre is not
    /// where an event happened.
    pub lat: Option<f64>,
    /// Longitude, for a city only.
    pub lon: Option<f64>,
    /// `clause`, `sentence`, `venue` or `dateline`.
    pub source: &'static str,
    /// The words naming the place.
    pub text: String,
    /// `[start, end]` character offsets of those words.
    pub span: [usize; 2],
}

fn actor_record(doc: &Document, idx: &CharIndex, p: &Party, sentence: Span) -> ActorRecord {
    // A pronoun whose antecedent is in the same sentence: the name is the
    // party's mention ("Sri Lankan rebels said they will release …"), the
    // pronoun its anaphor.
    let in_sentence = p
        .antecedent
        .filter(|a| !p.implicit && a.start >= sentence.start && a.end <= sentence.end);
    let (mention, antecedent, anaphor) = match in_sentence {
        Some(a) => (a, None, Some(p.span)),
        None => (p.span, p.antecedent, None),
    };
    ActorRecord {
        code: p.actor.code.clone(),
        country: p.actor.country.clone().unwrap_or_else(|| "---".to_string()),
        sector: p.actor.sectors.first().cloned(),
        sectors: p.actor.sectors.clone(),
        name: p.actor.person.clone(),
        country_inferred: p.actor.country_inferred,
        entity_text: (!p.implicit).then(|| mention.text(&doc.text).to_string()),
        span: (!p.implicit).then(|| idx.char_span(mention)),
        antecedent_span: antecedent.map(|s| idx.char_span(s)),
        anaphor_span: anaphor.map(|s| idx.char_span(s)),
    }
}

impl EventRecord {
    /// Builds the record of event number `n` of `doc`.
    pub fn from_event(doc: &Document, e: &CodedEvent, n: usize) -> EventRecord {
        let idx = CharIndex::new(&doc.text);
        EventRecord::with_index(doc, &idx, e, n)
    }

    /// As [`EventRecord::from_event`], reusing a character index of `doc.text`.
    pub fn with_index(doc: &Document, idx: &CharIndex, e: &CodedEvent, n: usize) -> EventRecord {
        EventRecord {
            doc_id: doc.id.clone(),
            event_id: format!("{}:{}", doc.id, n),
            date: e.date.as_ref().map(|d| d.value.normalised()),
            date_precision: e.date.as_ref().map(|d| d.value.precision.as_str()),
            date_end: e.date.as_ref().and_then(|d| d.end).map(|t| t.normalised()),
            date_source: e.date.as_ref().map(|d| d.source.as_str()),
            date_text: e
                .date
                .as_ref()
                .and_then(|d| d.span)
                .map(|sp| sp.text(&doc.text).to_string()),
            date_span: e
                .date
                .as_ref()
                .and_then(|d| d.span)
                .map(|sp| idx.char_span(sp)),
            event: e.plover.clone(),
            mode: e.mode.clone(),
            context: e.context.clone(),
            cameo: e.cameo.clone(),
            intended_cameo: e.reduced_from.clone(),
            quad_code: e.quad,
            goldstein: e.goldstein,
            actor: e
                .actors
                .iter()
                .map(|p| actor_record(doc, idx, p, e.sentence_span))
                .collect(),
            recipient: e
                .recipients
                .iter()
                .map(|p| actor_record(doc, idx, p, e.sentence_span))
                .collect(),
            symmetric: e.symmetric,
            modality: e.modality.as_str(),
            event_text: e.trigger.text(&doc.text).to_string(),
            trigger_span: idx.char_span(e.trigger),
            sentence_span: idx.char_span(e.sentence_span),
            sentence_text: e.sentence_span.text(&doc.text).to_string(),
            rule: e.rule.clone(),
            pattern: e.pattern.clone(),
            confidence: e.confidence,
            event_loc: e.location.as_ref().map(|l| {
                let g = parley_coder::Gazetteer::embedded().place(l.place);
                let city = g.feature.precision() == "city";
                LocationRecord {
                    name: g.name.clone(),
                    country: (!g.country.is_empty()).then(|| g.country.clone()),
                    geonameid: g.geonameid,
                    feature: g.feature.code(),
                    precision: g.feature.precision(),
                    lat: city.then_some(g.lat),
                    lon: city.then_some(g.lon),
                    source: l.source.as_str(),
                    text: l.span.text(&doc.text).to_string(),
                    span: idx.char_span(l.span),
                }
            }),
            topic: e.topic.map(|t| t.text(&doc.text).to_string()),
            topic_span: e.topic.map(|t| idx.char_span(t)),
        }
    }

    /// The record as dyads, GDELT-style: one record per (actor, recipient)
    /// pair, each with one actor and at most one recipient, event ids
    /// `doc:n.k`. A symmetric event without recipients (joint action of its
    /// actors) gives one record per pair of actors; an event with actors and
    /// no recipients, one per actor; with recipients and no actors, one per
    /// recipient. A record that already is one dyad comes back unchanged.
    pub fn dyads(&self) -> Vec<EventRecord> {
        let pairs: Vec<(Option<&ActorRecord>, Option<&ActorRecord>)> =
            match (self.actor.as_slice(), self.recipient.as_slice()) {
                ([] | [_], [] | [_]) => return vec![self.clone()],
                (actors, []) if self.symmetric => actors
                    .iter()
                    .enumerate()
                    .flat_map(|(i, a)| actors[i + 1..].iter().map(move |b| (Some(a), Some(b))))
                    .collect(),
                (actors, []) => actors.iter().map(|a| (Some(a), None)).collect(),
                ([], recipients) => recipients.iter().map(|r| (None, Some(r))).collect(),
                (actors, recipients) => actors
                    .iter()
                    .flat_map(|a| recipients.iter().map(move |r| (Some(a), Some(r))))
                    .collect(),
            };
        pairs
            .into_iter()
            .enumerate()
            .map(|(k, (a, r))| EventRecord {
                event_id: format!("{}.{}", self.event_id, k),
                actor: a.into_iter().cloned().collect(),
                recipient: r.into_iter().cloned().collect(),
                ..self.clone()
            })
            .collect()
    }
}

/// Writes records as JSON Lines.
pub fn write_jsonl<W: Write>(out: &mut W, rec: &EventRecord) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, rec).map_err(std::io::Error::from)?;
    out.write_all(b"\n")
}

/// The CSV columns, in order. Lists are joined with `;`.
pub const CSV_COLUMNS: &[&str] = &[
    "event_id",
    "doc_id",
    "date",
    "event",
    "mode",
    "context",
    "cameo",
    "quad_code",
    "goldstein",
    "actor_codes",
    "actor_countries",
    "actor_texts",
    "recipient_codes",
    "recipient_countries",
    "recipient_texts",
    "symmetric",
    "modality",
    "event_text",
    "trigger_start",
    "trigger_end",
    "sentence_start",
    "sentence_end",
    "rule",
    "confidence",
    "date_precision",
    "date_source",
    "location_name",
    "location_country",
    "location_precision",
    "location_lat",
    "location_lon",
    "location_geonameid",
];

/// A CSV error as an IO error, keeping the kind of an underlying IO error
/// (a closed pipe stays `BrokenPipe`).
fn csv_io(e: csv::Error) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => std::io::Error::other(format!("{other:?}")),
    }
}

/// Writes records as CSV rows under a header of [`CSV_COLUMNS`].
pub struct CsvWriter<W: Write> {
    inner: csv::Writer<W>,
}

impl<W: Write> CsvWriter<W> {
    /// Starts a CSV document (writes the header).
    pub fn new(out: W) -> std::io::Result<CsvWriter<W>> {
        let mut inner = csv::Writer::from_writer(out);
        inner.write_record(CSV_COLUMNS).map_err(csv_io)?;
        Ok(CsvWriter { inner })
    }

    /// Writes one record.
    pub fn write(&mut self, r: &EventRecord) -> std::io::Result<()> {
        let join = |v: &[ActorRecord], f: fn(&ActorRecord) -> &str| {
            v.iter().map(f).collect::<Vec<_>>().join(";")
        };
        let loc =
            |f: fn(&LocationRecord) -> String| r.event_loc.as_ref().map(f).unwrap_or_default();
        let row = [
            r.event_id.clone(),
            r.doc_id.clone(),
            r.date.clone().unwrap_or_default(),
            r.event.clone().unwrap_or_default(),
            r.mode.clone().unwrap_or_default(),
            r.context.clone().unwrap_or_default(),
            r.cameo.clone(),
            r.quad_code.to_string(),
            format!("{:.1}", r.goldstein),
            join(&r.actor, |a| &a.code),
            join(&r.actor, |a| &a.country),
            join(&r.actor, |a| a.entity_text.as_deref().unwrap_or("")),
            join(&r.recipient, |a| &a.code),
            join(&r.recipient, |a| &a.country),
            join(&r.recipient, |a| a.entity_text.as_deref().unwrap_or("")),
            r.symmetric.to_string(),
            r.modality.to_string(),
            r.event_text.clone(),
            r.trigger_span[0].to_string(),
            r.trigger_span[1].to_string(),
            r.sentence_span[0].to_string(),
            r.sentence_span[1].to_string(),
            r.rule.clone(),
            format!("{:.2}", r.confidence),
            r.date_precision.unwrap_or_default().to_string(),
            r.date_source.unwrap_or_default().to_string(),
            loc(|l| l.name.clone()),
            loc(|l| l.country.clone().unwrap_or_default()),
            loc(|l| l.precision.to_string()),
            loc(|l| l.lat.map(|x| x.to_string()).unwrap_or_default()),
            loc(|l| l.lon.map(|x| x.to_string()).unwrap_or_default()),
            loc(|l| l.geonameid.map_or_else(String::new, |id| id.to_string())),
        ];
        self.inner.write_record(&row).map_err(csv_io)
    }

    /// Flushes the output.
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
