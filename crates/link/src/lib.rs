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
//! or the order they were stored in; ids only order reports that say
//! exactly the same (equal in everything the rules read), which are
//! interchangeable, so they decide the cluster's id and which of such
//! copies joins which cluster (two copies of a directed report without an
//! actor cannot link with each other; a joint report may join either),
//! never what the groups hold.
//!
//! **Cost.** Linking is complete linkage, but a cluster is summarised by
//! its members' distinct *signatures* (everything the rules read but the
//! dates) and two date bounds (the members' latest first day and earliest
//! last day): a report is compatible with every member exactly when it is
//! compatible with each signature and within the window of both bounds.
//! A report therefore costs its open candidate clusters times their
//! distinct signatures, whatever the clusters' sizes (40,000 same-day
//! reports of one event: one signature). Clusters whose earliest last day
//! falls out of the window leave the index for good, as reports come in
//! date order. [`link_since`] resumes linking on a day from the clusters of
//! the reports before it, with the same result (the store's incremental
//! linking).
//!
//! The [`track`] module follows agreements and scheduled events over time.

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

/// Whether [`link`] links the report at all: an event that happened, dated
/// to the day, with a party of known country.
pub fn linkable(r: &Report) -> bool {
    happened(r) && r.precise && !(r.actors.is_empty() && r.recipients.is_empty())
}

