//! Linking benchmark (issue "Reliability … no stalls"): synthetic reports
//! linked by `parley_link::link`, and an incremental step as the store
//! takes it (`link_since` on the new reports' days and the clusters still
//! open there). Prints seconds, reports per second and peak memory.
//!
//! ```text
//! cargo run --release -p parley-link --example link_bench [-- REPORTS]
//! ```
//!
//! The mix: 20 PLOVER categories, 60 countries (a few much more frequent),
//! dates over three years, real-world events of 1–50 reports (most small)
//! told with variations (a sector code, no recipient, a day later, a
//! nearby point), plus one event of 40,000 same-day reports. The figures
//! also check themselves: the big event must come out as one cluster.

use std::time::Instant;

use parley_link::{link, link_since, window_days, Location, Report};
use parley_text::SplitMix64;

/// Skewed towards small values: the minimum of two draws below `n`.
fn skewed(rng: &mut SplitMix64, n: u64) -> u64 {
    rng.below(n).min(rng.below(n))
}

const CATEGORIES: &[(&str, &str)] = &[
    ("ASSAULT", "190"),
    ("PROTEST", "141"),
    ("CONSULT", "040"),
    ("AID", "070"),
    ("SANCTION", "163"),
    ("MOBILIZE", "150"),
    ("COOPERATE", "060"),
    ("CONCEDE", "080"),
    ("RETREAT", "087"),
    ("AGREE", "057"),
    ("REQUEST", "020"),
    ("ACCUSE", "112"),
    ("THREATEN", "130"),
    ("REJECT", "120"),
    ("DEMAND", "100"),
    ("SUPPORT", "051"),
    ("COERCE", "170"),
    ("ENGAGE", "030"),
    ("INVESTIGATE", "091"),
    ("DISAPPROVE", "111"),
];

const SECTORS: &[&str] = &["", "GOV", "MIL", "BUS", "LEG", "COP", "REB", "MED"];

fn countries() -> Vec<String> {
    let mut c: Vec<String> = [
        "USA", "RUS", "UKR", "CHN", "ISR", "IRN", "GBR", "FRA", "DEU", "IND",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for i in 0..50u8 {
        c.push(format!(
            "X{}{}",
            char::from(b'A' + i / 26),
            char::from(b'A' + i % 26)
        ));
    }
    c
}

fn report(
    id: i64,
    (event, cameo): (&str, &str),
    day: i64,
    actor: String,
    recipient: Option<String>,
    symmetric: bool,
    place: Option<Location>,
) -> Report {
    let mut countries: Vec<String> = std::iter::once(&actor)
        .chain(&recipient)
        .map(|c| c[..3].to_string())
        .collect();
    countries.sort();
    countries.dedup();
    Report {
        id,
        event: event.into(),
        cameo: cameo.into(),
        modality: "asserted".into(),
        first_day: day,
        last_day: day,
        precise: true,
        actors: vec![actor],
        recipients: recipient.into_iter().collect(),
        countries,
        symmetric,
        place,
    }
}

/// `n` reports: real-world events of 1–50 reports over `days` days from
/// `start`, ids from `first_id`.
fn synthetic(rng: &mut SplitMix64, n: usize, start: i64, days: u64, first_id: i64) -> Vec<Report> {
    let countries = countries();
    let country = |rng: &mut SplitMix64| {
        // A few countries are in most of the news.
        let k = if rng.below(2) == 0 {
            rng.below(10)
        } else {
            rng.below(countries.len() as u64)
        };
        countries[k as usize].clone()
    };
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let cat = CATEGORIES[rng.below(CATEGORIES.len() as u64) as usize];
        let day = start + rng.below(days) as i64;
        let (a, b) = (country(rng), country(rng));
        let symmetric = cat.0 == "CONSULT" && rng.below(2) == 0;
        let point = (
            -60.0 + rng.below(120_000) as f64 / 1000.0,
            -180.0 + rng.below(360_000) as f64 / 1000.0,
        );
        let size = 1 + skewed(rng, 50) as usize;
        for _ in 0..size.min(n - out.len()) {
            let sector = SECTORS[rng.below(SECTORS.len() as u64) as usize];
            let recipient = (rng.below(5) != 0).then(|| b.clone());
            let place = match rng.below(3) {
                0 => None,
                1 => Some(Location {
                    country: Some(a.clone()),
                    point: None,
                }),
                _ => Some(Location {
                    country: Some(a.clone()),
                    point: Some((point.0 + rng.below(100) as f64 / 1000.0, point.1)),
                }),
            };
            let id = first_id + out.len() as i64;
            out.push(report(
                id,
                cat,
                day + rng.below(2) as i64,
                format!("{a}{sector}"),
                recipient,
                symmetric,
                place,
            ));
        }
    }
    out
}

