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
//!    - **what**: for statements (verbal CAMEO roots 01–05 and 10–13),
//!      compatible CAMEO codes: equal, one refining the other, or one the
//!      root's generic code;
//!    - **actors**: parties are actor codes (`RUSMIL`, `USAGOV`), and two
//!      codes name one party when one extends the other (`RUS` and
//!      `RUSMIL`, not `USAGOV` and `USABUS`); for directed events, a shared
//!      actor and a shared recipient (or no recipient on one side); when
//!      either is joint (symmetric), at least two shared parties (one when a
//!      side has only one); reports with no party of known country are
//!      never linked;
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
    /// CAMEO code.
    pub cameo: String,
    /// Modality (`asserted`, `historical`, `scheduled`…).
    pub modality: String,
    /// First day of the date's period, as days since 1970-01-01.
    pub first_day: i64,
    /// Last day of the date's period.
    pub last_day: i64,
    /// True when dated to the day (a week or a month is too vague to tell
    /// two events apart).
    pub precise: bool,
    /// Actor codes (`RUSMIL`, `USAGOV`, `IGOUNO`: country or CAMEO root,
    /// then sectors; actors of unknown country left out).
    pub actors: Vec<String>,
    /// Recipient codes.
    pub recipients: Vec<String>,
    /// The parties' countries (an organisation's code keeps its own root,
    /// `IGOUNO`, while its country may be known: `KEN`), sorted, once each.
    pub countries: Vec<String>,
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

fn happened(r: &Report) -> bool {
    matches!(r.modality.as_str(), "asserted" | "historical")
}

fn set(v: &[String]) -> BTreeSet<&str> {
    v.iter().map(String::as_str).collect()
}

/// Two actor codes name the same party when one extends the other: `RUS`
/// and `RUSMIL` may be one actor, `USAGOV` and `USABUS` are two.
fn same_party(a: &str, b: &str) -> bool {
    country_of(a) == country_of(b) && (a.starts_with(b) || b.starts_with(a))
}

/// How many parties the two sides share: counted from both sides and the
/// smaller taken, so that `USA` and `USAGOV` on one side do not both count
/// against a lone `USA` on the other.
fn shared_parties(a: &BTreeSet<&str>, b: &BTreeSet<&str>) -> usize {
    let one_way = |a: &BTreeSet<&str>, b: &BTreeSet<&str>| {
        a.iter()
            .filter(|x| b.iter().any(|y| same_party(x, y)))
            .count()
    };
    one_way(a, b).min(one_way(b, a))
}

/// A verbal act (CAMEO roots 01–05 and 10–13: statements, appeals,
/// consultations, demands, accusations, threats).
fn verbal(cameo: &str) -> bool {
    matches!(
        cameo.get(..2),
        Some("01" | "02" | "03" | "04" | "05" | "10" | "11" | "12" | "13")
    )
}

/// Codes that may name one act: equal, one refining the other (`042` and
/// `0421`), or one the root's generic code (`040` and `043`).
fn cameo_compatible(a: &str, b: &str) -> bool {
    let generic = |c: &str| c.len() == 3 && c.ends_with('0');
    a.starts_with(b) || b.starts_with(a) || (a.get(..2) == b.get(..2) && (generic(a) || generic(b)))
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
    // Statements are told apart by what they say: their CAMEO codes must
    // agree (a root's generic code agrees with the root's others).
    if (verbal(&a.cameo) || verbal(&b.cameo)) && !cameo_compatible(&a.cameo, &b.cameo) {
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
        let shared = shared_parties(&pa, &pb);
        shared >= 2 || (shared == 1 && (pa.len() == 1 || pb.len() == 1))
    } else {
        shared_parties(&aa, &ba) > 0
            && (ar.is_empty() || br.is_empty() || shared_parties(&ar, &br) > 0)
    };
    if !parties_ok {
        return false;
    }
    match (&a.place, &b.place) {
        (Some(pa), Some(pb)) => match (pa.point, pb.point) {
            (Some(x), Some(y)) => parley_text::distance_km(x, y) <= 50.0,
            _ => match (&pa.country, &pb.country) {
                (Some(x), Some(y)) => x == y,
                _ => true,
            },
        },
        _ => true,
    }
}

/// The country (or CAMEO root) of an actor code: its first three letters.
pub fn country_of(code: &str) -> &str {
    code.get(..3).unwrap_or(code)
}

/// What a report says, for ordering: reports are processed by date, then by
/// content, so that the clusters do not depend on ids or storage order.
fn content_key(r: &Report) -> (i64, i64, &str, &str, Vec<&str>, Vec<&str>, bool, String) {
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
        r.cameo.as_str(),
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
/// the first report's parties): a compatible cluster shares a party, hence
/// a country, with it.
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
            .filter_map(|c| index.get(&(r.event.as_str(), country_of(c))))
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
                    .map(|c| country_of(c))
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
