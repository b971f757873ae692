//! Judging single events against their record's gold (for confidence calibration).

use parley_eval::event_outcomes;
use serde_json::{json, Value};

fn event(doc: &str, plover: &str, cameo: &str, actor_span: [i64; 2]) -> Value {
    json!({"doc_id": doc, "event": plover, "cameo": cameo,
           "actor": [{"country": "USA", "span": actor_span}], "recipient": []})
}

#[test]
fn each_kind_of_gold_judges_events() {
    let gold = vec![
        json!({"id": "e", "text": "…", "gold": {"events": [{"plover": "AID", "cameo": "073"}]}}),
        json!({"id": "q", "text": "…", "gold": {"quad5": 4}}),
        json!({"id": "c", "text": "…", "gold": {"quad5": 1}}),
        json!({"id": "r", "text": "…", "gold": {"roles": [
            {"role": "source", "start": 0, "end": 6, "text": "Russia"},
            {"role": "target", "start": 20, "end": 27, "text": "Ukraine"}]}}),
        json!({"id": "p", "text": "…", "gold": {"places": []}}),
    ];
    let system = vec![
        event("e", "AID", "070", [0, 3]),       // same PLOVER type: right
        event("e", "ASSAULT", "190", [0, 3]),   // no such gold event: wrong
        event("q", "ASSAULT", "190", [0, 3]),   // class 4: right
        event("q", "AID", "070", [0, 3]),       // class 2: wrong
        event("c", "CONSULT", "040", [0, 3]),   // a consultation counts as class 1
        event("r", "ASSAULT", "190", [2, 4]),   // overlaps the gold source: right
        event("r", "ASSAULT", "190", [20, 27]), // the target's span as actor: wrong
        event("p", "ASSAULT", "190", [0, 3]),   // places gold cannot judge
        event("x", "ASSAULT", "190", [0, 3]),   // unknown document
    ];
    let got = event_outcomes(&gold, &system);
    let want = [
        Some(true),
        Some(false),
        Some(true),
        Some(false),
        Some(true),
        Some(true),
        Some(false),
        None,
        None,
    ];
    assert_eq!(got, want);
}
