//! The place finder is total: any text, no panic, spans made of its tokens.

use parley_kb::KnowledgeBase;
use parley_places::{find_places, Gazetteer, SentencePlaces};
use parley_syntax::{Analyser, RuleAnalyser};
use parley_text::segment;
use proptest::prelude::*;

fn placey() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "Paris",
        ",",
        "Texas",
        "Georgia",
        "Ga",
        ".",
        "in",
        "the",
        "Mr.",
        "Jackson",
        "Rio",
        "de",
        "Janeiro",
        "NEW",
        "DELHI",
        "Nov",
        "21",
        "(",
        "Reuters",
        ")",
        "-",
        "North",
        "🙂",
        "é",
        "Laos",
        "Vientiane",
        "and",
    ]);
    prop::collection::vec(words, 0..30).prop_map(|v| v.join(" "))
}

proptest! {
    #[test]
    fn spans_are_made_of_tokens(text in placey()) {
        let seg = segment(&text);
        let analyses: Vec<_> = (0..seg.sentences.len())
            .map(|i| RuleAnalyser.analyse(&text, seg.sentence_tokens(i)))
            .collect();
        let sentences: Vec<SentencePlaces<'_>> = (0..seg.sentences.len())
            .map(|i| SentencePlaces { tokens: seg.sentence_tokens(i), analysis: &analyses[i], actors: &[] })
            .collect();
        let gaz = Gazetteer::embedded();
        for p in find_places(&text, &sentences, KnowledgeBase::embedded(), gaz) {
            let tokens = seg.sentence_tokens(p.sentence);
            prop_assert!(p.tokens.start < p.tokens.end && p.tokens.end <= tokens.len());
            prop_assert_eq!(p.span, tokens[p.tokens.start].span.cover(tokens[p.tokens.end - 1].span));
            prop_assert!((p.place as usize) < gaz.len());
        }
    }
}
