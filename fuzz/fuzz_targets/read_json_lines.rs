#![no_main]
//! JSON Lines reading never panics and yields one result per non-blank line.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut n = 0;
    parley_read::read_json_lines("fuzz", data, &mut |_| n += 1);
    let lines = data.split(|&b| b == b'\n').filter(|l| !l.iter().all(u8::is_ascii_whitespace)).count();
    assert_eq!(n, lines);
});
