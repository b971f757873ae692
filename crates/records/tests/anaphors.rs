//! A pronoun resolved to a name in the event's own sentence is given by that
//! name; resolved across sentences, it keeps its own span and points back.
//! Expectations written by hand from the sentences.

use parley_coder::analyse_text;
use parley_records::{ActorRecord, EventRecord};
use parley_text::Document;

fn records(text: &str) -> Vec<EventRecord> {
    let doc = Document {
        id: "d".into(),
        id_given: true,
        date: Some("2024-11-22".into()),
        title: None,
        source: None,
        url: None,
        text: text.into(),
        origin: "test".into(),
        notes: Vec::new(),
    };
    analyse_text(text, doc.date.as_deref())
        .events
        .iter()
        .filter(|e| e.is_reported())
        .enumerate()
        .map(|(n, e)| EventRecord::from_event(&doc, e, n))
        .collect()
}

/// The actor of the first event that has one.
fn first_actor(text: &str) -> ActorRecord {
    records(text)
        .iter()
        .find_map(|r| r.actor.first().cloned())
        .expect("an event with an actor")
}

fn chars(text: &str, span: [usize; 2]) -> String {
    text.chars().skip(span[0]).take(span[1] - span[0]).collect()
}

#[test]
fn a_pronoun_with_its_name_in_the_sentence_is_given_by_the_name() {
    let text = "Colombian rebels said they would release three hostages.";
    let actor = first_actor(text);
    assert_eq!(actor.entity_text.as_deref(), Some("Colombian rebels"));
    assert_eq!(chars(text, actor.span.unwrap()), "Colombian rebels");
    assert_eq!(chars(text, actor.anaphor_span.unwrap()), "they");
    assert_eq!(actor.antecedent_span, None);
}

#[test]
fn a_pronoun_resolved_across_sentences_keeps_its_own_span() {
    let text = "Kenyan President William Ruto arrived in Kampala on Monday. \
                He criticised the Ugandan border closure.";
    let actor = first_actor(text);
    assert_eq!(actor.entity_text.as_deref(), Some("He"));
    assert_eq!(chars(text, actor.span.unwrap()), "He");
    let antecedent = chars(text, actor.antecedent_span.expect("points back"));
    assert!(antecedent.contains("William Ruto"), "{antecedent}");
    assert_eq!(actor.anaphor_span, None);
}
