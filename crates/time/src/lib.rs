//! Temporal expressions: found in a sentence's tokens, with byte spans, and
//! normalised relative to the document's (publication) date.
//!
//! What is recognised (see the table test in `tests/expressions.rs`):
//! - absolute dates: "November 21, 2024", "Nov. 21, 2024", "21 Nov 2024",
//!   "Nov. 21" and "21 November" (the year nearest the document date),
//!   "2024-11-21", and numeric dates with slashes or dots ("21/11/2024");
//! - weekdays: "on Thursday", "last Thursday", "next Friday";
//! - relative expressions: "yesterday", "today", "tomorrow", "last week",
//!   "next month", "this year", "earlier this year", "two days ago",
//!   "in three weeks";
//! - months and years: "December 2024", "in December", "in 2025",
//!   "early 2025", "mid-August", "the 1990s";
//! - ranges: "from 3 to 5 March", "3-5 March", "March 3-5";
//! - datelines: "NEW DELHI, Nov 21 (Reuters) -" (the date is marked
//!   [`TimeMention::dateline`]).
//!
//! **Numeric dates** ("04/05/2024") are read day first, as most of the
//! world's news writes them, unless only the second number can be a day
//! ("11/21/2024": month first, the American order). ISO dates
//! ("2024-11-21") are year, month, day.
//!
//! **Expressions without a year** take the document date's context: a month
//! and day take the year that puts them nearest the document date (on or
//! before it in past-tense sentences, on or after it in future ones); "in
//! December" is the most recent December in a past-tense sentence, the next
//! one in a future one; "on Thursday" is the Thursday of the article's week,
//! on or before the document date when the sentence is in the past tense, on
//! or after it when it speaks of the future: a future marker ("will",
//! "next", "scheduled") among the words before the expression, back to the
//! last comma or other clause mark.
//! Without a document date, expressions that need one are not reported.
//!
//! Total: any token sequence gives a (possibly empty) list.

use std::ops::Range;

mod publication;

pub use jiff::civil::Date;
use jiff::civil::Weekday;
use parley_text::{Span, Token};
pub use publication::read_publication_date;

/// How precisely a value is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// A day.
    Day,
    /// A week (Monday to Sunday).
    Week,
    /// A month.
    Month,
    /// A year.
    Year,
}

impl Precision {
    /// `day`, `week`, `month` or `year`.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }
}

/// A point in time at some precision: the period's first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimePoint {
    /// The first day of the period (the day itself for day precision, the
    /// Monday of a week, the 1st of a month, 1 January of a year).
    pub date: Date,
    /// How precise it is.
    pub precision: Precision,
}

impl TimePoint {
    /// The period containing `date` at `precision`.
    pub fn of(date: Date, precision: Precision) -> TimePoint {
        let start = match precision {
            Precision::Day => date,
            Precision::Week => add_days(date, -i64::from(date.weekday().to_monday_zero_offset())),
            Precision::Month => date.first_of_month(),
            Precision::Year => date.first_of_year(),
        };
        TimePoint {
            date: start,
            precision,
        }
    }

    /// The normalised value: `2024-11-21`, `2024-W47`, `2024-11` or `2024`.
    pub fn normalised(&self) -> String {
        let d = self.date;
        match self.precision {
            Precision::Day => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            Precision::Week => {
                let w = d.iso_week_date();
                format!("{:04}-W{:02}", w.year(), w.week())
            }
            Precision::Month => format!("{:04}-{:02}", d.year(), d.month()),
            Precision::Year => format!("{:04}", d.year()),
        }
    }

    /// Reads a value written by [`TimePoint::normalised`] (`2024-11-21`,
    /// `2024-W47`, `2024-11`, `2024`); `None` for anything else.
    pub fn parse(s: &str) -> Option<TimePoint> {
        let num = |t: &str, len: usize| -> Option<i16> {
            (t.len() == len && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.parse().ok())
                .flatten()
        };
        let mut parts = s.split('-');
        let year = num(parts.next()?, 4)?;
        let (date, precision) = match (parts.next(), parts.next(), parts.next()) {
            (None, ..) => (jiff::civil::date(year, 1, 1), Precision::Year),
            (Some(w), None, _) if w.starts_with('W') => {
                let week = num(&w[1..], 2)?;
                let d = jiff::civil::ISOWeekDate::new(year, week as i8, Weekday::Monday).ok()?;
                (d.date(), Precision::Week)
            }
            (Some(m), None, _) => (Date::new(year, num(m, 2)? as i8, 1).ok()?, Precision::Month),
            (Some(m), Some(d), None) => (
                Date::new(year, num(m, 2)? as i8, num(d, 2)? as i8).ok()?,
                Precision::Day,
            ),
            _ => return None,
        };
        Some(TimePoint { date, precision })
    }

