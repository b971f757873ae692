//! Store scaling benchmark (issue "Reliability … no stalls"): what one more
//! ingest costs as the store grows. Synthetic documents (three events each:
//! meetings, attacks, agreements with topics, some scheduled meetings) fill
//! stores of growing size; on each, a batch of new documents is inserted and
//! followed up (incremental linking, agreements and scheduled events) five
//! times, and the median is printed. A store that does per-ingest work in
//! proportion to its size shows it here as time growing with the size.
//!
//! ```text
//! cargo run --release -p parley-store --example store_bench [-- MAX_DOCUMENTS [NEW_DOCUMENTS]]
//! ```
//!
//! The default sizes are 10,000, 100,000 and 330,000 documents (about a
//! million events), with 10 new documents per ingest.

use std::time::Instant;

#[path = "../tests/fixture/mod.rs"]
mod fixture;

use fixture::party;
use parley_records::EventRecord;
use parley_store::{document_key, NewDocument, Store};
use parley_text::{Document, SplitMix64};

const COUNTRIES: &[&str] = &[
    "USA", "CHN", "RUS", "UKR", "IND", "PAK", "GBR", "FRA", "DEU", "JPN", "KOR", "PRK", "IRN",
    "ISR", "TUR", "SYR", "IRQ", "AFG", "NGA", "KEN", "ETH", "SDN", "BRA", "MEX", "COL", "VEN",
    "AUS", "IDN", "PHL", "VNM",
];

const TOPICS: &[&str] = &[
    "free trade agreement",
    "defence cooperation agreement",
    "nuclear deal",
    "ceasefire agreement",
    "fisheries treaty",
    "memorandum of understanding on energy",
];

/// Day `day` (days after 2020-01-01) as an ISO date.
fn iso(day: u64) -> String {
    let mut y = 2020;
    let mut d = day;
    loop {
        let len = if y % 4 == 0 { 366 } else { 365 };
        if d < len {
            break;
        }
        d -= len;
        y += 1;
    }
    let months = [
        31,
        if y % 4 == 0 { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let mut m = 0;
    while d >= months[m] {
        d -= months[m];
        m += 1;
    }
    format!("{y}-{:02}-{:02}", m + 1, d + 1)
}

/// Document `i` (published on `day`) and its three events.
fn document(i: u64, day: u64, rng: &mut SplitMix64) -> (Document, Vec<EventRecord>) {
    let id = format!("d{i:07}");
    let doc = Document {
        id: id.clone(),
        id_given: true,
        date: Some(iso(day)),
        source: Some(format!("outlet {}", i % 40)),
        text: format!("Synthetic document {i}."),
        origin: "bench".into(),
        ..Default::default()
    };
    let mut events = Vec::new();
    for n in 0..3 {
        let a = COUNTRIES[rng.below(COUNTRIES.len() as u64) as usize];
        let b = COUNTRIES[rng.below(COUNTRIES.len() as u64) as usize];
        let kind = rng.below(10);
        let (event, cameo, topic, modality) = match kind {
            0..=3 => ("CONSULT", "040", None, "asserted"),
            4 => ("CONSULT", "040", None, "scheduled"),
            5..=7 => ("ASSAULT", "190", None, "asserted"),
            _ => (
                "AGREE",
                "057",
                Some(TOPICS[rng.below(TOPICS.len() as u64) as usize].to_string()),
                "asserted",
            ),
        };
        let when = if modality == "scheduled" {
            day + 1 + rng.below(30)
        } else {
            day.saturating_sub(rng.below(3))
        };
        let mut r = fixture::record(&id, n, event, cameo, iso(when));
        r.actor = vec![party(a)];
        r.recipient = vec![party(b)];
        r.symmetric = event != "ASSAULT";
        r.modality = modality;
        r.event_text = if event == "AGREE" { "signed" } else { "met" }.into();
        r.topic = topic;
        events.push(r);
    }
    (doc, events)
}

fn insert(store: &mut Store, docs: &[(Document, Vec<EventRecord>)]) {
    let keys: Vec<String> = docs.iter().map(|(d, _)| document_key(d)).collect();
    let batch: Vec<NewDocument<'_>> = docs
        .iter()
        .zip(&keys)
        .map(|((doc, events), key)| NewDocument {
            key,
            doc,
            events,
            mentions: &[],
        })
        .collect();
    store.insert_batch(&batch).expect("insert");
}

fn main() {
    let args: Vec<u64> = std::env::args()
        .skip(1)
        .map(|a| a.parse().expect("a number of documents"))
        .collect();
    let max = args.first().copied().unwrap_or(330_000);
    let new = args.get(1).copied().unwrap_or(10);
    let sizes: Vec<u64> = [10_000, 100_000, 330_000, 1_000_000]
        .into_iter()
        .filter(|&s| s < max)
        .chain([max])
        .collect();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("bench.db");
    let mut store = Store::open(&path).expect("a store");
    let mut rng = SplitMix64::new(7);
    // Stored documents spread over four years; each new ingest is the
    // newest day's news.
    let days = 4 * 365;
    let mut stored = 0u64;
    println!("store size (documents / events)   insert {new} docs   follow-up (median of 5)");
    for size in sizes {
        let start = Instant::now();
        while stored < size {
            let n = (size - stored).min(5_000);
            let docs: Vec<_> = (stored..stored + n)
                .map(|i| document(i, i * days / max, &mut rng))
                .collect();
            insert(&mut store, &docs);
            stored += n;
        }
        store.follow_up().expect("follow-up");
        let filled = start.elapsed().as_secs_f64();
        let (mut inserts, mut follows) = (Vec::new(), Vec::new());
        for _ in 0..5 {
            let docs: Vec<_> = (stored..stored + new)
                .map(|i| document(i, days, &mut rng))
                .collect();
            let t = Instant::now();
            insert(&mut store, &docs);
            inserts.push(t.elapsed().as_secs_f64());
            let t = Instant::now();
            store.follow_up().expect("follow-up");
            follows.push(t.elapsed().as_secs_f64());
            stored += new;
        }
        inserts.sort_by(f64::total_cmp);
        follows.sort_by(f64::total_cmp);
        println!(
            "{:>9} / {:>9}                 {:>8.1} ms       {:>8.1} ms   (filled in {filled:.1} s)",
            stored,
            stored * 3,
            inserts[2] * 1e3,
            follows[2] * 1e3,
        );
    }
}
