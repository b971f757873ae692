//! Identity under any sequence of batches: each key is stored once, whatever
//! the batches, repeats and order, with the first text given it; another
//! text under a stored id is refused.

use std::collections::BTreeMap;

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
        // What each key holds: the text first stored under it.
        let mut keys: BTreeMap<String, String> = BTreeMap::new();
        let mut stored = 0;
        for batch in &batches {
            let ks: Vec<String> = batch.iter().map(document_key).collect();
            let new: Vec<NewDocument<'_>> = batch
                .iter()
                .zip(&ks)
                .map(|(doc, key)| NewDocument { key, doc, events: &[], mentions: &[] })
                .collect();
            let counts = store.insert_batch(&new).unwrap();
            let (mut already, mut refused) = (0, Vec::new());
            for (i, (doc, key)) in batch.iter().zip(&ks).enumerate() {
                match keys.get(key) {
                    Some(text) if *text == doc.text => already += 1,
                    Some(_) => refused.push(i),
                    None => {
                        keys.insert(key.clone(), doc.text.clone());
                    }
                }
            }
            prop_assert_eq!(counts.already_stored, already);
            prop_assert_eq!(&counts.refused, &refused);
            prop_assert_eq!(counts.documents + already + refused.len(), batch.len());
            stored += counts.documents;
        }
        prop_assert_eq!(stored, keys.len());
        prop_assert_eq!(store.counts().unwrap().documents as usize, keys.len());
        for (k, text) in &keys {
            prop_assert_eq!(store.stored_content_hash(k).unwrap(), Some(parley_store::content_hash(text)));
        }
    }
}
