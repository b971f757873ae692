//! Tagger alone: trains on CoNLL-U files and prints UPOS/XPOS accuracy on
//! evaluation files, for quick tagger experiments (seconds, not minutes):
//! `cargo run --release -p parley-syntax --example tagger_eval -- TRAIN... -- EVAL...`
//! (`PRUNE` and `EPOCHS` in the environment change those settings; `CLUSTERS=MODEL`
//! uses the word clusters of that model file).
use parley_syntax::conllu;
use parley_syntax::tagger::{TaggedSentence, Tagger, TaggerSettings};
use parley_syntax::train::tagged;

fn read(path: &str) -> Vec<TaggedSentence> {
    let (sentences, _) = conllu::parse(&std::fs::read_to_string(path).expect("readable"));
    tagged(&sentences)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let split = args
        .iter()
        .position(|a| a == "--")
        .expect("TRAIN... -- EVAL...");
    let train: Vec<TaggedSentence> = args[..split].iter().flat_map(|p| read(p)).collect();
    let mut settings = TaggerSettings::default();
    if let Ok(p) = std::env::var("PRUNE") {
        settings.prune = p.parse().expect("a number");
    }
    if let Ok(e) = std::env::var("EPOCHS") {
        settings.epochs = e.parse().expect("a number");
    }
    let clusters = match std::env::var("CLUSTERS") {
        Ok(path) => {
            parley_syntax::Model::from_bytes(&std::fs::read(path).expect("readable"))
                .expect("a model")
                .tagger
                .clusters
        }
        Err(_) => parley_syntax::clusters::Clusters::default(),
    };
    let tagger = Tagger::train(&train, &settings, &clusters, |_, _| {});
    for path in &args[split + 1..] {
        let data = read(path);
        let (mut n, mut upos, mut xpos) = (0, 0, 0);
        for (forms, gold) in &data {
            let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
            for (t, g) in tagger.tag(&forms).iter().zip(gold) {
                n += 1;
                upos += usize::from(tagger.tags[*t].upos == g.upos);
                xpos += usize::from(tagger.tags[*t].xpos == g.xpos);
            }
        }
        println!(
            "{path}: UPOS {:.2} XPOS {:.2} ({n} tokens)",
            100.0 * upos as f64 / n as f64,
            100.0 * xpos as f64 / n as f64
        );
    }
}