    /// The last day of the period.
    pub fn last_day(&self) -> Date {
        let d = self.date;
        match self.precision {
            Precision::Day => d,
            Precision::Week => add_days(d, 6),
            Precision::Month => d.last_of_month(),
            Precision::Year => d.last_of_year(),
        }
    }
}

/// Whether a sentence speaks of the past or of the future; decides
/// expressions without a year or week ("on Thursday", "in December").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Past or present (the default for news).
    Past,
    /// Future: "will", "shall", "next", "scheduled", "due to", "plans to"…
    Future,
}

/// One temporal expression in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeMention {
    /// Byte span in the text.
    pub span: Span,
    /// Token range within the sentence's tokens.
    pub tokens: Range<usize>,
    /// Its value (for a range, the start).
    pub value: TimePoint,
    /// For a range ("from 3 to 5 March", "the 1990s"), its end.
    pub end: Option<TimePoint>,
    /// True when the value depends on the document date ("yesterday",
    /// "on Thursday", "Nov. 21").
    pub relative: bool,
    /// True for the date of a dateline ("NEW DELHI, Nov 21 (Reuters) -").
    pub dateline: bool,
}

/// Parses a document date `YYYY-MM-DD` (also the date part of an RFC 3339
/// timestamp). `None` if it is not a valid date.
pub fn parse_document_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let head = s.get(..10)?;
    let b = head.as_bytes();
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i16 = head[..4].parse().ok()?;
    let m: i8 = head[5..7].parse().ok()?;
    let d: i8 = head[8..10].parse().ok()?;
    Date::new(y, m, d).ok()
}

fn add_days(d: Date, n: i64) -> Date {
    d.checked_add(jiff::Span::new().days(n)).unwrap_or(d)
}

fn add_months(d: Date, n: i64) -> Date {
    d.first_of_month()
        .checked_add(jiff::Span::new().months(n))
        .unwrap_or(d)
}

fn add_years(d: Date, n: i64) -> Date {
    d.first_of_year()
        .checked_add(jiff::Span::new().years(n))
        .unwrap_or(d)
}

