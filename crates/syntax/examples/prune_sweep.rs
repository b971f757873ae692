//! Size and accuracy of a model pruned at several thresholds:
//! `cargo run --release -p parley-syntax --example prune_sweep -- MODEL DEV.conllu T1 T2 ...`
//! (thresholds as `tagger,moves,labeller`).

use parley_syntax::{conllu, train::evaluate, Model};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let model = Model::from_bytes(&std::fs::read(&args[1]).expect("model")).expect("valid model");
    let (dev, _) = conllu::parse(&std::fs::read_to_string(&args[2]).expect("dev"));
    for t in &args[3..] {
        let v: Vec<f32> = t.split(',').map(|x| x.parse().expect("number")).collect();
        let mut m = model.clone();
        m.tagger.classifier = m.tagger.classifier.pruned(v[0]);
        m.parser.moves = m.parser.moves.pruned(v[1]);
        m.parser.labeller = m.parser.labeller.pruned(v[2]);
        let bytes = m.to_bytes();
        let size = bytes.len();
        let start = std::time::Instant::now();
        let scores = evaluate(&m, &dev);
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{t}: {:.1} MB, rows {}/{}/{}, {scores}, {:.0} tokens/s",
            size as f64 / 1e6,
            m.tagger.classifier.n_features(),
            m.parser.moves.n_features(),
            m.parser.labeller.n_features(),
            scores.tokens as f64 / secs
        );
    }
}
