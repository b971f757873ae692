//! How much each parser template is worth: dev UAS/LAS with one template left
//! out at run time (no retraining), for every transition and label template:
//! `cargo run --release -p parley-syntax --features ablation --example ablate -- MODEL DEV.conllu`.
use parley_syntax::parser::ablation::{LABELS, LABEL_TEMPLATES, MOVES, MOVE_TEMPLATES};
use parley_syntax::{conllu, train::evaluate, Model};
use std::sync::atomic::Ordering;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let model = Model::from_bytes(&std::fs::read(&args[1]).expect("model")).expect("valid model");
    let (dev, _) = conllu::parse(&std::fs::read_to_string(&args[2]).expect("dev"));
    let all = evaluate(&model, &dev);
    println!("all: UAS {:.2} LAS {:.2}", all.uas, all.las);
    let counts = [
        MOVE_TEMPLATES.load(Ordering::Relaxed),
        LABEL_TEMPLATES.load(Ordering::Relaxed),
    ];
    for ((name, which), count) in [("transition", &MOVES), ("label", &LABELS)]
        .into_iter()
        .zip(counts)
    {
        for t in 0..count {
            which.store(t, Ordering::Relaxed);
            let s = evaluate(&model, &dev);
            println!(
                "{name} {t}: UAS {:+.2} LAS {:+.2}",
                s.uas - all.uas,
                s.las - all.las
            );
        }
        which.store(usize::MAX, Ordering::Relaxed);
    }
}
