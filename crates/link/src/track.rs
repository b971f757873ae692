//! Following agreements and scheduled events over time.
//!
//! **Agreements.** Every event whose topic names an agreement (see
//! [`names_agreement`]) is a step in that agreement's history, with a
//! status read from its words and CAMEO code ([`agreement_status`]).
//! Steps are taken in date order; a step joins the first agreement with
//! the same agreement noun, a matching name (one's words contain the
//! other's, or they share half their words) and two shared parties (or
//! the step's only party); otherwise, with two parties or more, it starts
//! an agreement. The agreement's status is its last step's.
//!
//! **Scheduled events.** A scheduled event is `held` once a report of an
//! event that happened matches it (same PLOVER category, shared parties,
//! dated within its period or a day either side, published no earlier than
//! the announcement); `overdue` when its period ended before `as_of` (the
//! newest publication date in the collection, not the clock, so the same
//! collection gives the same answer); `scheduled` otherwise.

use std::collections::{BTreeSet, HashMap};

/// Where an agreement stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AgreementStatus {
    /// Called for, proposed, offered, announced.
    Proposed,
    /// Being negotiated.
    UnderNegotiation,
    /// Signed or concluded.
    Signed,
    /// Exchanged (instruments, notes, arrangements).
    Exchanged,
    /// Ratified.
    Ratified,
    /// Entered into force.
    InForce,
    /// Suspended, abandoned or withdrawn from.
    Suspended,
}

impl AgreementStatus {
    /// `proposed`, `under negotiation`, `signed`, `exchanged`, `ratified`,
    /// `in force` or `suspended`.
    pub fn as_str(self) -> &'static str {
        match self {
            AgreementStatus::Proposed => "proposed",
            AgreementStatus::UnderNegotiation => "under negotiation",
            AgreementStatus::Signed => "signed",
            AgreementStatus::Exchanged => "exchanged",
            AgreementStatus::Ratified => "ratified",
            AgreementStatus::InForce => "in force",
            AgreementStatus::Suspended => "suspended",
        }
    }
}

/// The status an event gives its agreement: from its trigger words
/// ("suspended", "ratified", "entered into force", "exchanged", "signed",
/// "negotiations") and CAMEO code (057 sign, 046 negotiate); an event that
/// has not happened (future, scheduled) or any other act (calling for,
/// proposing, agreeing to work towards) proposes it.
pub fn agreement_status(cameo: &str, trigger: &str, modality: &str) -> AgreementStatus {
    let t = trigger.to_lowercase();
    let words: Vec<&str> = t
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    // Words starting with a stem ("ratif" → ratified, ratification), or
    // exactly one of the forms ("signed", not "signalled" or "resigned").
    let stem = |stems: &[&str]| words.iter().any(|w| stems.iter().any(|s| w.starts_with(s)));
    let form = |forms: &[&str]| words.iter().any(|w| forms.contains(w));
    let phrase = |phrases: &[&str]| phrases.iter().any(|p| t.contains(p));
    if matches!(modality, "future" | "scheduled") {
        return AgreementStatus::Proposed;
    }
    if stem(&[
        "suspend", "withdr", "scrap", "abandon", "terminat", "renounc",
    ]) || phrase(&["pull out", "pulled out", "pulls out"])
    {
        AgreementStatus::Suspended
    } else if stem(&["ratif"]) {
        AgreementStatus::Ratified
    } else if phrase(&[
        "into force",
        "into effect",
        "took effect",
        "take effect",
        "takes effect",
    ]) {
        AgreementStatus::InForce
    } else if stem(&["exchang"]) {
        AgreementStatus::Exchanged
    } else if form(&[
        "sign",
        "signs",
        "signed",
        "signing",
        "ink",
        "inks",
        "inked",
        "conclude",
        "concludes",
        "concluded",
        "seal",
        "sealed",
        "clinch",
        "clinched",
    ]) || cameo.starts_with("057")
    {
        AgreementStatus::Signed
    } else if stem(&["negotiat"]) || form(&["talks"]) || cameo.starts_with("046") {
        AgreementStatus::UnderNegotiation
    } else {
        AgreementStatus::Proposed
    }
}

/// Words that do not tell agreements apart.
const STOP: &[&str] = &[
    "the", "a", "an", "of", "on", "for", "and", "in", "to", "new", "early", "its", "their", "this",
    "that", "between", "with", "proposed", "planned", "landmark", "historic",
];

/// The agreement noun a topic ends on (its last one), if any.
pub fn names_agreement(topic: &str, nouns: &[&str]) -> Option<String> {
    topic
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(str::to_lowercase)
        .rfind(|w| nouns.contains(&w.as_str()))
}

fn key_words(topic: &str) -> BTreeSet<String> {
    topic
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty() && !STOP.contains(&w.as_str()))
        .collect()
}

/// One event about an agreement.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementEvidence {
    /// The event's id.
    pub id: i64,
    /// First day of its date (days since 1970-01-01).
    pub day: i64,
    /// Its topic ("implementing arrangement on air-to-air refuelling").
    pub topic: String,
    /// The agreement noun of the topic ("arrangement").
    pub noun: String,
    /// Its parties' countries.
    pub parties: Vec<String>,
    /// The status it gives.
    pub status: AgreementStatus,
}

