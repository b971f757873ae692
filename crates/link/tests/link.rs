//! Linking on hand-made reports: what a reader of the articles would group.

use parley_link::{compatible, link, Location, Report};
use proptest::prelude::*;

/// Day numbers: 20_000 is 2024-10-04; only differences matter.
const D: i64 = 20_000;

fn report(id: i64, event: &str, day: i64, actors: &[&str], recipients: &[&str]) -> Report {
    Report {
        id,
        event: event.into(),
        cameo: match event {
            "ASSAULT" => "190",
            "CONSULT" => "040",
            "AID" => "070",
            _ => "030",
        }
        .into(),
        modality: "asserted".into(),
        first_day: day,
        last_day: day,
        precise: true,
        actors: actors.iter().map(|s| s.to_string()).collect(),
        recipients: recipients.iter().map(|s| s.to_string()).collect(),
        countries: {
            let mut c: Vec<String> = actors
                .iter()
                .chain(recipients)
                .map(|s| s[..3].to_string())
                .collect();
            c.sort();
            c.dedup();
            c
        },
        symmetric: false,
        place: None,
    }
}

fn city(lat: f64, lon: f64, country: &str) -> Option<Location> {
    Some(Location {
        country: Some(country.into()),
        point: Some((lat, lon)),
    })
}

const KHARKIV: (f64, f64) = (49.99, 36.23);
const ODESA: (f64, f64) = (46.48, 30.72);

#[test]
fn one_abduction_reported_by_three_sources_on_two_days() {
    // Monday: two agencies report gunmen abducting an aid worker near
    // Kharkiv; Tuesday a third retells it (dated Monday by its text, or
    // Tuesday by its publication date).
    let mut a = report(1, "ASSAULT", D, &["UKR"], &["USA"]);
    a.place = city(KHARKIV.0, KHARKIV.1, "UKR");
    let mut b = report(2, "ASSAULT", D, &["UKR"], &["USA"]);
    b.place = city(KHARKIV.0 + 0.1, KHARKIV.1, "UKR");
    let c = report(3, "ASSAULT", D + 1, &["UKR"], &[]);
    assert_eq!(
        link(&[c.clone(), a.clone(), b.clone()]),
        [Some(1), Some(1), Some(1)]
    );
    assert_eq!(link(&[a, b, c]), [Some(1), Some(1), Some(1)]);
}

#[test]
fn two_events_of_one_dyad_on_one_day_stay_apart() {
    // Russian forces strike Kharkiv and, the same day, Russian and
    // Ukrainian delegations meet: two events.
    let mut strike = report(1, "ASSAULT", D, &["RUS"], &["UKR"]);
    strike.place = city(KHARKIV.0, KHARKIV.1, "UKR");
    let mut talks = report(2, "CONSULT", D, &["RUS", "UKR"], &[]);
    talks.symmetric = true;
    assert_eq!(link(&[strike.clone(), talks]), [Some(1), Some(2)]);
    // Two strikes the same day on cities 600 km apart: two events.
    let mut other = report(3, "ASSAULT", D, &["RUS"], &["UKR"]);
    other.place = city(ODESA.0, ODESA.1, "UKR");
    assert_eq!(link(&[strike.clone(), other.clone()]), [Some(1), Some(3)]);
    // A report that does not say where may be either: it joins one of
    // them (the same one whatever the ids), and the two stay apart.
    let vague = report(4, "ASSAULT", D, &["RUS"], &["UKR"]);
    let got = link(&[strike, other, vague]);
    assert_ne!(got[0], got[1]);
    assert!(got[2] == got[0] || got[2] == got[1], "{got:?}");
}