fn month_of(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.');
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

fn weekday_of(word: &str) -> Option<Weekday> {
    Some(match word {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return None,
    })
}

fn number_word(word: &str) -> Option<i64> {
    Some(match word {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "several" | "few" => return None,
        w => return w.parse().ok().filter(|n| (1..=1000).contains(n)),
    })
}

/// True for a month or weekday name or abbreviation, any case ("Monday",
/// "Nov.", "sept").
pub fn is_day_or_month(word: &str) -> bool {
    let w = word.to_lowercase();
    month_of(&w).is_some() || weekday_of(&w).is_some() || w == "sept"
}

/// A day of the month: "21", "21st", "3rd".
fn day_of(word: &str) -> Option<i8> {
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .unwrap_or(word);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let d: i8 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// A year: four digits, 1900–2100.
fn year_of(word: &str) -> Option<i16> {
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i16 = word.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

/// "3-5" (or with an en dash): two days of a range.
fn day_range(word: &str) -> Option<(i8, i8)> {
    let (a, b) = word.split_once(['-', '–'])?;
    let (a, b) = (day_of(a)?, day_of(b)?);
    (a < b).then_some((a, b))
}

/// "2024-11-21" or "21/11/2024", "11/21/2024", "21.11.2024".
fn numeric_date(word: &str) -> Option<Date> {
    let parts: Vec<&str> = word.split(['-', '/', '.']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    if parts[0].len() == 4 {
        // ISO: year, month, day (dashes only).
        if !word.contains('-') {
            return None;
        }
        let y = year_of(parts[0])?;
        return Date::new(y, parts[1].parse().ok()?, parts[2].parse().ok()?).ok();
    }
    if parts[2].len() != 4 || word.contains('-') {
        return None;
    }
    let y = year_of(parts[2])?;
    let (a, b): (i8, i8) = (parts[0].parse().ok()?, parts[1].parse().ok()?);
    // Day first, unless the second number can only be a day.
    let (day, month) = if b > 12 && a <= 12 { (b, a) } else { (a, b) };
    Date::new(y, month, day).ok()
}

/// The year for a month and day without one: nearest the document date,
/// preferring the past (or the future) by tense.
fn year_for(doc: Date, month: i8, day: i8, tense: Tense) -> Option<Date> {
    let mut best: Option<(i64, Date)> = None;
    for y in [doc.year() - 1, doc.year(), doc.year() + 1] {
        let Ok(d) = Date::new(y, month, day) else {
            continue;
        };
        let diff = (d - doc).get_days() as i64;
        // A date a few days on the "wrong" side of the document date is
        // still fine (reports of yesterday's plans, tomorrow's meeting).
        let penalty = match tense {
            Tense::Past if diff > 3 => 400,
            Tense::Future if diff < -3 => 400,
            _ => 0,
        };
        let score = diff.abs() + penalty;
        if best.is_none_or(|(s, _)| score < s) {
            best = Some((score, d));
        }
    }
    best.map(|(_, d)| d)
}

/// The month (first day) for a month name without a year.
fn month_for(doc: Date, month: i8, tense: Tense) -> Date {
    let year = match tense {
        Tense::Past if month > doc.month() => doc.year() - 1,
        Tense::Future if month < doc.month() => doc.year() + 1,
        _ => doc.year(),
    };
    Date::new(year, month, 1).unwrap_or(doc)
}

/// The weekday nearest the document date: on or before it in the past, on
/// or after it in the future; `strict` ("last", "next") skips the document
/// date itself.
fn weekday_for(doc: Date, wd: Weekday, tense: Tense, strict: bool) -> Date {
    let today = i64::from(doc.weekday().to_monday_zero_offset());
    let target = i64::from(wd.to_monday_zero_offset());
    match tense {
        Tense::Past => {
            let mut back = (today - target).rem_euclid(7);
            if strict && back == 0 {
                back = 7;
            }
            add_days(doc, -back)
        }
        Tense::Future => {
            let mut ahead = (target - today).rem_euclid(7);
            if strict && ahead == 0 {
                ahead = 7;
            }
            add_days(doc, ahead)
        }
    }
}

const FUTURE_MARKERS: &[&str] = &[
    "will",
    "shall",
    "'ll",
    "’ll",
    "next",
    "scheduled",
    "due",
    "upcoming",
    "plans",
    "plan",
    "planned",
    "expected",
    "set",
    "tomorrow",
    "later",
    "forthcoming",
];

/// Future when a future marker is among `words` (lower case), else past.
pub fn sentence_tense(words: &[&str]) -> Tense {
    if words.iter().any(|w| FUTURE_MARKERS.contains(w)) {
        Tense::Future
    } else {
        Tense::Past
    }
}

const YEAR_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "of",
    "from",
    "to",
    "before",
    "after",
    "during",
    "early",
    "late",
    "mid",
    "through",
    "throughout",
    "around",
];

/// Finds the temporal expressions of one sentence. `doc_date` is the
/// document (publication) date; expressions that need it are skipped
/// without it. `first_sentence` marks the document's first sentence, where
/// a date right after the opening place name is a dateline.
pub fn find_times(
    text: &str,
    tokens: &[Token],
    doc_date: Option<Date>,
    first_sentence: bool,
) -> Vec<TimeMention> {
    let words: Vec<String> = tokens
        .iter()
        .map(|t| parley_text::normalise_word(t.text(text)))
        .collect();
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    find_times_in_words(&w, tokens, doc_date, first_sentence)
}

/// [`find_times`] for a sentence whose words are already normalised
/// (`parley_text::normalise_word`: lower case, typographic apostrophes
/// folded), as the token analyses hold them: no allocation per word.
pub fn find_times_in_words(
    w: &[&str],
    tokens: &[Token],
    doc_date: Option<Date>,
    first_sentence: bool,
) -> Vec<TimeMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < w.len() {
        // The tense of the words before the expression, back to the last
        // comma or other clause mark: "will meet on Thursday" is future,
        // "announced on Sunday that he will…" and "will act, it said on
        // Monday" are past.
        let from = w[..i]
            .iter()
            .rposition(|x| matches!(*x, "," | ";" | ":" | "-" | "–" | "—"))
            .map_or(0, |k| k + 1);
        let tense = sentence_tense(&w[from..i]);
        match expression_at(w, i, doc_date, tense) {
            Some((len, value, end, relative)) => {
                let span = tokens[i].span.cover(tokens[i + len - 1].span);
                let dateline = first_sentence
                    && i <= 8
                    && i > 0
                    && w[..i].contains(&",")
                    && matches!(w.get(i + len).copied(), Some("(" | "-" | "–" | "—" | "/"));
                out.push(TimeMention {
                    span,
                    tokens: i..i + len,
                    value,
                    end,
                    relative,
                    dateline,
                });
                i += len;
            }
            // An impossible day ("29 February 2023", "31 April") takes its
            // month and year with it.
            None if day_of(w[i]).is_some()
                && w.get(i + 1).is_some_and(|m| month_of(m).is_some()) =>
            {
                i += 2;
                if w.get(i).is_some_and(|y| year_of(y).is_some()) {
                    i += 1;
                }
            }
            None => i += 1,
        }
    }
    out
}

type Found = (usize, TimePoint, Option<TimePoint>, bool);

fn day_point(d: Date) -> TimePoint {
    TimePoint::of(d, Precision::Day)
}

/// The expression starting at word `i`, longest first: (words used, value,
/// end, relative to the document date).
fn expression_at(w: &[&str], i: usize, doc: Option<Date>, tense: Tense) -> Option<Found> {
    let at = |k: usize| w.get(i + k).copied().unwrap_or("");
    let word = at(0);

    // 2024-11-21, 21/11/2024
    if let Some(d) = numeric_date(word) {
        return Some((1, day_point(d), None, false));
    }

    // from 3 to 5 March [2024] / between 3 and 5 March
    if matches!(word, "from" | "between") {
        if let (Some(a), true, Some(b), Some(m)) = (
            day_of(at(1)),
            matches!(at(2), "to" | "and" | "until" | "till"),
            day_of(at(3)),
            month_of(at(4)),
        ) {
            let (year, len, relative) = match year_of(at(5).trim_end_matches(',')) {
                Some(y) => (Some(y), 6, false),
                None => (
                    doc.and_then(|d| year_for(d, m, a, tense)).map(|d| d.year()),
                    5,
                    true,
                ),
            };
            let year = year?;
            let start = Date::new(year, m, a).ok()?;
            let end = Date::new(year, m, b).ok()?;
            if a < b {
                return Some((len, day_point(start), Some(day_point(end)), relative));
            }
        }
    }

    // 3-5 March [2024] / 21 Nov[.] [2024] / 21st of November
    if let Some((a, b)) = day_range(word) {
        if let Some(m) = month_of(at(1)) {
            return month_day(w, i, 2, m, a, Some(b), doc, tense);
        }
    }
    if let Some(day) = day_of(word) {
        if let Some(m) = month_of(at(1)) {
            return month_day(w, i, 2, m, day, None, doc, tense);
        }
        if at(1) == "of" {
            if let Some(m) = month_of(at(2)) {
                return month_day(w, i, 3, m, day, None, doc, tense);
            }
        }
    }

    // November 21[,] [2024] / Nov. 3-5 / December 2024 / in December
    if let Some(m) = month_of(word) {
        // "may" is mostly the verb; it counts only with a day or year.
        let may = word == "may";
        if let Some((a, b)) = day_range(at(1)) {
            return month_day(w, i, 2, m, a, Some(b), doc, tense);
        }
        if let Some(day) = day_of(at(1)) {
            return month_day(w, i, 2, m, day, None, doc, tense);
        }
        if let Some(y) = year_of(at(1)) {
            let d = Date::new(y, m, 1).ok()?;
            return Some((2, TimePoint::of(d, Precision::Month), None, false));
        }
        let capitalised_context = i > 0
            && matches!(
                w[i - 1],
                "in" | "since"
                    | "until"
                    | "by"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
                    | "this"
                    | "of"
                    | "during"
                    | "through"
                    | "for"
                    | "before"
                    | "after"
                    | "from"
                    | "to"
                    | "till"
            );
        if !may && capitalised_context {
            let doc = doc?;
            let d = match w[i - 1] {
                "last" => month_for(doc, m, Tense::Past),
                "next" => month_for(doc, m, Tense::Future),
                _ => month_for(doc, m, tense),
            };
            return Some((1, TimePoint::of(d, Precision::Month), None, true));
        }
    }
    // mid-August, mid-2024
    if let Some(rest) = word.strip_prefix("mid-") {
        if let Some(y) = year_of(rest) {
            let d = Date::new(y, 1, 1).ok()?;
            return Some((1, TimePoint::of(d, Precision::Year), None, false));
        }
        if let Some(m) = month_of(rest) {
            if let Some(y) = year_of(at(1)) {
                let d = Date::new(y, m, 1).ok()?;
                return Some((2, TimePoint::of(d, Precision::Month), None, false));
            }
            let d = month_for(doc?, m, tense);
            return Some((1, TimePoint::of(d, Precision::Month), None, true));
        }
    }

    // the 1990s
    if let Some(decade) = word.strip_suffix('s').and_then(year_of) {
        if decade % 10 == 0 && i > 0 && w[i - 1] == "the" {
            let start = Date::new(decade, 1, 1).ok()?;
            let end = Date::new(decade + 9, 1, 1).ok()?;
            return Some((
                1,
                TimePoint::of(start, Precision::Year),
                Some(TimePoint::of(end, Precision::Year)),
                false,
            ));
        }
    }

    // in 2025, since 2011, early 2025
    if let Some(y) = year_of(word) {
        let after_preposition = i > 0 && YEAR_PREPOSITIONS.contains(&w[i - 1]);
        if after_preposition {
            let d = Date::new(y, 1, 1).ok()?;
            return Some((1, TimePoint::of(d, Precision::Year), None, false));
        }
    }

    let doc = doc?;
    // Weekdays: on Thursday, last Thursday, next Friday, this Monday.
    if let Some(wd) = weekday_of(word) {
        let (t, strict) = match i.checked_sub(1).map(|k| w[k]) {
            Some("last") | Some("past") => (Tense::Past, true),
            Some("next") | Some("coming") => (Tense::Future, true),
            _ => (tense, false),
        };
        return Some((1, day_point(weekday_for(doc, wd, t, strict)), None, true));
    }
    let rel = |d: Date, p: Precision| TimePoint::of(d, p);
    match word {
        "yesterday" => return Some((1, day_point(add_days(doc, -1)), None, true)),
        "today" | "tonight" => return Some((1, day_point(doc), None, true)),
        "tomorrow" => return Some((1, day_point(add_days(doc, 1)), None, true)),
        "last" | "next" | "this" | "past" | "coming" => {
            let step: i64 = match word {
                "last" | "past" => -1,
                "next" | "coming" => 1,
                _ => 0,
            };
            let found = match at(1) {
                "week" => Some(rel(add_days(doc, 7 * step), Precision::Week)),
                "month" => Some(rel(add_months(doc, step), Precision::Month)),
                "year" => Some(rel(add_years(doc, step), Precision::Year)),
                _ => None,
            };
            if let Some(v) = found {
                return Some((2, v, None, true));
            }
        }
        "earlier" | "later" if at(1) == "this" => {
            let found = match at(2) {
                "week" => Some(rel(doc, Precision::Week)),
                "month" => Some(rel(doc, Precision::Month)),
                "year" => Some(rel(doc, Precision::Year)),
                _ => None,
            };
            if let Some(v) = found {
                return Some((3, v, None, true));
            }
        }
        _ => {}
    }
    // two days ago, three weeks ago / in two weeks
    let unit = |u: &str| -> Option<(i64, Precision)> {
        Some(match u.trim_end_matches('s') {
            "day" => (1, Precision::Day),
            "week" => (7, Precision::Week),
            "month" => (0, Precision::Month),
            "year" => (0, Precision::Year),
            _ => return None,
        })
    };
    let shift = |n: i64, u: &str, sign: i64| -> Option<TimePoint> {
        let (days, p) = unit(u)?;
        let d = match p {
            Precision::Month => add_months(doc, sign * n),
            Precision::Year => add_years(doc, sign * n),
            _ => add_days(doc, sign * n * days),
        };
        Some(rel(d, p))
    };
    if let (Some(n), Some(_), "ago") = (number_word(word), unit(at(1)), at(2)) {
        return Some((3, shift(n, at(1), -1)?, None, true));
    }
    if word == "in" && tense == Tense::Future {
        if let (Some(n), Some(_)) = (number_word(at(1)), unit(at(2))) {
            return Some((3, shift(n, at(2), 1)?, None, true));
        }
    }
    None
}

/// A month and day (and maybe a range end and a year) found at word `i`;
/// `next` is the offset of the word after the day and month.
#[allow(clippy::too_many_arguments)]
fn month_day(
    w: &[&str],
    i: usize,
    next: usize,
    month: i8,
    day: i8,
    end_day: Option<i8>,
    doc: Option<Date>,
    tense: Tense,
) -> Option<Found> {
    let mut len = next;
    let mut year = None;
    // "Nov. 21, 2024" / "21 Nov 2024"
    let after = w.get(i + len).copied().unwrap_or("");
    if let Some(y) = year_of(after) {
        year = Some(y);
        len += 1;
    } else if after == "," {
        if let Some(y) = w.get(i + len + 1).and_then(|x| year_of(x)) {
            year = Some(y);
            len += 2;
        }
    }
    let relative = year.is_none();
    let year = match year {
        Some(y) => y,
        None => year_for(doc?, month, day, tense)?.year(),
    };
    let start = Date::new(year, month, day).ok()?;
    let end = match end_day {
        Some(b) => Some(day_point(Date::new(year, month, b).ok()?)),
        None => None,
    };
    Some((len, day_point(start), end, relative))
}
