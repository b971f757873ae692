//! The place finder is total: any text, no panic, spans made of its tokens
//! (or a hyphen-separated part of one token).

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
        "Egyptian-US",
        "Kentucky-based",
        "Zürich-based",
        "Mercedes-Benz",
        "inter-Palestinian",
        "Winston-Salem",
        "-Paris-",
        "--",
    ]);
    // Words joined by spaces, or now and then by a hyphen.
    prop::collection::vec((words, any::<bool>()), 0..30).prop_map(|v| {
        let mut s = String::new();
        for (w, hyphen) in v {
            if !s.is_empty() {
                s.push(if hyphen { '-' } else { ' ' });
            }
            s.push_str(w);
        }
        s
    })
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
            let cover = tokens[p.tokens.start].span.cover(tokens[p.tokens.end - 1].span);
            if p.span != cover {
                // A part of one hyphenated token, between hyphens or its ends.
                prop_assert_eq!(p.tokens.len(), 1);
                prop_assert!(cover.start <= p.span.start && p.span.end <= cover.end && p.span.start < p.span.end);
                prop_assert!(p.span.start == cover.start || text[..p.span.start].ends_with('-'));
                prop_assert!(p.span.end == cover.end || text[p.span.end..].starts_with('-'));
                prop_assert!(!text[p.span.start..p.span.end].contains('-'));
            }
            prop_assert!((p.place as usize) < gaz.len());
        }
    }
}
