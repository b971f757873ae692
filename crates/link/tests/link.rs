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
        prop_assert_eq!(partition(&link(&original)), partition(&link(&relabelled)));
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
