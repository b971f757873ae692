//! Training on a tiny treebank made from hand-annotated sentence templates:
//! the model learns them, training is deterministic, and model files round-trip
//! and are checked on loading.

use parley_syntax::conllu::{self, Sentence};
use parley_syntax::model::{seal, ModelError, FORMAT_VERSION, HEADER_BYTES};
use parley_syntax::train::{
    evaluate, train, train_with_text, word_hashes, TrainError, TrainSettings,
};
use parley_syntax::Model;

/// Sentence shapes, annotated by hand in CoNLL-U (ID FORM LEMMA UPOS XPOS HEAD DEPREL).
/// `{A}` and `{B}` are nouns, `{V}` a past-tense verb, `{P}` a place name.
const TEMPLATES: &[&str] = &[
    // The {A} {V} the {B} .
    "1 The the DET DT 2 det\n2 {A} 3 nsubj\n3 {V} 0 root\n4 the the DET DT 5 det\n5 {B} 3 obj\n6 . . PUNCT . 3 punct",
    // {A} {V} {B} in {P} .
    "1 {A} 2 nsubj\n2 {V} 0 root\n3 {B} 2 obj\n4 in in ADP IN 5 case\n5 {P} 2 obl\n6 . . PUNCT . 2 punct",
    // The {B} was {V} by the {A} .
    "1 The the DET DT 2 det\n2 {B} 4 nsubj:pass\n3 was be AUX VBD 4 aux:pass\n4 {V} 0 root\n5 by by ADP IN 7 case\n6 the the DET DT 7 det\n7 {A} 4 obl:agent\n8 . . PUNCT . 4 punct",
    // In {P} , the {A} and the {B} {V} .
    "1 In in ADP IN 2 case\n2 {P} 9 obl\n3 , , PUNCT , 9 punct\n4 the the DET DT 5 det\n5 {A} 9 nsubj\n6 and and CCONJ CC 8 cc\n7 the the DET DT 8 det\n8 {B} 5 conj\n9 {V} 0 root\n10 . . PUNCT . 9 punct",
];

const NOUNS: &[(&str, &str)] = &[
    ("minister", "minister"),
    ("envoy", "envoy"),
    ("army", "army"),
    ("rebels", "rebel"),
    ("president", "president"),
    ("police", "police"),
];
const VERBS: &[(&str, &str)] = &[
    ("met", "meet"),
    ("criticised", "criticise"),
    ("attacked", "attack"),
    ("thanked", "thank"),
];
const PLACES: &[&str] = &["Jakarta", "Vientiane", "Lima"];

fn word(form: &str, lemma: &str, upos: &str, xpos: &str) -> String {
    format!("{form} {lemma} {upos} {xpos}")
}

fn instantiate(
    template: &str,
    a: (&str, &str),
    b: (&str, &str),
    v: (&str, &str),
    p: &str,
) -> String {
    let noun = |(form, lemma): (&str, &str)| {
        let xpos = if form == lemma { "NN" } else { "NNS" };
        word(form, lemma, "NOUN", xpos)
    };
    let mut out = String::new();
    for line in template.lines() {
        let line = line
            .replace("{A}", &noun(a))
            .replace("{B}", &noun(b))
            .replace(
                "{V}",
                &word(
                    v.0,
                    v.1,
                    "VERB",
                    if line.contains("root") && template.contains("was") {
                        "VBN"
                    } else {
                        "VBD"
                    },
                ),
            )
            .replace("{P}", &word(p, p, "PROPN", "NNP"));
        let f: Vec<&str> = line.split(' ').collect();
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t_\n",
            f[0], f[1], f[2], f[3], f[4], f[5], f[6]
        ));
    }
    out.push('\n');
    out
}

