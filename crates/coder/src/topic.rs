//! What an event is about, when its words name it: the agreement signed or
//! called for ("an implementing arrangement on air-to-air refuelling"), or
//! the meeting held or scheduled ("the Defence Policy Dialogue").
//!
//! Read from the parse (DESIGN.md §15):
//! - **Agreements**: the first noun of the event's phrase (its trigger and
//!   the trigger's arguments) that names an agreement
//!   (`parley_ontology::AGREEMENT_NOUNS`);
//!   the topic is that noun with its modifiers and complements, without its
//!   determiner, possessor, relative clauses, appositions or conjuncts.
//! - **Meetings** (CONSULT, and any scheduled event): the "of" complement of
//!   the trigger's head when it holds a proper name ("the next session of the
//!   Joint Commission"); else, for a generic trigger ("talks", "the next
//!   session"), the nearest capitalised name in the sentence that ends with a
//!   meeting word ("Defence Policy Dialogue", "Security Council").
//!
//! Total: any analysis gives a topic or none.

use parley_syntax::{TokenAnalysis, Upos};

use parley_ontology::AGREEMENT_NOUNS;

/// Last words of meeting names ("Defence Policy Dialogue").
const MEETING_WORDS: &[&str] = &[
    "dialogue",
    "summit",
    "talks",
    "meeting",
    "forum",
    "conference",
    "consultations",
    "commission",
    "council",
    "committee",
    "session",
    "round",
    "assembly",
    "plus",
];

/// Generic meeting triggers: their name is elsewhere in the sentence.
const GENERIC_MEETINGS: &[&str] = &[
    "session",
    "round",
    "meeting",
    "talk",
    "talks",
    "summit",
    "dialogue",
    "consultation",
    "consultations",
    "discussion",
    "negotiation",
];

/// Dependents left out of a topic: at the top, the determiner and the
/// possessor; anywhere, punctuation, clauses, appositions and conjuncts.
fn excluded(deprel: &str, top: bool) -> bool {
    matches!(
        deprel,
        "punct" | "acl:relcl" | "acl" | "appos" | "conj" | "cc" | "parataxis" | "advcl"
    ) || (top && matches!(deprel, "det" | "nmod:poss" | "det:poss" | "case"))
}

/// Prepositions of where, when and with whom: "signed a pact with Togo in
/// Lima" is about the pact, not Togo or Lima (the parties are the event's
/// actors).
const CIRCUMSTANCE_CASES: &[&str] = &[
    "in", "at", "near", "during", "after", "before", "since", "until", "outside", "with",
    "between", "among", "by",
];

/// A complement of place, time or party ("in Lima", "last week", "with Togo").
fn circumstance(a: &[TokenAnalysis], j: usize) -> bool {
    let Some(d) = a[j].dependency else {
        return false;
    };
    if d.deprel.starts_with("obl") || d.deprel == "nmod:tmod" || d.deprel == "nmod:npmod" {
        return true;
    }
    d.deprel.starts_with("nmod")
        && a.iter().any(|c| {
            c.dependency
                .is_some_and(|cd| cd.head == Some(j) && cd.deprel == "case")
                && CIRCUMSTANCE_CASES.contains(&c.lower.as_str())
        })
}

/// The token range of `head`'s phrase (see [`excluded`]).
fn phrase(a: &[TokenAnalysis], head: usize) -> (usize, usize) {
    let (mut lo, mut hi) = (head, head);
    let mut stack = vec![(head, true)];
    while let Some((n, top)) = stack.pop() {
        for (j, t) in a.iter().enumerate() {
            let Some(d) = t.dependency else { continue };
            if d.head == Some(n) && !excluded(d.deprel, top) && !circumstance(a, j) {
                lo = lo.min(j);
                hi = hi.max(j);
                stack.push((j, false));
            }
        }
    }
    // A phrase does not start with a determiner or punctuation left inside.
    while lo < head
        && a[lo]
            .pos
            .is_some_and(|p| matches!(p.upos, Upos::Det | Upos::Punct | Upos::Adp))
    {
        lo += 1;
    }
    (lo, hi)
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The topic's token range within the sentence, if the event's words name
/// one. `words` are the sentence's words as written, `phrase_tokens` the
/// event's phrase, `trigger` its first and last trigger tokens and `head`
/// the trigger's head.
pub(crate) fn topic(
    a: &[TokenAnalysis],
    words: &[&str],
    phrase_tokens: &[usize],
    head: usize,
    meeting: bool,
) -> Option<(usize, usize)> {
    let agreement = phrase_tokens.iter().copied().find(|&j| {
        a[j].pos
            .is_some_and(|p| matches!(p.upos, Upos::Noun | Upos::Propn))
            && a[j]
                .lemmas
                .iter()
                .any(|l| AGREEMENT_NOUNS.contains(&l.to_lowercase().as_str()))
    });
    if let Some(n) = agreement {
        return Some(phrase(a, n));
    }
    if !meeting {
        return None;
    }
    // The trigger's head, or the meeting it holds ("the next session …
    // will be held"): its subject or object.
    let mut nouns = vec![head];
    nouns.extend(a.iter().enumerate().filter_map(|(j, t)| {
        let d = t.dependency?;
        (d.head == Some(head) && matches!(d.deprel, "nsubj" | "nsubj:pass" | "obj")).then_some(j)
    }));
    // "the next session of the Joint Commission".
    let of_name = |n: usize| {
        a.iter().enumerate().find_map(|(j, t)| {
            let d = t.dependency?;
            (d.head == Some(n)
                && d.deprel.starts_with("nmod")
                && a.iter()
                    .any(|c| c.dependency.is_some_and(|cd| cd.head == Some(j)) && c.lower == "of"))
            .then(|| phrase(a, j))
            .filter(|&(lo, hi)| (lo..=hi).any(|k| a[k].pos.is_some_and(|p| p.upos == Upos::Propn)))
        })
    };
    if let Some(r) = nouns.iter().find_map(|&n| of_name(n)) {
        return Some(r);
    }
    let generic = nouns.iter().any(|&n| {
        a[n].lemmas
            .iter()
            .any(|l| GENERIC_MEETINGS.contains(&l.as_str()))
            || GENERIC_MEETINGS.contains(&a[n].lower.as_str())
    });
    if !generic {
        return None;
    }
    // Capitalised runs ending in a meeting word; the nearest to the trigger.
    let mut best: Option<(usize, (usize, usize))> = None;
    let mut j = 0;
    while j < words.len() {
        if !capitalised(words[j]) {
            j += 1;
            continue;
        }
        let mut start = j;
        while j < words.len() && (capitalised(words[j]) || words[j] == "of") {
            j += 1;
        }
        if words[start].eq_ignore_ascii_case("the") {
            start += 1;
        }
        let mut end = j;
        while end > start && !capitalised(words[end - 1]) {
            end -= 1;
        }
        if end - start >= 2 && MEETING_WORDS.contains(&words[end - 1].to_lowercase().as_str()) {
            let distance = head.abs_diff(start).min(head.abs_diff(end - 1));
            if best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, (start, end - 1)));
            }
        }
    }
    best.map(|(_, r)| r)
}