/// An agreement and its history.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    /// Its id: the id of its first step.
    pub id: i64,
    /// Its name: the first step's topic.
    pub topic: String,
    /// Its parties (sorted).
    pub parties: Vec<String>,
    /// The steps: evidence indices, in date order.
    pub steps: Vec<usize>,
    /// Its current status (the last step's).
    pub status: AgreementStatus,
}

/// Groups agreement evidence into agreements (rules in the module
/// documentation). Deterministic; `evidence` in any order.
///
/// A step can only join an agreement of its noun that has two of its
/// parties (or its only one), so agreements are found through an index of
/// (noun, party pair) and (noun, party) rather than by scanning them all:
/// the time grows with the evidence and the agreements that share parties
/// with each step, not with all agreements.
pub fn agreements(evidence: &[AgreementEvidence]) -> Vec<Agreement> {
    let mut out: Vec<Forming> = Vec::new();
    let mut index = AgreementIndex::default();
    for i in date_order(evidence) {
        let e = &evidence[i];
        let words = key_words(&e.topic);
        let parties: BTreeSet<String> = e.parties.iter().cloned().collect();
        let found = index
            .candidates(&e.noun, &parties)
            .into_iter()
            .find(|&k| out[k].takes(e, &parties, &words));
        match found {
            Some(k) => out[k].add(i, e, &parties, |known, p| {
                index.add_party(&e.noun, k, known, p)
            }),
            None if parties.len() >= 2 => {
                let k = out.len();
                let f = Forming::start(i, e, &parties, words);
                let known = &f.agreement.parties;
                for (n, p) in known.iter().enumerate() {
                    index.add_party(&e.noun, k, &known[..n], p);
                }
                out.push(f);
            }
            None => {}
        }
    }
    out.into_iter().map(|f| f.agreement).collect()
}

/// Evidence indices in the order steps are taken: by day, then id.
fn date_order(evidence: &[AgreementEvidence]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..evidence.len()).collect();
    order.sort_by_key(|&i| (evidence[i].day, evidence[i].id));
    order
}

/// An agreement being grouped, with its noun and its first step's key words.
struct Forming {
    agreement: Agreement,
    noun: String,
    key: BTreeSet<String>,
}

impl Forming {
    /// The agreement `e` starts (its parties sorted).
    fn start(
        i: usize,
        e: &AgreementEvidence,
        parties: &BTreeSet<String>,
        words: BTreeSet<String>,
    ) -> Forming {
        Forming {
            agreement: Agreement {
                id: e.id,
                topic: e.topic.clone(),
                parties: parties.iter().cloned().collect(),
                steps: vec![i],
                status: e.status,
            },
            noun: e.noun.clone(),
            key: words,
        }
    }

    /// True when step `e` (its `parties` and topic `words`) joins this
    /// agreement: the same noun, two shared parties (or the step's only
    /// one), and names of which one contains the other or that share half
    /// their words.
    fn takes(
        &self,
        e: &AgreementEvidence,
        parties: &BTreeSet<String>,
        words: &BTreeSet<String>,
    ) -> bool {
        let shared = self
            .agreement
            .parties
            .iter()
            .filter(|p| parties.contains(*p))
            .count();
        let parties_match = shared >= 2 || (parties.len() == 1 && shared == 1);
        let common = self.key.intersection(words).count();
        let names_match = self.key.is_subset(words)
            || words.is_subset(&self.key)
            || 2 * common >= self.key.union(words).count();
        self.noun == e.noun && parties_match && names_match
    }

    /// Adds step `i`; `new_party(known, party)` hears of each party the
    /// agreement did not have, with the parties it had.
    fn add(
        &mut self,
        i: usize,
        e: &AgreementEvidence,
        parties: &BTreeSet<String>,
        mut new_party: impl FnMut(&[String], &str),
    ) {
        let a = &mut self.agreement;
        a.steps.push(i);
        a.status = e.status;
        for p in parties {
            if !a.parties.contains(p) {
                new_party(&a.parties, p);
                a.parties.push(p.clone());
            }
        }
        a.parties.sort();
    }
}

/// Agreements (by position) under their noun and each of their parties and
/// party pairs.
#[derive(Default)]
struct AgreementIndex {
    by_party: HashMap<(String, String), Vec<usize>>,
    by_pair: HashMap<(String, String, String), Vec<usize>>,
}

impl AgreementIndex {
    /// Records that agreement `k` (of `noun`, with `parties` so far) now
    /// also has `party`.
    fn add_party(&mut self, noun: &str, k: usize, parties: &[String], party: &str) {
        self.by_party
            .entry((noun.to_string(), party.to_string()))
            .or_default()
            .push(k);
        for q in parties {
            let (x, y) = if q.as_str() < party {
                (q.as_str(), party)
            } else {
                (party, q.as_str())
            };
            self.by_pair
                .entry((noun.to_string(), x.to_string(), y.to_string()))
                .or_default()
                .push(k);
        }
    }

