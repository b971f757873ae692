//! The pipeline's lemmas for the verb forms the event patterns need: the
//! shipped syntax model, told the patterns' trigger words, in a short sentence
//! per form. Each row was written by hand: form, Penn tag, lemma (`a|b`: the
//! treebanks lemmatise British `-ise` spellings either way, so either is right).

use parley_coder::Coder;
use parley_syntax::{Analyser, ModelAnalyser};

const VERB_FORMS: &[(&str, &str, &str)] = &[
    // Meeting, talking, agreeing.
    ("met", "VBD", "meet"),
    ("meets", "VBZ", "meet"),
    ("meeting", "VBG", "meet"),
    ("held", "VBD", "hold"),
    ("holds", "VBZ", "hold"),
    ("hosted", "VBD", "host"),
    ("visited", "VBD", "visit"),
    ("visits", "VBZ", "visit"),
    ("discussed", "VBD", "discuss"),
    ("negotiated", "VBD", "negotiate"),
    ("mediated", "VBD", "mediate"),
    ("agreed", "VBD", "agree"),
    ("agrees", "VBZ", "agree"),
    ("signed", "VBD", "sign"),
    ("signing", "VBG", "sign"),
    ("exchanged", "VBD", "exchange"),
    ("pledged", "VBD", "pledge"),
    ("promised", "VBD", "promise"),
    ("offered", "VBD", "offer"),
    ("welcomed", "VBD", "welcome"),
    ("praised", "VBD", "praise"),
    ("thanked", "VBD", "thank"),
    ("apologised", "VBD", "apologise|apologize"),
    ("apologized", "VBD", "apologize"),
    ("invited", "VBD", "invite"),
    ("received", "VBD", "receive"),
    ("cooperated", "VBD", "cooperate"),
    // Asking and saying.
    ("called", "VBD", "call"),
    ("urged", "VBD", "urge"),
    ("urges", "VBZ", "urge"),
    ("asked", "VBD", "ask"),
    ("appealed", "VBD", "appeal"),
    ("demanded", "VBD", "demand"),
    ("sought", "VBD", "seek"),
    ("seeks", "VBZ", "seek"),
    ("said", "VBD", "say"),
    ("says", "VBZ", "say"),
    ("told", "VBD", "tell"),
    ("spoke", "VBD", "speak"),
    ("spoken", "VBN", "speak"),
    ("announced", "VBD", "announce"),
    ("warned", "VBD", "warn"),
    ("threatened", "VBD", "threaten"),
    ("threatens", "VBZ", "threaten"),
    // Disapproving and refusing.
    ("accused", "VBD", "accuse"),
    ("condemned", "VBD", "condemn"),
    ("criticised", "VBD", "criticise|criticize"),
    ("criticized", "VBD", "criticize"),
    ("denounced", "VBD", "denounce"),
    ("blamed", "VBD", "blame"),
    ("rejected", "VBD", "reject"),
    ("refused", "VBD", "refuse"),
    ("denied", "VBD", "deny"),
    ("denies", "VBZ", "deny"),
    ("vetoed", "VBD", "veto"),
    ("protested", "VBD", "protest"),
    ("boycotted", "VBD", "boycott"),
    ("banned", "VBD", "ban"),
    ("expelled", "VBD", "expel"),
    ("recalled", "VBD", "recall"),
    ("suspended", "VBD", "suspend"),
    ("imposed", "VBD", "impose"),
    ("sanctioned", "VBD", "sanction"),
    ("cut", "VBD", "cut"),
    ("broke", "VBD", "break"),
    ("broken", "VBN", "break"),
    // Force.
    ("attacked", "VBD", "attack"),
    ("attacking", "VBG", "attack"),
    ("fought", "VBD", "fight"),
    ("fighting", "VBG", "fight"),
    ("struck", "VBD", "strike"),
    ("shot", "VBD", "shoot"),
    ("killed", "VBD", "kill"),
    ("kills", "VBZ", "kill"),
    ("bombed", "VBD", "bomb"),
    ("shelled", "VBD", "shell"),
    ("invaded", "VBD", "invade"),
    ("occupied", "VBD", "occupy"),
    ("seized", "VBD", "seize"),
    ("captured", "VBD", "capture"),
    ("arrested", "VBD", "arrest"),
    ("detained", "VBD", "detain"),
    ("kidnapped", "VBD", "kidnap"),
    ("abducted", "VBD", "abduct"),
    ("raided", "VBD", "raid"),
    ("besieged", "VBD", "besiege"),
    ("blockaded", "VBD", "blockade"),
    ("deployed", "VBD", "deploy"),
    ("mobilised", "VBD", "mobilise|mobilize"),
    ("withdrew", "VBD", "withdraw"),
    ("withdrawn", "VBN", "withdraw"),
    ("fled", "VBD", "flee"),
    ("beat", "VBD", "beat"),
    ("beaten", "VBN", "beat"),
    ("hit", "VBD", "hit"),
    ("sank", "VBD", "sink"),
    // Giving and releasing.
    ("gave", "VBD", "give"),
    ("given", "VBN", "give"),
    ("sent", "VBD", "send"),
    ("provided", "VBD", "provide"),
    ("lent", "VBD", "lend"),
    ("released", "VBD", "release"),
    ("freed", "VBD", "free"),
    ("lifted", "VBD", "lift"),
    ("eased", "VBD", "ease"),
    ("resumed", "VBD", "resume"),
    ("led", "VBD", "lead"),
    ("took", "VBD", "take"),
    ("taken", "VBN", "take"),
    ("made", "VBD", "make"),
    ("won", "VBD", "win"),
    ("lost", "VBD", "lose"),
];

