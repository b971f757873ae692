//! Publication dates as news feeds write them.
//!
//! Feeds and scrapers date articles in many ways; a date that cannot be read
//! must not silently leave an article undated, so [`read_publication_date`]
//! accepts the common forms and says `None` only for something else (the
//! reader then warns, naming the file, line and value).
//!
//! | form | example | value |
//! |---|---|---|
//! | ISO 8601 / RFC 3339 date, with or without time and zone | `2024-11-05`, `2024-11-05T23:10:00-05:00`, `2024-11-05 08:00:00Z` | the day as written (the writer's local date) |
//! | RFC 2822 (e-mail, RSS) | `Tue, 05 Nov 2024 10:00:00 +0000` | the day in the given offset |
//! | slashes, year first | `2024/11/05` | the day |
//! | month name first | `Nov 5, 2024`, `November 5 2024`, `Nov. 5, 2024` | the day |
//! | day first | `5 November 2024`, `05 Nov 2024` | the day |
//! | year and month | `2024-11`, `2024/11` | the month |
//! | year | `2024` | the year |
//! | Unix time | `1730764800` (seconds), `1730764800000` (milliseconds, 13 digits) | the UTC day |
//!
//! Ambiguous numeric forms (`05/11/2024`: May or November?) are not read.

use jiff::civil::Date;

use crate::{month_of, Precision, TimePoint};

/// Reads a publication date in any of the forms of the module table; `None`
/// for anything else (or an impossible date such as `2024-02-30`).
pub fn read_publication_date(value: &str) -> Option<TimePoint> {
    let s = value.trim();
    if s.is_empty() {
        return None;
    }
    let day = |d: Date| TimePoint::of(d, Precision::Day);
    if let Some(d) = iso_date_time(s) {
        return Some(day(d));
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return match s.len() {
            4 => Some(TimePoint::of(
                Date::new(s.parse().ok()?, 1, 1).ok()?,
                Precision::Year,
            )),
            // Unix time: seconds from 1973 (nine digits) to 2286, or
            // milliseconds.
            9 | 10 => unix_day(s.parse().ok()?),
            13 => unix_day(s.parse::<i64>().ok()? / 1000),
            _ => None,
        };
    }
    if let Some(p) = year_month(s) {
        return Some(p);
    }
    if let Some(d) = slashed(s) {
        return Some(day(d));
    }
    if let Ok(z) = jiff::fmt::rfc2822::DateTimeParser::new()
        .relaxed_weekday(true)
        .parse_zoned(s)
    {
        return Some(day(z.date()));
    }
    worded(s).map(day)
}

fn unix_day(seconds: i64) -> Option<TimePoint> {
    let t = jiff::Timestamp::from_second(seconds).ok()?;
    Some(TimePoint::of(
        t.to_zoned(jiff::tz::TimeZone::UTC).date(),
        Precision::Day,
    ))
}

