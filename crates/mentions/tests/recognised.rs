//! Names and groups found by the learned recogniser (`parley_mentions::names`)
//! where the knowledge base knows nothing. Sentences written for these tests;
//! each expectation was written by hand from the sentence.

use parley_mentions::{find_mentions, DocumentContext, SentenceMentions};
use parley_syntax::{Analyser, ModelAnalyser, RuleAnalyser};

fn mentions(text: &str, analyser: &dyn Analyser) -> Vec<SentenceMentions> {
    let seg = parley_text::segment(text);
    let kb = parley_kb::KnowledgeBase::embedded();
    let mut ctx = DocumentContext::new(Some("2024-11-22"));
    (0..seg.sentences.len())
        .map(|i| {
            let tokens = seg.sentence_tokens(i);
            let analysis = analyser.analyse(text, tokens);
            let m = find_mentions(kb, text, tokens, &analysis, &mut ctx);
            for a in &m.actors {
                let (first, last) = (&tokens[a.tokens.start], &tokens[a.tokens.end - 1]);
                assert_eq!(
                    &text[a.span.range()],
                    &text[first.span.start..last.span.end]
                );
            }
            m
        })
        .collect()
}

/// (surface, what) of each actor: `name PERSON`, `org NAME`, `group`, or
/// the code of a known actor.
fn described(text: &str) -> Vec<(String, String)> {
    mentions(text, &ModelAnalyser::embedded())
        .into_iter()
        .flat_map(|m| m.actors)
        .map(|a| {
            let what = match (&a.actor.person, &a.actor.organisation) {
                (Some(p), _) if a.actor.recognised => format!("name {p}"),
                (_, Some(o)) if a.actor.recognised => format!("org {o}"),
                _ if a.actor.recognised => "group".to_string(),
                _ => a.actor.code.clone(),
            };
            (text[a.span.range()].to_string(), what)
        })
        .collect()
}

#[test]
fn unknown_names_and_groups_are_mentions() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            // A person the knowledge base does not know, with no title.
            "Police detained Tamsin Okafor in Lagos on Friday.",
            &[
                ("Police", "---COP"),
                ("Tamsin Okafor", "name Tamsin Okafor"),
            ],
        ),
        (
            // People named by a plural common noun the role lexicon lacks
            // (Athens, a capital, gives parliament its country).
            "Angry bankers marched on parliament in Athens.",
            &[("bankers", "group"), ("parliament", "GRCLEG")],
        ),
        (
            // A known short name in brackets says who the long name is.
            "The International Labour Office (ILO) criticised Qatar.",
            &[
                ("International Labour Office", "IGOUNOILO"),
                ("ILO", "IGOUNOILO"),
                ("Qatar", "QAT"),
            ],
        ),
        (
            // A role in apposition says who an unknown person is: a
            // discovered person, no longer a guess.
            "Tamsin Okafor, a Kenyan opposition leader, accused the government.",
            &[
                ("Tamsin Okafor", "KENOPP"),
                ("Kenyan opposition leader", "KENOPP"),
                ("government", "KENGOV"),
            ],
        ),
        (
            // Not when the role goes on ("Okafor, police said": a new clause).
            "Tamsin Okafor, police said, had fled.",
            &[
                ("Tamsin Okafor", "name Tamsin Okafor"),
                ("police", "---COP"),
            ],
        ),
        (
            // A singular common noun is as often a thing as a body.
            "A policy u-turn angered the opposition.",
            &[("opposition", "---OPP")],
        ),
        (
            // A plural role takes no personal name (title-case headlines).
            "Kenyan Teachers End Strike",
            &[("Kenyan Teachers", "KENEDU")],
        ),
        (
            "Rebels Seize Town In Northern Mali",
            &[("Rebels", "MLIREB"), ("Mali", "MLI")],
        ),
        (
            // Members "of" an international body are its own, past the
            // determiners and numbers of its phrase.
            "The foreign ministers of the 12 EC nations met in Brussels.",
            &[("foreign ministers", "IGOGOV"), ("EC nations", "IGOEUREEC")],
        ),
        (
            // A no-break space mis-decoded as "Â " is a space, not a
            // letter: the acronym after it is a body's name (NHRC, India's
            // human rights commission).
            "related stories:\u{c2} nhrc slams the government",
            &[("nhrc", "org nhrc"), ("government", "---GOV")],
        ),
    ];
    for (text, expected) in cases {
        let got = described(text);
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(s, w)| (s.to_string(), w.to_string()))
            .collect();
        assert_eq!(got, expected, "{text}");
    }
}

#[test]
fn unknown_names_have_no_country_of_their_own() {
    // The sentence's state actor is the one acted on, not Okafor's country.
    let text = "Tamsin Okafor accused the government of Peru of fraud.";
    let m = mentions(text, &ModelAnalyser::embedded());
    let okafor = &m[0].actors[0];
    assert_eq!(&text[okafor.span.range()], "Tamsin Okafor");
    assert!(okafor.actor.recognised);
    assert_eq!(okafor.actor.country, None);
}

#[test]
fn only_sentences_the_syntax_model_tagged_are_read_by_the_recogniser() {
    // The recogniser reads the syntax model's tags; the rule analyser has none.
    let text = "Police detained Tamsin Okafor in Lagos on Friday.";
    let m = mentions(text, &RuleAnalyser);
    assert!(m[0].actors.iter().all(|a| !a.actor.recognised));
}

#[test]
fn the_recogniser_can_be_turned_off_for_a_sentence() {
    // The coder turns it off where no event pattern matches.
    let text = "Police detained Tamsin Okafor in Lagos on Friday.";
    let seg = parley_text::segment(text);
    let kb = parley_kb::KnowledgeBase::embedded();
    let tokens = seg.sentence_tokens(0);
    let analysis = ModelAnalyser::embedded().analyse(text, tokens);
    let mut ctx = DocumentContext::new(None);
    ctx.recognise_names(false);
    let off = find_mentions(kb, text, tokens, &analysis, &mut ctx);
    assert!(off.actors.iter().all(|a| !a.actor.recognised));
    ctx.recognise_names(true);
    let on = find_mentions(kb, text, tokens, &analysis, &mut ctx);
    assert!(on.actors.iter().any(|a| a.actor.recognised));
}