/// Same-day reports of one event (an attack told by every outlet).
fn one_event(n: usize, day: i64, first_id: i64) -> Vec<Report> {
    (0..n)
        .map(|i| {
            report(
                first_id + i as i64,
                ("ASSAULT", "190"),
                day,
                "RUSMIL".into(),
                Some("UKR".into()),
                false,
                Some(Location {
                    country: Some("UKR".into()),
                    point: Some((49.99, 36.23)),
                }),
            )
        })
        .collect()
}

/// Peak resident memory so far, in MB (Linux; 0 elsewhere).
fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn clusters(got: &[Option<i64>]) -> usize {
    let mut c: Vec<i64> = got.iter().flatten().copied().collect();
    c.sort_unstable();
    c.dedup();
    c.len()
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed().as_secs_f64())
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .map(|s| s.parse().expect("REPORTS is a number"))
        .unwrap_or(1_000_000);
    // 2021-01-01 onwards, three years.
    let start = 18_628;
    for size in [10_000, 40_000] {
        let reports = one_event(size, start, 0);
        let (got, s) = timed(|| link(&reports));
        assert_eq!(clusters(&got), 1, "one event, one cluster");
        println!(
            "same-day reports of one event: {size} in {s:.3} s ({:.0} reports/s)",
            size as f64 / s
        );
    }
    let mut rng = SplitMix64::new(2024);
    let big = 40_000.min(n / 2);
    let mut reports = synthetic(&mut rng, n - big, start, 3 * 365, big as i64);
    reports.extend(one_event(big, start + 500, 0));
    let (all, s) = timed(|| link(&reports));
    let linked = all.iter().flatten().count();
    assert_eq!(
        all[reports.len() - big..]
            .iter()
            .filter(|c| **c != Some(0))
            .count(),
        0,
        "the big event is one cluster"
    );
    println!(
        "link: {} reports ({linked} linked) into {} clusters in {s:.2} s ({:.0} reports/s), peak memory {:.0} MB",
        reports.len(),
        clusters(&all),
        reports.len() as f64 / s,
        peak_mb()
    );
    // The next ingest: 1,000 reports of the last week.
    let last = reports.iter().map(|r| r.first_day).max().unwrap_or(start);
    let new = synthetic(&mut rng, 1_000, last - 6, 7, 10 * n as i64);
    let since = new.iter().map(|r| r.first_day).min().unwrap_or(last);
    let ((got, loaded), s) = timed(|| {
        // What the store loads: the reports from `since` on, and the
        // earlier members of clusters with a member within the window.
        let open: std::collections::HashSet<i64> = reports
            .iter()
            .zip(&all)
            .filter(|(r, _)| r.first_day < since && r.last_day + window_days(&r.event) >= since)
            .filter_map(|(_, c)| *c)
            .collect();
        let mut part: Vec<Report> = Vec::new();
        let mut prior = Vec::new();
        for (r, c) in reports.iter().zip(&all) {
            if r.first_day >= since || c.is_some_and(|c| open.contains(&c)) {
                part.push(r.clone());
                prior.push(*c);
            }
        }
        let loaded = part.len();
        part.extend(new.iter().cloned());
        prior.resize(part.len(), None);
        let got = link_since(&part, since, &prior);
        let ids: Vec<i64> = part.iter().map(|r| r.id).collect();
        (ids.into_iter().zip(got).collect::<Vec<_>>(), loaded)
    });
    println!(
        "incremental: 1000 new reports against {loaded} stored ones of their days and open clusters in {s:.3} s (of {} reports)",
        reports.len()
    );
    // The check: the same as linking everything again.
    let mut everything = reports;
    everything.extend(new);
    let (full, s_full) = timed(|| link(&everything));
    let by_id: std::collections::HashMap<i64, Option<i64>> =
        everything.iter().map(|r| r.id).zip(full).collect();
    assert!(
        got.iter().all(|(id, c)| by_id[id] == *c),
        "incremental linking differs from a full relink"
    );
    println!(
        "full relink of {} reports: {s_full:.2} s; peak memory {:.0} MB",
        everything.len(),
        peak_mb()
    );
}
