//! Where tag + parse time goes (tagger alone, then the whole analysis), on the
//! word forms of a CoNLL-U file:
//! `cargo run --release -p parley-syntax --example speed_split -- MODEL FILE.conllu`.
use parley_syntax::{conllu, Model};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let model = Model::from_bytes(&std::fs::read(&args[1]).unwrap()).unwrap();
    let (sents, _) = conllu::parse(&std::fs::read_to_string(&args[2]).unwrap());
    let forms: Vec<Vec<&str>> = sents
        .iter()
        .map(|s| s.words.iter().map(|w| w.form.as_str()).collect())
        .collect();
    let n: usize = forms.iter().map(Vec::len).sum();
    for _ in 0..2 {
        let t = Instant::now();
        let mut k = 0;
        for f in &forms {
            k += model.tagger.tag(f).len();
        }
        let tag = t.elapsed().as_secs_f64();
        let t = Instant::now();
        for f in &forms {
            k += model.analyse(f).heads.len();
        }
        let all = t.elapsed().as_secs_f64();
        println!(
            "{n} tokens ({k}): tagger {:.0} tok/s; full {:.0} tok/s; tagger share {:.0}%",
            n as f64 / tag,
            n as f64 / all,
            100.0 * tag / all
        );
    }
}