#[test]
fn compatibility_table() {
    let base = report(1, "CONSULT", D, &["IND"], &["AUS"]);
    let with = |f: &dyn Fn(&mut Report)| {
        let mut r = report(2, "CONSULT", D, &["IND"], &["AUS"]);
        f(&mut r);
        r
    };
    let cases: Vec<(&str, Report, bool)> = vec![
        ("same", with(&|_| {}), true),
        (
            "next day",
            with(&|r| {
                r.first_day += 1;
                r.last_day += 1
            }),
            true,
        ),
        (
            "two days later: meetings are dated to the day",
            with(&|r| {
                r.first_day += 2;
                r.last_day += 2
            }),
            false,
        ),
        ("other type", with(&|r| r.event = "AGREE".into()), false),
        (
            "other recipient",
            with(&|r| r.recipients = vec!["NZL".into()]),
            false,
        ),
        ("no recipient", with(&|r| r.recipients.clear()), true),
        (
            "other actor",
            with(&|r| r.actors = vec!["PAK".into()]),
            false,
        ),
        (
            "reversed, joint",
            with(&|r| {
                r.actors = vec!["AUS".into(), "IND".into()];
                r.recipients.clear();
                r.symmetric = true
            }),
            true,
        ),
        (
            "joint, one shared country of three",
            with(&|r| {
                r.actors = vec!["IND".into(), "NZL".into(), "JPN".into()];
                r.recipients.clear();
                r.symmetric = true
            }),
            false,
        ),
        ("month-precise", with(&|r| r.precise = false), false),
        // Actor codes: a bare country may be its government; two sectors
        // of one country are two parties.
        (
            "government of the actor",
            with(&|r| r.actors = vec!["INDGOV".into()]),
            true,
        ),
        (
            "another sector's recipient",
            with(&|r| r.recipients = vec!["AUSBUS".into()]),
            true,
        ),
        // Statements: the same act, or the generic code of its root.
        (
            "a visit (042) is a meeting (040)",
            with(&|r| r.cameo = "042".into()),
            true,
        ),
        (
            "an appeal (020) is not a meeting",
            with(&|r| r.cameo = "020".into()),
            false,
        ),
    ];
    for (what, r, want) in cases {
        assert_eq!(compatible(&base, &r), want, "{what}");
        assert_eq!(compatible(&r, &base), want, "{what} (swapped)");
    }
}

#[test]
fn domestic_actors_are_told_apart_by_sector() {
    let mut gov = report(1, "REQUEST", D, &["USAGOV"], &["USALEG"]);
    gov.cameo = "020".into();
    let mut business = report(2, "REQUEST", D, &["USABUS"], &["USAGOV"]);
    business.cameo = "020".into();
    assert!(!compatible(&gov, &business));
    let mut specific = report(3, "REQUEST", D, &["USAGOV"], &["USALEG"]);
    specific.cameo = "0211".into();
    assert!(
        compatible(&gov, &specific),
        "0211 refines 020's root? no: 021 refines 02x generic 020"
    );
    let mut other_act = report(4, "REQUEST", D, &["USAGOV"], &["USALEG"]);
    other_act.cameo = "0234".into();
    assert!(
        compatible(&gov, &other_act),
        "020 is the root's generic code"
    );
    assert!(
        !compatible(&specific, &other_act),
        "0211 and 0234 are two appeals"
    );
}

#[test]
fn compatibility_is_symmetric_and_counts_each_party_once() {
    // An investigation (091) and an accusation (111) are both ACCUSE.
    let mut probe = report(1, "ACCUSE", D, &["USA"], &["IRN"]);
    probe.cameo = "091".into();
    let mut blame = report(2, "ACCUSE", D, &["USA"], &["IRN"]);
    blame.cameo = "111".into();
    assert!(!compatible(&probe, &blame));
    assert!(!compatible(&blame, &probe));
    // "US meets Iran" and, the next day, "US meets China": the US and its
    // government are one party, so only one is shared.
    let mut iran = report(3, "CONSULT", D, &["USA", "USAGOV"], &["IRN"]);
    iran.symmetric = true;
    let mut china = report(4, "CONSULT", D, &["USA"], &["CHN"]);
    china.symmetric = true;
    assert!(!compatible(&iran, &china));
    assert!(!compatible(&china, &iran));
}

#[test]
fn only_events_that_happened_are_linked() {
    let mut scheduled = report(1, "CONSULT", D, &["IND"], &["KOR"]);
    scheduled.modality = "scheduled".into();
    let mut vague = report(2, "CONSULT", D, &["IND"], &["KOR"]);
    vague.precise = false;
    let nobody = report(3, "CONSULT", D, &[], &[]);
    let held = report(4, "CONSULT", D, &["IND"], &["KOR"]);
    assert_eq!(
        link(&[scheduled, vague, nobody, held]),
        [None, None, None, Some(4)]
    );
}

fn arbitrary_report() -> impl Strategy<Value = Report> {
    (
        0i64..1000,
        prop::sample::select(vec!["ASSAULT", "CONSULT", "AID"]),
        0i64..6,
        prop::sample::subsequence(vec!["RUS", "RUSMIL", "UKR", "USA", "USAGOV"], 0..3),
        prop::sample::subsequence(vec!["RUS", "UKR", "UKRGOV", "USA", "USABUS"], 0..3),
        any::<bool>(),
        prop::sample::select(vec!["", "091", "111", "112"]),
    )
        .prop_map(|(id, event, day, a, r, sym, cameo)| {
            let mut rep = report(id, event, D + day, &a, &r);
            rep.symmetric = sym;
            if !cameo.is_empty() {
                rep.event = "ACCUSE".into();
                rep.cameo = cameo.into();
            }
            rep
        })
}

