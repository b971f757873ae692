//! Lists the gazetteer entries of a name (debugging aid): `cargo run -p parley-places --example debug_lookup -- NAME`.
fn main() {
    let name = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "Washington".into());
    let g = parley_places::Gazetteer::embedded();
    for &id in g.lookup(&name) {
        let p = g.place(id);
        println!(
            "{:?} {:?} {} {} {} {} ({}, {})",
            p.geonameid, p.feature, p.country, p.admin1, p.population, p.name, p.lat, p.lon
        );
    }
}