    /// The agreements of `noun` a step with `parties` may join, in the
    /// order they were made: those with two of its parties, or with its
    /// only one.
    fn candidates(&self, noun: &str, parties: &BTreeSet<String>) -> Vec<usize> {
        let mut found = Vec::new();
        let parties: Vec<&String> = parties.iter().collect();
        if let [p] = parties[..] {
            if let Some(ks) = self.by_party.get(&(noun.to_string(), p.clone())) {
                found.extend(ks);
            }
        }
        for (n, x) in parties.iter().enumerate() {
            for y in &parties[n + 1..] {
                let key = (noun.to_string(), (*x).clone(), (*y).clone());
                if let Some(ks) = self.by_pair.get(&key) {
                    found.extend(ks);
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }
}

/// A scheduled event's standing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScheduleStatus {
    /// Still to come (or not known to have happened while its date runs).
    Scheduled,
    /// A later report codes it: the id of that report.
    Held(i64),
    /// Its date has passed with no report of it.
    Overdue,
}

impl ScheduleStatus {
    /// `scheduled`, `held` or `overdue`.
    pub fn as_str(self) -> &'static str {
        match self {
            ScheduleStatus::Scheduled => "scheduled",
            ScheduleStatus::Held(_) => "held",
            ScheduleStatus::Overdue => "overdue",
        }
    }
}

/// Where a scheduled event stands, given the reports that may show it held
/// (each with its document's publication day) and the day of the newest
/// document (`as_of`). `announced` is the day its own document was
/// published.
pub fn schedule_status<'r>(
    planned: &crate::Report,
    announced: Option<i64>,
    reports: impl IntoIterator<Item = (&'r crate::Report, Option<i64>)>,
    as_of: Option<i64>,
) -> ScheduleStatus {
    // Countries, not actor codes: "Indian and Korean officials" hold the
    // dialogue the defence ministers announced.
    let parties = |r: &crate::Report| -> BTreeSet<String> { r.countries.iter().cloned().collect() };
    let mine = parties(planned);
    let held = reports
        .into_iter()
        .filter(|(r, p)| {
            // Cheap tests first; the parties last.
            r.id != planned.id
                && r.event == planned.event
                && r.first_day >= planned.first_day - 1
                && r.first_day <= planned.last_day + 1
                && matches!(r.modality.as_str(), "asserted" | "historical")
                && match (announced, p) {
                    (Some(a), Some(p)) => *p >= a,
                    _ => true,
                }
                && {
                    let theirs = parties(r);
                    let shared = mine.intersection(&theirs).count();
                    shared >= 2.min(mine.len()).min(theirs.len()).max(1)
                }
        })
        .map(|(r, _)| r.id)
        .min();
    match (held, as_of) {
        (Some(id), _) => ScheduleStatus::Held(id),
        (None, Some(now)) if planned.last_day < now => ScheduleStatus::Overdue,
        _ => ScheduleStatus::Scheduled,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every step tried against every agreement made so far, first match
    /// wins (the rule without the index). The indexed [`agreements`] must
    /// group exactly as this does.
    fn agreements_by_scan(evidence: &[AgreementEvidence]) -> Vec<Agreement> {
        let mut out: Vec<Forming> = Vec::new();
        for i in date_order(evidence) {
            let e = &evidence[i];
            let words = key_words(&e.topic);
            let parties: BTreeSet<String> = e.parties.iter().cloned().collect();
            match out.iter_mut().find(|f| f.takes(e, &parties, &words)) {
                Some(f) => f.add(i, e, &parties, |_, _| {}),
                None if parties.len() >= 2 => out.push(Forming::start(i, e, &parties, words)),
                None => {}
            }
        }
        out.into_iter().map(|f| f.agreement).collect()
    }

    fn evidence() -> impl Strategy<Value = Vec<AgreementEvidence>> {
        let one = (
            0i64..20,
            prop::sample::select(vec![
                ("free trade agreement", "agreement"),
                ("trade agreement", "agreement"),
                ("defence agreement", "agreement"),
                ("fisheries treaty", "treaty"),
                ("treaty", "treaty"),
                ("nuclear deal", "deal"),
            ]),
            prop::sample::subsequence(vec!["ARG", "CHL", "PER", "USA", "CHN"], 0..4),
            prop::sample::select(vec![
                AgreementStatus::Proposed,
                AgreementStatus::Signed,
                AgreementStatus::Ratified,
            ]),
        );
        prop::collection::vec(one, 0..60).prop_map(|steps| {
            steps
                .into_iter()
                .enumerate()
                .map(
                    |(id, (day, (topic, noun), parties, status))| AgreementEvidence {
                        id: id as i64,
                        day,
                        topic: topic.into(),
                        noun: noun.into(),
                        parties: parties.into_iter().map(String::from).collect(),
                        status,
                    },
                )
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]
        #[test]
        fn the_index_groups_as_the_scan(evidence in evidence()) {
            prop_assert_eq!(agreements(&evidence), agreements_by_scan(&evidence));
        }
    }
}
