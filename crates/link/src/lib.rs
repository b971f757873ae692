//! Linking: which event reports describe the same real-world event.
//!
//! News counts an abduction once per article that mentions it; analysts
//! count it once. [`link`] groups reports into clusters, deterministically:
//!
//! 1. Only reports of events that happened are linked (modality `asserted`
//!    or `historical`); scheduled and future ones stay alone.
//! 2. Reports are taken in date order (first day of their period), then by
//!    what they say (category, countries, place; ids only between reports
//!    that say the same). Each joins the open cluster it is *compatible*
//!    with every member of, the one whose first report is nearest in time
//!    (then the first in that order); otherwise it starts a cluster.
//! 3. Two reports are compatible when:
//!    - **type**: the same PLOVER category;
//!    - **dates**: both dated to the day, and no more than the
//!      category's window apart ([`window_days`]: a day for attacks,
//!      protests and meetings, which are dated precisely; two for
//!      statements, retold a day later; three for slow processes such as
//!      aid, sanctions or mobilisation);
//!    - **actors**: for directed events, a shared actor country and a
//!      shared recipient country (or no recipient on one side); when either
//!      is joint (symmetric), at least two shared countries among all
//!      parties (one when a side has only one); reports with no known
//!      country are never linked;
//!    - **place**, when both know it: cities within 50 km of each other;
//!      otherwise the same country.
//!
//! A cluster's id is the id of its first report in that order. Which
//! reports share a cluster depends only on what they say, not on their ids
//! or the order they were stored in.
//!
//! The [`track`] module follows agreements and scheduled events over time.

use std::collections::BTreeSet;

pub mod track;

/// One event report, as the linker sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Unique id (the store's event number).
    pub id: i64,
    /// PLOVER category.
    pub event: String,
    /// Modality (`asserted`, `historical`, `scheduled`…).
    pub modality: String,
    /// First day of the date's period, as days since 1970-01-01.
    pub first_day: i64,
    /// Last day of the date's period.
    pub last_day: i64,
    /// True when dated to the day (a week or a month is too vague to tell
    /// two events apart).
    pub precise: bool,
    /// Actor countries (ISO alpha-3 or CAMEO roots; unknown ones left out).
    pub actors: Vec<String>,
    /// Recipient countries.
    pub recipients: Vec<String>,
    /// Joint or reciprocal action.
    pub symmetric: bool,
    /// Where, when known.
    pub place: Option<Location>,
}

/// An event's location, as the linker compares it.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    /// Country code, when known.
    pub country: Option<String>,
    /// The point, for a city.
    pub point: Option<(f64, f64)>,
}

/// How many days apart two reports of one event of this PLOVER category
/// may be dated.
pub fn window_days(event: &str) -> i64 {
    match event {
        "ASSAULT" | "PROTEST" | "CONSULT" => 1,
        "AID" | "SANCTION" | "MOBILIZE" | "COOPERATE" | "CONCEDE" | "RETREAT" => 3,
        _ => 2,
    }
}

/// Great-circle distance in kilometres.
fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

fn happened(r: &Report) -> bool {
    matches!(r.modality.as_str(), "asserted" | "historical")
}

fn set(v: &[String]) -> BTreeSet<&str> {
    v.iter().map(String::as_str).collect()
}

/// Whether two reports may describe the same real-world event (the rules
/// in the crate documentation).
pub fn compatible(a: &Report, b: &Report) -> bool {
    if a.event != b.event || !a.precise || !b.precise {
        return false;
    }
    let w = window_days(&a.event);
    let gap = (a.first_day - b.last_day).max(b.first_day - a.last_day);
    if gap > w {
        return false;
    }
    let (aa, ar, ba, br) = (
        set(&a.actors),
        set(&a.recipients),
        set(&b.actors),
        set(&b.recipients),
    );
    let parties_ok = if a.symmetric || b.symmetric {
        let pa: BTreeSet<&str> = aa.union(&ar).copied().collect();
        let pb: BTreeSet<&str> = ba.union(&br).copied().collect();
        let shared = pa.intersection(&pb).count();
        shared >= 2 || (shared == 1 && (pa.len() == 1 || pb.len() == 1))
    } else {
        aa.intersection(&ba).next().is_some()
            && (ar.is_empty() || br.is_empty() || ar.intersection(&br).next().is_some())
    };
    if !parties_ok {
        return false;
    }
    match (&a.place, &b.place) {
        (Some(pa), Some(pb)) => match (pa.point, pb.point) {
            (Some(x), Some(y)) => distance_km(x, y) <= 50.0,
            _ => match (&pa.country, &pb.country) {
                (Some(x), Some(y)) => x == y,
                _ => true,
            },
        },
        _ => true,
    }
}