/// A sentence that puts `form` in a context fitting its tag.
fn sentence_for(form: &str, xpos: &str) -> String {
    match xpos {
        "VBZ" => format!("The minister {form} them."),
        "VBG" => format!("The ministers are {form} them."),
        "VBN" => format!("They have {form} them."),
        _ => format!("The ministers {form} them."),
    }
}

#[test]
fn event_verb_forms_lemmatise_correctly() {
    let analyser = Coder::embedded_analyser();
    let wrong: Vec<String> = VERB_FORMS
        .iter()
        .filter_map(|&(form, xpos, lemma)| {
            let text = sentence_for(form, xpos);
            let seg = parley_text::segment(&text);
            let analysis = analyser.analyse(&text, &seg.tokens);
            let i = seg.tokens.iter().position(|t| t.text(&text) == form)?;
            let got = &analysis[i].lemmas[0];
            (!lemma.split('|').any(|l| l == got))
                .then(|| format!("{text:?}: {got}, expected {lemma}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
    // The patterns use these lemmas: the table is about forms the coder needs.
    let triggers = parley_coder::PatternSet::embedded().anchor_words();
    let missing: Vec<&str> = VERB_FORMS
        .iter()
        .map(|r| r.2)
        .filter(|l| !l.split('|').any(|l| triggers.contains(l)))
        .collect();
    assert!(
        missing.len() * 5 < VERB_FORMS.len(),
        "most rows should be pattern triggers: {missing:?}"
    );
}

#[test]
fn in_a_sentence_the_model_lemma_comes_first() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "Rebels fought soldiers and seized the town.",
            &[
                ("fought", "fight"),
                ("seized", "seize"),
                ("Rebels", "rebel"),
            ],
        ),
        (
            "The ministers met in Jakarta and signed two agreements.",
            &[
                ("met", "meet"),
                ("signed", "sign"),
                ("agreements", "agreement"),
            ],
        ),
        (
            "Troops withdrew after the talks were held.",
            &[
                ("withdrew", "withdraw"),
                ("held", "hold"),
                ("talks", "talk"),
            ],
        ),
    ];
    let analyser = ModelAnalyser::embedded();
    for (text, expected) in cases {
        let seg = parley_text::segment(text);
        let analysis = analyser.analyse(text, &seg.tokens);
        for (form, lemma) in *expected {
            let i = seg
                .tokens
                .iter()
                .position(|t| t.text(text) == *form)
                .expect("form in sentence");
            assert_eq!(analysis[i].lemmas[0], *lemma, "{form} in {text:?}");
            assert!(analysis[i].pos.is_some() && analysis[i].dependency.is_some());
        }
    }
}
