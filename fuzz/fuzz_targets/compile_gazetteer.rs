#![no_main]
//! The gazetteer reader returns an error or a gazetteer, never panics, and
//! every entry it accepts has coordinates in range.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(g) = parley_places::Gazetteer::parse(text) {
        for i in 0..g.len() as u32 {
            let p = g.place(i);
            assert!((-90.0..=90.0).contains(&p.lat) && (-180.0..=180.0).contains(&p.lon));
        }
    }
});
