#![no_main]
//! The time finder is total: any text and document date, spans made of the
//! sentence's tokens, range ends not before their starts.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, u16)| {
    let (text, day) = input;
    let doc = parley_time::Date::new(2000 + (day % 50) as i16, 1 + (day % 12) as i8, 1 + (day % 28) as i8).ok();
    let seg = parley_text::segment(text);
    for i in 0..seg.sentences.len() {
        let tokens = seg.sentence_tokens(i);
        for m in parley_time::find_times(text, tokens, doc, i == 0) {
            assert!(m.tokens.end <= tokens.len());
            assert!(m.span.end <= text.len() && text.is_char_boundary(m.span.start));
            if let Some(end) = m.end {
                assert!(end.date >= m.value.date);
            }
        }
    }
});