/// The groups of a linking, as sets of report indices.
fn partition(clusters: &[Option<i64>]) -> std::collections::BTreeSet<Vec<usize>> {
    let mut groups: std::collections::BTreeMap<i64, Vec<usize>> = Default::default();
    for (i, c) in clusters.iter().enumerate() {
        if let Some(c) = c {
            groups.entry(*c).or_default().push(i);
        }
    }
    groups.into_values().collect()
}

/// The groups of a linking as what their reports say (ids left out): reports
/// that say exactly the same are interchangeable, and which of two such
/// copies joins a cluster may rest on their ids, the groups' contents not.
fn content_partition(reports: &[Report], clusters: &[Option<i64>]) -> Vec<Vec<String>> {
    let say = |i: usize| {
        let mut r = reports[i].clone();
        r.id = 0;
        format!("{r:?}")
    };
    let mut groups: Vec<Vec<String>> = partition(clusters)
        .into_iter()
        .map(|g| {
            let mut g: Vec<String> = g.into_iter().map(say).collect();
            g.sort();
            g
        })
        .collect();
    groups.sort();
    groups
}

#[test]
fn copies_are_interchangeable() {
    // Two copies of a directed report with no actor cannot link with each
    // other (no shared actor), while a joint report may join either: which
    // one is the ids' tie-break, the groups' contents are the same.
    let make = |ids: [i64; 3]| {
        let mut joint = report(ids[2], "ACCUSE", D, &[], &["UKR"]);
        joint.symmetric = true;
        vec![
            report(ids[0], "ACCUSE", D, &[], &["UKRGOV"]),
            report(ids[1], "ACCUSE", D, &[], &["UKRGOV"]),
            joint,
        ]
    };
    let (a, b) = (make([1, 2, 3]), make([2, 1, 3]));
    assert_eq!(
        content_partition(&a, &link(&a)),
        content_partition(&b, &link(&b))
    );
    assert_eq!(
        partition(&link(&a)).len(),
        2,
        "the joint report joins one copy"
    );
}

#[test]
fn ids_do_not_decide_the_groups() {
    // Same day: RUS->UKR, RUS-> (no recipient), RUS->USA. The middle one
    // may go with either; which one must not depend on the ids.
    let make = |ids: [i64; 3]| {
        vec![
            report(ids[0], "ASSAULT", D, &["RUS"], &["UKR"]),
            report(ids[1], "ASSAULT", D, &["RUS"], &[]),
            report(ids[2], "ASSAULT", D, &["RUS"], &["USA"]),
        ]
    };
    let a = partition(&link(&make([1, 2, 3])));
    let b = partition(&link(&make([3, 2, 1])));
    assert_eq!(a, b);
}

proptest! {
    /// Which reports share a cluster depends neither on ids nor on order.
    #[test]
    fn groups_free_of_ids(reports in prop::collection::vec(arbitrary_report(), 0..12), seed in any::<u64>()) {
        let mut relabelled = reports.clone();
        let n = relabelled.len() as u64;
        for (i, r) in relabelled.iter_mut().enumerate() {
            r.id = ((i as u64 * 7919 + seed) % (n.max(1) * 7919)) as i64 * 1000 + i as i64;
        }
        let mut original = reports;
        for (i, r) in original.iter_mut().enumerate() {
            r.id = i as i64;
        }
        prop_assert_eq!(
            content_partition(&original, &link(&original)),
            content_partition(&relabelled, &link(&relabelled))
        );
    }

    /// The clusters do not depend on the order reports are given in, and
    /// every member of a cluster is compatible with every other.
    #[test]
    fn order_free_and_compatible(mut reports in prop::collection::vec(arbitrary_report(), 0..12)) {
        for (i, r) in reports.iter_mut().enumerate() {
            r.id = i as i64 * 7 + r.id % 7;
        }
        let got = link(&reports);
        let mut reversed = reports.clone();
        reversed.reverse();
        let mut back = link(&reversed);
        back.reverse();
        prop_assert_eq!(&got, &back);
        for i in 0..reports.len() {
            for j in 0..reports.len() {
                if i != j && got[i].is_some() && got[i] == got[j] {
                    prop_assert!(compatible(&reports[i], &reports[j]));
                }
            }
        }
    }
}