/// The codes as a set: sorted, once each.
fn set(v: &[String]) -> Vec<&str> {
    let mut v: Vec<&str> = v.iter().map(String::as_str).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Two actor codes name the same party when one extends the other: `RUS`
/// and `RUSMIL` may be one actor, `USAGOV` and `USABUS` are two.
fn same_party(a: &str, b: &str) -> bool {
    country_of(a) == country_of(b) && (a.starts_with(b) || b.starts_with(a))
}

/// How many parties the two sides (sets) share: counted from both sides
/// and the smaller taken, so that `USA` and `USAGOV` on one side do not
/// both count against a lone `USA` on the other.
fn shared_parties(a: &[&str], b: &[&str]) -> usize {
    let one_way = |a: &[&str], b: &[&str]| {
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

/// Everything [`compatible`] looks at in a report except its category,
/// precision and dates: what it says. Reports of one signature are
/// interchangeable to the compatibility rule once their dates are checked,
/// so a cluster is summarised by its members' distinct signatures.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Signature<'a> {
    cameo: &'a str,
    actors: Vec<&'a str>,
    recipients: Vec<&'a str>,
    /// Actors and recipients together (derived; kept to compare without
    /// allocating).
    parties: Vec<&'a str>,
    symmetric: bool,
    /// Country and the point's bits (exact, so that equal signatures
    /// behave equally).
    place: Option<(Option<&'a str>, Option<(u64, u64)>)>,
}

impl<'a> Signature<'a> {
    fn of(r: &'a Report) -> Signature<'a> {
        let (actors, recipients) = (set(&r.actors), set(&r.recipients));
        let mut parties: Vec<&str> = actors.iter().chain(&recipients).copied().collect();
        parties.sort_unstable();
        parties.dedup();
        Signature {
            cameo: &r.cameo,
            actors,
            recipients,
            parties,
            symmetric: r.symmetric,
            place: r.place.as_ref().map(|p| {
                (
                    p.country.as_deref(),
                    p.point.map(|(a, b)| (a.to_bits(), b.to_bits())),
                )
            }),
        }
    }

    /// The compatibility rule's what, actors and place parts.
    fn compatible(&self, b: &Signature<'_>) -> bool {
        let a = self;
        // Statements are told apart by what they say: their CAMEO codes must
        // agree (a root's generic code agrees with the root's others).
        if (verbal(a.cameo) || verbal(b.cameo)) && !cameo_compatible(a.cameo, b.cameo) {
            return false;
        }
        let parties_ok = if a.symmetric || b.symmetric {
            let shared = shared_parties(&a.parties, &b.parties);
            shared >= 2 || (shared == 1 && (a.parties.len() == 1 || b.parties.len() == 1))
        } else {
            shared_parties(&a.actors, &b.actors) > 0
                && (a.recipients.is_empty()
                    || b.recipients.is_empty()
                    || shared_parties(&a.recipients, &b.recipients) > 0)
        };
        if !parties_ok {
            return false;
        }
        match (&a.place, &b.place) {
            (Some((ca, pa)), Some((cb, pb))) => match (pa, pb) {
                (Some(x), Some(y)) => {
                    let point =
                        |&(lat, lon): &(u64, u64)| (f64::from_bits(lat), f64::from_bits(lon));
                    parley_text::distance_km(point(x), point(y)) <= 50.0
                }
                _ => match (ca, cb) {
                    (Some(x), Some(y)) => x == y,
                    _ => true,
                },
            },
            _ => true,
        }
    }
}

/// The date rule: no more than the category's window apart.
fn dates_close(a: &Report, b: &Report) -> bool {
    (a.first_day - b.last_day).max(b.first_day - a.last_day) <= window_days(&a.event)
}

/// Whether two reports may describe the same real-world event (the rules
/// in the crate documentation).
pub fn compatible(a: &Report, b: &Report) -> bool {
    a.event == b.event
        && a.precise
        && b.precise
        && dates_close(a, b)
        && Signature::of(a).compatible(&Signature::of(b))
}

/// The country (or CAMEO root) of an actor code: its first three letters.
pub fn country_of(code: &str) -> &str {
    code.get(..3).unwrap_or(code)
}

/// A float's bits, ordered as the numbers are (total order).
fn ordered_bits(x: f64) -> u64 {
    let b = x.to_bits();
    if b >> 63 == 1 {
        !b
    } else {
        b | 1 << 63
    }
}

/// What a report says, for ordering: reports are processed by date, then by
/// content, so that the clusters do not depend on ids or storage order.
/// Every field [`compatible`] reads is here, exactly: two reports with equal
/// keys are interchangeable, so the id tie-break between them cannot change
/// which reports share a cluster.
type OrderKey<'a> = (
    i64,
    i64,
    &'a str,
    &'a str,
    Vec<&'a str>,
    Vec<&'a str>,
    bool,
    Option<(Option<&'a str>, Option<(u64, u64)>)>,
);

fn order_key(r: &Report) -> OrderKey<'_> {
    fn sorted(v: &[String]) -> Vec<&str> {
        let mut v: Vec<&str> = v.iter().map(String::as_str).collect();
        v.sort_unstable();
        v
    }
    (
        r.first_day,
        r.last_day,
        r.event.as_str(),
        r.cameo.as_str(),
        sorted(&r.actors),
        sorted(&r.recipients),
        r.symmetric,
        r.place.as_ref().map(|p| {
            (
                p.country.as_deref(),
                p.point.map(|(a, b)| (ordered_bits(a), ordered_bits(b))),
            )
        }),
    )
}

/// An open cluster, summarised so that checking a report against it costs
/// the number of its distinct signatures, not of its members: a report is
/// compatible with every member exactly when it is within the window of
/// the members' earliest last day and latest first day, and its signature
/// is compatible with each of theirs.
struct Cluster {
    /// Its first report (index into the reports) and that report's rank in
    /// the linking order.
    seed: usize,
    seed_rank: usize,
    seed_first: i64,
    min_last: i64,
    max_first: i64,
    signatures: Vec<u32>,
}

/// Complete linkage in linking order, one report at a time.
struct Linker<'a> {
    reports: &'a [Report],
    signatures: Vec<Signature<'a>>,
    interned: std::collections::HashMap<Signature<'a>, u32>,
    clusters: Vec<Cluster>,
    /// (category, country of a party of the first report) → clusters that
    /// may still take reports (dead ones are dropped when met).
    index: std::collections::HashMap<(&'a str, &'a str), Vec<u32>>,
    candidates: Vec<u32>,
}

impl<'a> Linker<'a> {
    fn new(reports: &'a [Report]) -> Linker<'a> {
        Linker {
            reports,
            signatures: Vec::new(),
            interned: Default::default(),
            clusters: Vec::new(),
            index: Default::default(),
            candidates: Vec::new(),
        }
    }

    fn signature(&mut self, r: &'a Report) -> u32 {
        let s = Signature::of(r);
        if let Some(&k) = self.interned.get(&s) {
            return k;
        }
        let k = self.signatures.len() as u32;
        self.signatures.push(s.clone());
        self.interned.insert(s, k);
        k
    }

    fn countries(r: &'a Report) -> Vec<&'a str> {
        let mut c: Vec<&str> = r
            .actors
            .iter()
            .chain(&r.recipients)
            .map(|c| country_of(c))
            .collect();
        c.sort_unstable();
        c.dedup();
        c
    }

    /// Starts a cluster with report `i`.
    fn start(&mut self, i: usize, rank: usize, sig: u32) -> u32 {
        let r = &self.reports[i];
        let k = self.clusters.len() as u32;
        self.clusters.push(Cluster {
            seed: i,
            seed_rank: rank,
            seed_first: r.first_day,
            min_last: r.last_day,
            max_first: r.first_day,
            signatures: vec![sig],
        });
        for c in Linker::countries(r) {
            self.index.entry((r.event.as_str(), c)).or_default().push(k);
        }
        k
    }

    /// Adds report `i` to cluster `k`.
    fn join(&mut self, k: u32, i: usize, sig: u32) {
        let r = &self.reports[i];
        let c = &mut self.clusters[k as usize];
        c.min_last = c.min_last.min(r.last_day);
        c.max_first = c.max_first.max(r.first_day);
        if !c.signatures.contains(&sig) {
            c.signatures.push(sig);
        }
    }

    /// Links report `i` (reports come in linking order): it joins the open
    /// cluster it is compatible with every member of whose first report is
    /// nearest in time, then first in order; else it starts one.
    fn add(&mut self, i: usize, rank: usize) -> u32 {
        let r = &self.reports[i];
        let sig = self.signature(r);
        let w = window_days(&r.event);
        let mut candidates = std::mem::take(&mut self.candidates);
        candidates.clear();
        for c in Linker::countries(r) {
            if let Some(list) = self.index.get_mut(&(r.event.as_str(), c)) {
                // A cluster whose earliest last day is out of this report's
                // window is out of every later report's too (they come in
                // date order): it leaves the index for good.
                let clusters = &self.clusters;
                list.retain(|&k| clusters[k as usize].min_last + w >= r.first_day);
                candidates.extend_from_slice(list);
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mine = &self.signatures[sig as usize];
        let best = candidates
            .iter()
            .copied()
            .filter(|&k| {
                let c = &self.clusters[k as usize];
                r.first_day - c.min_last <= w
                    && c.max_first - r.last_day <= w
                    && c.signatures
                        .iter()
                        .all(|&s| mine.compatible(&self.signatures[s as usize]))
            })
            .min_by_key(|&k| {
                let c = &self.clusters[k as usize];
                ((r.first_day - c.seed_first).abs(), c.seed_rank)
            });
        self.candidates = candidates;
        match best {
            Some(k) => {
                self.join(k, i, sig);
                k
            }
            None => self.start(i, rank, sig),
        }
    }
}

/// The clusters of `reports`: for each report, in the order given, the id
/// of its cluster, or `None` for a report that is not linked (not an event
/// that happened, or no date precise enough, or no known country: such a
/// report is its own event).
///
/// Reports are taken by date and content (ids only break ties between
/// reports that say exactly the same thing, which are interchangeable), so
/// which reports share a cluster does not depend on their ids or order; a
/// cluster's id is its first report's, so it depends on ids only through
/// that tie-break (give ids in a stable order for stable cluster ids).
/// Candidate clusters are found through an index on (category, country of
/// the first report's parties): a compatible cluster shares a party, hence
/// a country, with it. Each cluster is summarised by its date bounds and
/// distinct signatures, so a report costs the number of open candidate
/// clusters times their distinct signatures, whatever their sizes.
pub fn link(reports: &[Report]) -> Vec<Option<i64>> {
    link_since(reports, i64::MIN, &[])
}

/// [`link`], resumed on day `since`: reports whose first day is before
/// `since` keep the clusters `prior` gives them (any labels: reports of one
/// label form one cluster), and the others are linked against those
/// clusters and each other. The result equals `link(reports)` whenever
/// `prior` is what `link` gave the earlier reports and every cluster of
/// theirs that may still take a report on or after `since` — any with a
/// member whose last day is no more than its category's window before
/// `since` — comes with all its members dated before `since` (clusters
/// that cannot take a report may be left out). A linkable earlier report
/// without a label is a cluster of its own.
///
/// This is exact because linking is sequential in date order: the
/// decisions about earlier reports do not look at later ones, and a later
/// report sees an earlier cluster only through its members' date bounds
/// and signatures, which the earlier members give.
pub fn link_since(reports: &[Report], since: i64, prior: &[Option<i64>]) -> Vec<Option<i64>> {
    let mut order: Vec<usize> = (0..reports.len())
        .filter(|&i| linkable(&reports[i]))
        .collect();
    {
        let keys: Vec<OrderKey<'_>> = reports.iter().map(order_key).collect();
        order.sort_by(|&a, &b| {
            keys[a]
                .cmp(&keys[b])
                .then(reports[a].id.cmp(&reports[b].id))
        });
    }
    let mut linker = Linker::new(reports);
    let mut out = vec![None; reports.len()];
    let mut cluster_of = vec![u32::MAX; reports.len()];
    let mut labelled: std::collections::HashMap<i64, u32> = Default::default();
    for (rank, &i) in order.iter().enumerate() {
        let r = &reports[i];
        let k = if r.first_day < since {
            let sig = linker.signature(r);
            match prior.get(i).copied().flatten() {
                Some(label) => match labelled.get(&label) {
                    Some(&k) => {
                        linker.join(k, i, sig);
                        k
                    }
                    None => {
                        let k = linker.start(i, rank, sig);
                        labelled.insert(label, k);
                        k
                    }
                },
                None => linker.start(i, rank, sig),
            }
        } else {
            linker.add(i, rank)
        };
        cluster_of[i] = k;
    }
    for &i in &order {
        let seed = linker.clusters[cluster_of[i] as usize].seed;
        out[i] = Some(reports[seed].id);
    }
    out
}