/// The training treebank: every template with most filler combinations; the
/// held-out set: combinations of held-out nouns.
fn treebanks() -> (Vec<Sentence>, Vec<Sentence>) {
    let mut train_text = String::new();
    let mut held_text = String::new();
    for (t, template) in TEMPLATES.iter().enumerate() {
        for (i, &a) in NOUNS.iter().enumerate() {
            for (j, &b) in NOUNS.iter().enumerate() {
                if i == j {
                    continue;
                }
                let v = VERBS[(i + j + t) % VERBS.len()];
                let p = PLACES[(i * 2 + j) % PLACES.len()];
                let s = instantiate(template, a, b, v, p);
                if (i + j) % 7 == 3 {
                    held_text.push_str(&s);
                } else {
                    train_text.push_str(&s);
                }
            }
        }
    }
    let (train, e1) = conllu::parse(&train_text);
    let (held, e2) = conllu::parse(&held_text);
    assert!(e1.is_empty() && e2.is_empty(), "{e1:?} {e2:?}");
    (train, held)
}

fn settings() -> TrainSettings {
    let mut s = TrainSettings::default();
    s.tagger.epochs = 6;
    s.parser.epochs = 8;
    s.jackknife = 2;
    // A tiny treebank gives few updates, so small averaged weights still matter.
    s.tagger.prune = 0.0;
    s.parser.prune_moves = 0.0;
    s.parser.prune_labels = 0.0;
    s.tagger.prune_pairs = 0.0;
    s.parser.prune_pairs = 0.0;
    s
}

fn tiny_model() -> Model {
    let (train_set, _) = treebanks();
    train(&train_set, None, &settings(), &mut |_| {}).expect("the fixture trains")
}

#[test]
fn the_fixture_is_what_it_claims() {
    let (train_set, held) = treebanks();
    assert!(train_set.len() >= 90, "{}", train_set.len());
    assert!(held.len() >= 10, "{}", held.len());
    for s in train_set.iter().chain(&held) {
        assert_eq!(s.words.iter().filter(|w| w.head == 0).count(), 1);
    }
}

#[test]
fn training_converges_on_the_tiny_treebank() {
    let (train_set, held) = treebanks();
    let model = tiny_model();
    let on_train = evaluate(&model, &train_set);
    assert!(
        on_train.upos >= 99.0 && on_train.uas >= 97.0 && on_train.las >= 95.0,
        "train: {on_train}"
    );
    let on_held = evaluate(&model, &held);
    assert!(
        on_held.upos >= 97.0 && on_held.uas >= 95.0 && on_held.las >= 90.0,
        "held out: {on_held}"
    );
    // And a sentence it has not seen in this exact form.
    let a = model.analyse(&["The", "rebels", "attacked", "the", "army", "."]);
    assert_eq!(a.heads, [2, 3, 0, 5, 3, 3]);
    let rels: Vec<&str> = a.labels.iter().map(|&l| model.deprel(l)).collect();
    assert_eq!(rels, ["det", "nsubj", "root", "det", "obj", "punct"]);
    assert_eq!(a.lemmas[1], "rebel");
}

/// Two parsers trained side by side and mixed: still learns the treebank,
/// and the result does not depend on thread scheduling.
#[test]
fn mixed_parsers_learn_and_are_deterministic() {
    let (train_set, held) = treebanks();
    let mut s = settings();
    s.parser.members = 2;
    let model = train(&train_set, None, &s, &mut |_| {}).expect("trains");
    let on_held = evaluate(&model, &held);
    assert!(
        on_held.uas >= 95.0 && on_held.las >= 90.0,
        "held out: {on_held}"
    );
    let again = train(&train_set, None, &s, &mut |_| {}).expect("trains");
    assert_eq!(model.to_bytes(), again.to_bytes());
    s.parser.members = 1;
    let single = train(&train_set, None, &s, &mut |_| {}).expect("trains");
    assert_ne!(
        model.to_bytes(),
        single.to_bytes(),
        "two members differ from one"
    );
}