/// The linker as it was before clusters were summarised, kept as the
/// reference: complete linkage checking every member, with the
/// compatibility rule as first written (sets, one report against another).
mod reference {
    use parley_link::{country_of, window_days, Report};
    use std::collections::BTreeSet;

    fn set(v: &[String]) -> BTreeSet<&str> {
        v.iter().map(String::as_str).collect()
    }

    fn same_party(a: &str, b: &str) -> bool {
        country_of(a) == country_of(b) && (a.starts_with(b) || b.starts_with(a))
    }

    fn shared_parties(a: &BTreeSet<&str>, b: &BTreeSet<&str>) -> usize {
        let one_way = |a: &BTreeSet<&str>, b: &BTreeSet<&str>| {
            a.iter()
                .filter(|x| b.iter().any(|y| same_party(x, y)))
                .count()
        };
        one_way(a, b).min(one_way(b, a))
    }

    fn verbal(cameo: &str) -> bool {
        matches!(
            cameo.get(..2),
            Some("01" | "02" | "03" | "04" | "05" | "10" | "11" | "12" | "13")
        )
    }

    fn cameo_compatible(a: &str, b: &str) -> bool {
        let generic = |c: &str| c.len() == 3 && c.ends_with('0');
        a.starts_with(b)
            || b.starts_with(a)
            || (a.get(..2) == b.get(..2) && (generic(a) || generic(b)))
    }

