//! Identity under any sequence of batches: each key is stored once, whatever
//! the batches, repeats and order.

use std::collections::BTreeSet;

use parley_store::{document_key, NewDocument, Store};
use parley_text::Document;
use proptest::prelude::*;

fn arbitrary_document() -> impl Strategy<Value = Document> {
    (0u8..6, any::<bool>(), 0u8..4).prop_map(|(id, given, text)| Document {
        id: format!("d{id}"),
        id_given: given,
        text: format!("Text number {text}."),
        origin: "prop".into(),
        ..Default::default()
    })
}

proptest! {
    #[test]
    fn each_key_is_stored_once(batches in prop::collection::vec(prop::collection::vec(arbitrary_document(), 0..6), 0..5)) {
        let mut store = Store::open_in_memory().unwrap();
        let mut keys = BTreeSet::new();
        let mut stored = 0;
        for batch in &batches {
            let ks: Vec<String> = batch.iter().map(document_key).collect();
            let new: Vec<NewDocument<'_>> = batch
                .iter()
                .zip(&ks)
                .map(|(doc, key)| NewDocument { key, doc, events: &[], mentions: &[] })
                .collect();
            let counts = store.insert_batch(&new).unwrap();
            prop_assert_eq!(counts.documents + counts.already_stored, batch.len());
            stored += counts.documents;
            keys.extend(ks);
        }
        prop_assert_eq!(stored, keys.len());
        prop_assert_eq!(store.counts().unwrap().documents as usize, keys.len());
        for k in &keys {
            prop_assert!(store.contains(k).unwrap());
        }
    }
}