/// Unlabelled text gives the model word clusters: words the treebank never
/// shows get the cluster of the treebank words they share contexts with, and
/// the clusters survive the model file. (What clusters are worth is measured
/// on the real treebanks: see models/README.md.)
#[test]
fn clusters_from_unlabelled_text_reach_the_model() {
    let (train_set, _) = treebanks();
    // "envoys" and "ministers" (never in the treebank) in the frames of its nouns.
    let mut text = Vec::new();
    for noun in ["army", "police", "envoys", "ministers", "rebels"] {
        for verb in ["met", "attacked", "thanked"] {
            text.push(word_hashes(["The", noun, verb, "the", "president", "."]));
            text.push(word_hashes(["The", "president", verb, "the", noun, "."]));
        }
    }
    let mut s = settings();
    s.clusters.clusters = 4;
    s.clusters.min_count = 2;
    let model = train_with_text(&train_set, &text, None, &s, &mut |_| {}).expect("trains");
    let clusters = &model.tagger.clusters;
    assert_eq!(clusters.count, 4);
    let c = |w: &str| clusters.of.get(&word_hashes([w])[0]).copied();
    assert!(c("envoys").is_some() && c("met").is_some());
    assert_eq!(c("envoys"), c("army"), "{clusters:?}");
    assert_ne!(c("envoys"), c("met"));
    let bytes = model.to_bytes();
    assert_eq!(Model::from_bytes(&bytes).expect("loads"), model);
    assert_eq!(
        bytes,
        train_with_text(&train_set, &text, None, &s, &mut |_| {})
            .expect("trains")
            .to_bytes()
    );
}

#[test]
fn training_is_deterministic() {
    assert_eq!(tiny_model().to_bytes(), tiny_model().to_bytes());
}

#[test]
fn models_round_trip_and_loading_checks_the_file() {
    let model = tiny_model();
    let bytes = model.to_bytes();
    assert_eq!(Model::from_bytes(&bytes).expect("loads"), model);

    let mut other_version = bytes.clone();
    other_version[8..12].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
    let err = Model::from_bytes(&other_version).unwrap_err();
    assert_eq!(
        err,
        ModelError::Version {
            found: FORMAT_VERSION + 1,
            expected: FORMAT_VERSION
        }
    );
    assert!(err.to_string().contains("retrain"), "{err}");

    let mut bad_magic = bytes.clone();
    bad_magic[0] = b'X';
    assert_eq!(
        Model::from_bytes(&bad_magic).unwrap_err(),
        ModelError::BadMagic
    );
    assert_eq!(Model::from_bytes(b"").unwrap_err(), ModelError::BadMagic);

    let mut flipped = bytes.clone();
    let mid = bytes.len() / 2;
    flipped[mid] ^= 0x40;
    assert_eq!(
        Model::from_bytes(&flipped).unwrap_err(),
        ModelError::Checksum
    );

    // Cut short: the checksum no longer matches.
    assert_eq!(
        Model::from_bytes(&bytes[..bytes.len() - 3]).unwrap_err(),
        ModelError::Checksum
    );
}