/// What a report says, for ordering: reports are processed by date, then by
/// content, so that the clusters do not depend on ids or storage order.
fn content_key(r: &Report) -> (i64, i64, &str, Vec<&str>, Vec<&str>, bool, String) {
    fn sorted(v: &[String]) -> Vec<&str> {
        let mut v: Vec<&str> = v.iter().map(String::as_str).collect();
        v.sort_unstable();
        v
    }
    let place = r.place.as_ref().map_or(String::new(), |p| {
        format!(
            "{}|{}",
            p.country.as_deref().unwrap_or(""),
            p.point
                .map_or(String::new(), |(a, b)| format!("{a:.4},{b:.4}"))
        )
    });
    (
        r.first_day,
        r.last_day,
        r.event.as_str(),
        sorted(&r.actors),
        sorted(&r.recipients),
        r.symmetric,
        place,
    )
}

/// The clusters of `reports`: for each report, in the order given, the id
/// of its cluster, or `None` for a report that is not linked (not an event
/// that happened, or no date precise enough, or no known country: such a
/// report is its own event).
///
/// Reports are taken by date and content (ids only break ties between
/// reports that say the same thing), so which reports share a cluster does
/// not depend on their ids or order; a cluster's id is its first report's.
/// Candidate clusters are found through an index on (category, country of
/// the first report): a compatible cluster shares a country with it.
pub fn link(reports: &[Report]) -> Vec<Option<i64>> {
    let mut order: Vec<usize> = (0..reports.len())
        .filter(|&i| {
            let r = &reports[i];
            happened(r) && r.precise && !(r.actors.is_empty() && r.recipients.is_empty())
        })
        .collect();
    let keys: Vec<_> = reports.iter().map(content_key).collect();
    order.sort_by(|&a, &b| {
        keys[a]
            .cmp(&keys[b])
            .then(reports[a].id.cmp(&reports[b].id))
    });
    let longest = reports
        .iter()
        .map(|r| window_days(&r.event))
        .max()
        .unwrap_or(0);
    let mut out = vec![None; reports.len()];
    // Clusters: member indices (the first is the seed) and the last day any
    // member reaches; the index maps (category, seed country) to clusters.
    let mut clusters: Vec<(Vec<usize>, i64)> = Vec::new();
    let mut index: std::collections::HashMap<(&str, &str), Vec<usize>> =
        std::collections::HashMap::new();
    for i in order {
        let r = &reports[i];
        let mut candidates: Vec<usize> = r
            .actors
            .iter()
            .chain(&r.recipients)
            .filter_map(|c| index.get(&(r.event.as_str(), c.as_str())))
            .flatten()
            .copied()
            // Clusters that ended long before this report cannot take it.
            .filter(|&k| clusters[k].1 + longest >= r.first_day)
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let best = candidates
            .into_iter()
            .filter(|&k| clusters[k].0.iter().all(|&m| compatible(&reports[m], r)))
            .min_by(|&a, &b| {
                let (sa, sb) = (clusters[a].0[0], clusters[b].0[0]);
                let gap = |s: usize| (r.first_day - reports[s].first_day).abs();
                gap(sa)
                    .cmp(&gap(sb))
                    .then_with(|| keys[sa].cmp(&keys[sb]))
                    .then(reports[sa].id.cmp(&reports[sb].id))
            });
        match best {
            Some(k) => {
                let (members, last) = &mut clusters[k];
                members.push(i);
                *last = (*last).max(r.last_day);
                out[i] = Some(reports[members[0]].id);
            }
            None => {
                let k = clusters.len();
                clusters.push((vec![i], r.last_day));
                let mut countries: Vec<&str> = r
                    .actors
                    .iter()
                    .chain(&r.recipients)
                    .map(String::as_str)
                    .collect();
                countries.sort_unstable();
                countries.dedup();
                for c in countries {
                    index.entry((r.event.as_str(), c)).or_default().push(k);
                }
                out[i] = Some(r.id);
            }
        }
    }
    out
}