fn number<T: std::str::FromStr>(s: &str, len: std::ops::RangeInclusive<usize>) -> Option<T> {
    (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// `YYYY-MM-DD`, optionally followed by `T` or a space, a time `HH:MM[:SS[.f]]`
/// and a zone (`Z`, `+05:30`, `-0500`).
fn iso_date_time(s: &str) -> Option<Date> {
    let (date, rest) = (s.get(..10)?, &s[10..]);
    let mut parts = date.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let date = Date::new(number(y, 4..=4)?, number(m, 2..=2)?, number(d, 2..=2)?).ok()?;
    if rest.is_empty() {
        return Some(date);
    }
    let time = rest
        .strip_prefix(['T', 't', ' '])?
        .trim_end_matches(|c: char| c.is_ascii_whitespace());
    // The zone, if any: Z, or a sign and an offset of hours [and minutes].
    let (clock, zone) = match time.find(['Z', 'z', '+', '-']) {
        Some(i) => time.split_at(i),
        None => (time, ""),
    };
    let zone_ok = match zone.as_bytes().first() {
        None => true,
        Some(b'Z' | b'z') => zone.len() == 1,
        Some(_) => {
            let digits: String = zone[1..].chars().filter(|&c| c != ':').collect();
            matches!(digits.len(), 2 | 4) && digits.bytes().all(|b| b.is_ascii_digit())
        }
    };
    let mut fields = clock.split(':');
    let hours: Option<u8> = fields.next().and_then(|h| number(h, 2..=2));
    let minutes: Option<u8> = fields.next().and_then(|m| number(m, 2..=2));
    let seconds_ok = fields.next().is_none_or(|sec| {
        let whole = sec.split(['.', ',']).next().unwrap_or("");
        number::<u8>(whole, 2..=2).is_some_and(|v| v <= 60)
    });
    let clock_ok = hours.is_some_and(|h| h <= 24)
        && minutes.is_some_and(|m| m < 60)
        && seconds_ok
        && fields.next().is_none();
    (clock_ok && zone_ok).then_some(date)
}

/// `YYYY-MM` or `YYYY/MM`.
fn year_month(s: &str) -> Option<TimePoint> {
    let (y, m) = s.split_once(['-', '/'])?;
    let date = Date::new(number(y, 4..=4)?, number(m, 2..=2)?, 1).ok()?;
    Some(TimePoint::of(date, Precision::Month))
}

/// `YYYY/MM/DD` (also with one-digit month or day).
fn slashed(s: &str) -> Option<Date> {
    let mut parts = s.split('/');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    Date::new(number(y, 4..=4)?, number(m, 1..=2)?, number(d, 1..=2)?).ok()
}

/// `Month D, YYYY` or `D Month YYYY`, an optional weekday before
/// (`Tuesday, November 5, 2024`).
fn worded(s: &str) -> Option<Date> {
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.first() {
        Some(w) if crate::weekday_of(w.trim_end_matches('.')).is_some() || is_short_weekday(w) => {
            &words[1..]
        }
        _ => &words[..],
    };
    let [a, b, year] = words else { return None };
    let year: i16 = number(year, 4..=4)?;
    let day_of = |w: &str| number::<i8>(w.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']), 1..=2);
    let (month, day) = match (month_of(a), month_of(b)) {
        (Some(m), None) => (m, day_of(b)?),
        (None, Some(m)) => (m, day_of(a)?),
        _ => return None,
    };
    Date::new(year, month, day).ok()
}

fn is_short_weekday(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "mon" | "tue" | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri" | "sat" | "sun"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feed_forms() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2024-11-05", Some("2024-11-05")),
            (" 2024-11-05 ", Some("2024-11-05")),
            ("2024-11-05T23:10:00-05:00", Some("2024-11-05")),
            ("2024-11-05T23:10:00.123Z", Some("2024-11-05")),
            ("2024-11-05 08:00:00", Some("2024-11-05")),
            ("2024-11-05T08:00+0530", Some("2024-11-05")),
            ("2024-11-05T08:00Z", Some("2024-11-05")),
            ("Tue, 05 Nov 2024 10:00:00 +0000", Some("2024-11-05")),
            ("Tue, 05 Nov 2024 23:30:00 -0500", Some("2024-11-05")),
            // A wrong weekday is the feed's mistake, not a reason to drop the date.
            ("Mon, 05 Nov 2024 10:00:00 GMT", Some("2024-11-05")),
            ("2024/11/05", Some("2024-11-05")),
            ("2024/1/5", Some("2024-01-05")),
            ("Nov 5, 2024", Some("2024-11-05")),
            ("Nov. 5, 2024", Some("2024-11-05")),
            ("November 5 2024", Some("2024-11-05")),
            ("Tuesday, November 5, 2024", Some("2024-11-05")),
            ("5 November 2024", Some("2024-11-05")),
            ("05 Nov 2024", Some("2024-11-05")),
            ("5th November 2024", Some("2024-11-05")),
            ("2024-11", Some("2024-11")),
            ("2024/11", Some("2024-11")),
            ("2024", Some("2024")),
            // 2024-11-05T00:00:00Z.
            ("1730764800", Some("2024-11-05")),
            ("1730764800000", Some("2024-11-05")),
            // Not dates, or not unambiguous ones.
            ("", None),
            ("yesterday", None),
            ("05/11/2024", None),
            ("2024-13-01", None),
            ("2024-02-30", None),
            ("2024-11-05garbage", None),
            ("2024-11-05T25:00", None),
            ("Nov 31, 2024", None),
            ("12345", None),
            ("2024-1", None),
        ];
        for (input, want) in cases {
            let got = read_publication_date(input).map(|p| p.normalised());
            assert_eq!(got.as_deref(), *want, "{input:?}");
        }
    }
}