    pub fn compatible(a: &Report, b: &Report) -> bool {
        if a.event != b.event || !a.precise || !b.precise {
            return false;
        }
        let w = window_days(&a.event);
        let gap = (a.first_day - b.last_day).max(b.first_day - a.last_day);
        if gap > w {
            return false;
        }
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

    /// The linking order: date, then content (exact), then id.
    fn key(
        r: &Report,
    ) -> (
        i64,
        i64,
        String,
        String,
        Vec<String>,
        Vec<String>,
        bool,
        Option<(Option<String>, Option<(u64, u64)>)>,
    ) {
        let sorted = |v: &[String]| {
            let mut v = v.to_vec();
            v.sort();
            v
        };
        let bits = |x: f64| {
            let b = x.to_bits();
            if b >> 63 == 1 {
                !b
            } else {
                b | 1 << 63
            }
        };
        (
            r.first_day,
            r.last_day,
            r.event.clone(),
            r.cameo.clone(),
            sorted(&r.actors),
            sorted(&r.recipients),
            r.symmetric,
            r.place
                .as_ref()
                .map(|p| (p.country.clone(), p.point.map(|(a, b)| (bits(a), bits(b))))),
        )
    }

    /// Complete linkage: each report is checked against every member of
    /// every cluster.
    pub fn link(reports: &[Report]) -> Vec<Option<i64>> {
        let mut order: Vec<usize> = (0..reports.len())
            .filter(|&i| {
                let r = &reports[i];
                matches!(r.modality.as_str(), "asserted" | "historical")
                    && r.precise
                    && !(r.actors.is_empty() && r.recipients.is_empty())
            })
            .collect();
        let keys: Vec<_> = reports.iter().map(key).collect();
        order.sort_by(|&a, &b| {
            keys[a]
                .cmp(&keys[b])
                .then(reports[a].id.cmp(&reports[b].id))
        });
        let mut out = vec![None; reports.len()];
        let mut clusters: Vec<Vec<usize>> = Vec::new();
        for i in order {
            let r = &reports[i];
            let best = (0..clusters.len())
                .filter(|&k| {
                    let seed = &reports[clusters[k][0]];
                    // The index: a shared country with the first report.
                    seed.event == r.event
                        && seed.actors.iter().chain(&seed.recipients).any(|a| {
                            r.actors
                                .iter()
                                .chain(&r.recipients)
                                .any(|b| country_of(a) == country_of(b))
                        })
                        && clusters[k].iter().all(|&m| compatible(&reports[m], r))
                })
                .min_by(|&a, &b| {
                    let (sa, sb) = (clusters[a][0], clusters[b][0]);
                    let gap = |s: usize| (r.first_day - reports[s].first_day).abs();
                    gap(sa)
                        .cmp(&gap(sb))
                        .then_with(|| keys[sa].cmp(&keys[sb]))
                        .then(reports[sa].id.cmp(&reports[sb].id))
                });
            match best {
                Some(k) => {
                    clusters[k].push(i);
                    out[i] = Some(reports[clusters[k][0]].id);
                }
                None => {
                    clusters.push(vec![i]);
                    out[i] = Some(r.id);
                }
            }
        }
        out
    }
}

/// Cities a few kilometres apart (one event) and far apart (two), in two
/// countries, for the place rule.
const POINTS: &[(f64, f64)] = &[KHARKIV, (50.05, 36.30), ODESA, (46.40, 30.70)];

/// Reports drawn from few categories, codes, parties, days and places, so
/// that clusters form, grow and compete.
fn rich_report() -> impl Strategy<Value = Report> {
    (
        (
            prop::sample::select(vec!["ASSAULT", "CONSULT", "AID", "ACCUSE"]),
            prop::sample::select(vec!["", "040", "042", "091", "111", "112", "190"]),
            0i64..8,
            0i64..2,
            any::<bool>(),
            prop::sample::select(vec!["asserted", "asserted", "historical", "scheduled"]),
        ),
        (
            prop::sample::subsequence(vec!["RUS", "RUSMIL", "UKR", "USA", "USAGOV"], 0..3),
            prop::sample::subsequence(vec!["RUS", "UKR", "UKRGOV", "USA", "USABUS"], 0..3),
            any::<bool>(),
            prop::option::of((
                prop::option::of(prop::sample::select(vec!["UKR", "RUS"])),
                prop::option::of(prop::sample::select(POINTS.to_vec())),
            )),
        ),
    )
        .prop_map(
            |((event, cameo, day, length, precise, modality), (a, r, sym, place))| {
                let mut rep = report(0, event, D + day, &a, &r);
                if !cameo.is_empty() {
                    rep.cameo = cameo.into();
                }
                rep.last_day += length;
                rep.precise = precise || length == 0;
                rep.modality = modality.into();
                rep.symmetric = sym;
                rep.place = place.map(|(country, point)| Location {
                    country: country.map(Into::into),
                    point,
                });
                rep
            },
        )
}

/// Reports with ids in random order (some reports identical but for it).
fn rich_reports(max: usize) -> impl Strategy<Value = Vec<Report>> {
    (prop::collection::vec(rich_report(), 0..max), any::<u64>()).prop_map(|(mut reports, seed)| {
        let n = reports.len() as u64;
        for (i, r) in reports.iter_mut().enumerate() {
            r.id = ((i as u64 * 7919 + seed) % (n.max(1) * 7919)) as i64 * 100 + i as i64;
        }
        reports
    })
}

/// A regression test for the tester's finding (issue "Reliability … no
/// stalls"): thousands of same-day reports of one event form one cluster
/// (the cost is no longer quadratic in it; timing is the benchmark's job).
#[test]
fn many_same_day_reports_of_one_event_form_one_cluster() {
    let reports: Vec<Report> = (0..5_000)
        .map(|i| report(i, "ASSAULT", D, &["RUS"], &["UKR"]))
        .collect();
    assert!(link(&reports).iter().all(|c| *c == Some(0)));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Summarising clusters by date bounds and signatures links exactly as
    /// checking every member did.
    #[test]
    fn same_as_complete_linkage_member_by_member(reports in rich_reports(40)) {
        prop_assert_eq!(link(&reports), reference::link(&reports));
    }

    /// The summarised compatibility rule is the rule as first written.
    #[test]
    fn compatible_as_first_written(a in rich_report(), b in rich_report()) {
        prop_assert_eq!(compatible(&a, &b), reference::compatible(&a, &b));
    }

    /// Linking resumed on any day, from the clusters of the reports before
    /// it, gives what linking everything gives.
    #[test]
    fn resumed_linking_is_linking(reports in rich_reports(40), since in 0i64..9, drop_dead in any::<bool>()) {
        let all = link(&reports);
        let since = D + since;
        let mut kept: Vec<Report> = Vec::new();
        let mut prior = Vec::new();
        let mut want = Vec::new();
        for (r, c) in reports.iter().zip(&all) {
            // Clusters that can no longer take a report may be left out:
            // members of clusters none of whose members is within the window.
            let live = match c {
                None => true,
                Some(c) => reports.iter().zip(&all).any(|(m, mc)| {
                    *mc == Some(*c) && m.first_day < since
                        && m.last_day + parley_link::window_days(&m.event) >= since
                }),
            };
            if drop_dead && r.first_day < since && !live {
                continue;
            }
            kept.push(r.clone());
            prior.push(if r.first_day < since { *c } else { None });
            want.push(*c);
        }
        prop_assert_eq!(parley_link::link_since(&kept, since, &prior), want);
    }
}
