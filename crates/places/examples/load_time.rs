//! Prints how long decompressing and parsing the embedded gazetteer take.
use std::io::Read;
use std::time::Instant;

fn main() {
    let t = Instant::now();
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/gazetteer.tsv.gz"
    ))
    .unwrap();
    let mut text = String::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .read_to_string(&mut text)
        .unwrap();
    let d = t.elapsed();
    let t = Instant::now();
    let g = parley_places::Gazetteer::parse(&text).unwrap();
    println!(
        "decompress {:?}, parse {:?}, {} places",
        d,
        t.elapsed(),
        g.len()
    );
}