/// Altered bodies with a valid checksum reach the reader, which reports them
/// as malformed (or reads them as some other model) and never panics.
#[test]
fn malformed_bodies_past_the_checksum_are_errors() {
    let bytes = tiny_model().to_bytes();
    let body = &bytes[HEADER_BYTES..];
    // Cut short, sealed again: the reader runs out of bytes.
    let cut = seal(&body[..body.len() - 3]);
    assert!(
        matches!(Model::from_bytes(&cut), Err(ModelError::Malformed { .. })),
        "{:?}",
        Model::from_bytes(&cut).err()
    );
    // One byte too many.
    let mut long = body.to_vec();
    long.push(0);
    assert_eq!(
        Model::from_bytes(&seal(&long)).unwrap_err(),
        ModelError::Malformed {
            offset: bytes.len(),
            what: "end of file"
        }
    );
    // A tag count of four billion cannot fit in the file: refused before any
    // memory is reserved for it.
    let mut huge = body.to_vec();
    huge[..4].copy_from_slice(&u32::MAX.to_le_bytes());
    assert_eq!(
        Model::from_bytes(&seal(&huge)).unwrap_err(),
        ModelError::Malformed {
            offset: HEADER_BYTES,
            what: "tag count"
        }
    );
    // Byte changes all over the body: an error or a model that still makes trees.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let (mut refused, mut loaded) = (0, 0);
    for _ in 0..3000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let mut altered = body.to_vec();
        let at = (x % body.len() as u64) as usize;
        altered[at] = (x >> 32) as u8;
        match Model::from_bytes(&seal(&altered)) {
            Ok(model) => {
                loaded += 1;
                let a = model.analyse(&["The", "army", "attacked", "rebels", "."]);
                assert_is_tree(&a.heads);
            }
            Err(ModelError::Malformed { offset, .. }) => {
                refused += 1;
                assert!(offset <= bytes.len() + 1, "offset {offset}");
            }
            Err(e) => panic!("past the checksum, got {e:?}"),
        }
    }
    assert!(
        refused > 0 && loaded > 0,
        "{refused} refused, {loaded} loaded"
    );
}

#[test]
fn analysis_is_total() {
    let model = tiny_model();
    let empty = model.analyse(&[]);
    assert!(empty.heads.is_empty());
    let odd = ["", "???", "\u{202e}", "ünïcödé", "12,5", "-"];
    let a = model.analyse(&odd);
    assert_eq!(a.heads.len(), odd.len());
    assert_is_tree(&a.heads);
    let long: Vec<&str> = std::iter::repeat_n("minister", 300).collect();
    let a = model.analyse(&long);
    assert_is_tree(&a.heads);
}

#[test]
fn treebanks_that_cannot_be_trained_on_give_errors() {
    let none = train(&[], None, &settings(), &mut |_| {});
    assert_eq!(none.err(), Some(TrainError::Empty));
    // 300 distinct XPOS tags (and relations) do not fit in a byte.
    let mut text = String::new();
    for i in 0..300 {
        text.push_str(&format!("1\tword\tword\tX\tT{i}\t_\t0\troot\t_\t_\n\n"));
    }
    let (many_tags, errors) = conllu::parse(&text);
    assert!(errors.is_empty());
    assert_eq!(
        train(&many_tags, None, &settings(), &mut |_| {}).err(),
        Some(TrainError::TooManyTags(300))
    );
    let mut text = String::new();
    for i in 0..300 {
        text.push_str(&format!(
            "1\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n2\tnow\tnow\tADV\tRB\t_\t1\trel{i}\t_\t_\n\n"
        ));
    }
    let (many_labels, _) = conllu::parse(&text);
    assert_eq!(
        train(&many_labels, None, &settings(), &mut |_| {}).err(),
        Some(TrainError::TooManyLabels(301))
    );
}

#[test]
fn a_one_sentence_treebank_trains_with_jackknifing() {
    let (train_set, _) = treebanks();
    let mut s = settings();
    s.jackknife = 5;
    let model = train(&train_set[..1], None, &s, &mut |_| {}).expect("one sentence is enough");
    let forms: Vec<&str> = train_set[0].words.iter().map(|w| w.form.as_str()).collect();
    assert_eq!(
        model.analyse(&forms).heads,
        train_set[0]
            .words
            .iter()
            .map(|w| w.head)
            .collect::<Vec<_>>()
    );
    let two = train(&train_set[..2], None, &s, &mut |_| {});
    assert!(two.is_ok());
}

/// One root, heads in range, and every word reaches the root.
fn assert_is_tree(heads: &[usize]) {
    assert_eq!(heads.iter().filter(|&&h| h == 0).count(), 1, "{heads:?}");
    for start in 1..=heads.len() {
        let mut at = start;
        for _ in 0..=heads.len() {
            if at == 0 {
                break;
            }
            at = heads[at - 1];
        }
        assert_eq!(at, 0, "word {start} does not reach the root: {heads:?}");
    }
}
