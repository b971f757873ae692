//! End-to-end tests of the `parley` binary: robustness, contracts, determinism.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn parley(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parley"))
        .args(args)
        .output()
        .expect("parley runs")
}

fn parley_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parley"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("parley runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn records(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Checks that every span in a record points at its text (character offsets).
fn check_spans(rec: &serde_json::Value, text: &str) {
    let chars: Vec<char> = text.chars().collect();
    let slice = |sp: &serde_json::Value| -> String {
        let (s, e) = (
            sp[0].as_u64().unwrap() as usize,
            sp[1].as_u64().unwrap() as usize,
        );
        chars[s..e].iter().collect()
    };
    for side in ["actor", "recipient"] {
        for a in rec[side].as_array().unwrap() {
            if a["span"].is_null() {
                // A party no words name: inferred, with no text either.
                assert!(a["entity_text"].is_null(), "{rec}");
                assert_eq!(a["country_inferred"], true, "{rec}");
                continue;
            }
            assert_eq!(
                slice(&a["span"]),
                a["entity_text"].as_str().unwrap(),
                "{rec}"
            );
        }
    }
    assert_eq!(
        slice(&rec["trigger_span"]),
        rec["event_text"].as_str().unwrap()
    );
    assert_eq!(
        slice(&rec["sentence_span"]),
        rec["sentence_text"].as_str().unwrap()
    );
    if let Some(sp) = rec.get("date_span") {
        assert_eq!(slice(sp), rec["date_text"].as_str().unwrap(), "{rec}");
    }
    if let Some(sp) = rec.get("topic_span") {
        assert_eq!(slice(sp), rec["topic"].as_str().unwrap(), "{rec}");
    }
    if let Some(loc) = rec.get("event_loc") {
        assert_eq!(slice(&loc["span"]), loc["text"].as_str().unwrap(), "{rec}");
        // A point only for a city: no country or division centre as a point.
        assert_eq!(loc["lat"].is_null(), loc["precision"] != "city", "{rec}");
    }
}

#[test]
fn bad_records_are_reported_and_good_ones_coded() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("mixed.jsonl");
    let mut data = Vec::new();
    data.extend_from_slice(
        b"{\"id\": \"good1\", \"text\": \"Indian troops shelled Pakistani posts.\"}\n",
    );
    data.extend_from_slice(b"{broken json\n");
    data.extend_from_slice(b"{\"id\": \"utf\", \"text\": \"caf\xe9\"}\n");
    data.extend_from_slice(b"{\"id\": \"notext\"}\n");
    data.extend_from_slice(b"\x00\x01\x02 garbage \xff\xfe\n");
    data.extend_from_slice(
        b"{\"id\": \"good2\", \"text\": \"France and Germany signed a defence agreement.\"}\n",
    );
    std::fs::write(&jsonl, data).unwrap();
    std::fs::write(dir.path().join("empty.txt"), b"").unwrap();
    std::fs::write(
        dir.path().join("binary.txt"),
        [0xffu8, 0x00, 0x9f, 0x92, 0x96],
    )
    .unwrap();
    let out = parley(&["code", dir.path().to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("mixed.jsonl:2: invalid JSON"), "{err}");
    // Bytes that are not UTF-8 are mended (U+FFFD) and warned about, not dropped.
    assert!(
        err.contains("mixed.jsonl:3: 1 invalid UTF-8 sequence replaced"),
        "{err}"
    );
    assert!(
        err.contains("mixed.jsonl:4: record has no \"text\" string"),
        "{err}"
    );
    assert!(err.contains("mixed.jsonl:5: invalid JSON"), "{err}");
    assert!(err.contains("empty.txt: empty text"), "{err}");
    assert!(
        err.contains(
            "binary.txt: 4 invalid UTF-8 sequences replaced by U+FFFD (the first at byte 0)"
        ),
        "{err}"
    );
    assert!(
        err.contains("8 documents read, 4 coded, 4 skipped;"),
        "{err}"
    );
    let recs = records(&out);
    let docs: Vec<&str> = recs.iter().map(|r| r["doc_id"].as_str().unwrap()).collect();
    assert!(
        docs.contains(&"good1") && docs.contains(&"good2"),
        "{docs:?}"
    );
}

#[test]
fn ten_megabyte_single_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    let mut text = String::with_capacity(10_500_000);
    while text.len() < 10_000_000 {
        text.push_str("Indian troops shelled Pakistani posts near the border and ");
    }
    text.push_str("Japan praised India.");
    std::fs::write(&path, &text).unwrap();
    // Over the default limit (5 MiB): skipped with a message naming it.
    let out = parley(&["code", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("over the limit of 5242880 (--max-bytes)"),
        "{}",
        stderr(&out)
    );
    let out = parley(&["code", "--max-bytes", "16M", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("1 documents read, 1 coded, 0 skipped"));
    assert!(!records(&out).is_empty());
}

#[test]
fn nothing_coded_exits_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.txt");
    std::fs::write(&path, "  \n").unwrap();
    let out = parley(&["code", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let out = parley(&["code", "/nonexistent/parley-input.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("/nonexistent/parley-input.txt: cannot read"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn stdin_plain_text_and_jsonl() {
    let out = parley_stdin(
        &["code", "-"],
        b"date 2024-05-01\n\nRussian forces shelled Ukrainian towns.",
    );
    assert!(out.status.success());
    let recs = records(&out);
    assert_eq!(recs[0]["doc_id"], "stdin");
    assert_eq!(recs[0]["date"], "2024-05-01");
    assert_eq!(recs[0]["event"], "ASSAULT");
    let out = parley_stdin(
        &["code", "-"],
        b"{\"id\": \"s1\", \"text\": \"Russian forces shelled Ukrainian towns.\"}\n",
    );
    assert_eq!(records(&out)[0]["doc_id"], "s1");
}

/// The built-in example article: records checked by hand against the text.
#[test]
fn example_article() {
    let out = parley(&["code"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let recs = records(&out);
    let text_full = include_str!("../../../examples/jakarta-talks.txt");
    let body = &text_full[text_full.find("\n\n").unwrap() + 2..];
    let summary: Vec<String> = recs
        .iter()
        .map(|r| {
            check_spans(r, body);
            let countries = |sides: &[&str]| {
                let mut v: Vec<String> = sides
                    .iter()
                    .flat_map(|side| r[*side].as_array().unwrap().iter())
                    .map(|a| a["country"].as_str().unwrap().to_string())
                    .collect();
                v.sort();
                v.dedup();
                v.join(",")
            };
            let event = r["event"].as_str().unwrap();
            if r["symmetric"] == true {
                format!("{event} sym {}", countries(&["actor", "recipient"]))
            } else {
                format!(
                    "{event} {}>{}",
                    countries(&["actor"]),
                    countries(&["recipient"])
                )
            }
        })
        .collect();
    for want in [
        "CONSULT sym IDN,MYS",
        "AGREE sym IDN,MYS",
        "COERCE IDN>IDN",
        "REQUEST IGO>IDN,MYS",
    ] {
        assert!(
            summary.iter().any(|s| s == want),
            "missing {want}: {summary:#?}"
        );
    }
    // The Strait of Malacca, Kuala Lumpur and Central Java are places, never parties.
    for r in &recs {
        for side in ["actor", "recipient"] {
            for a in r[side].as_array().unwrap() {
                let t = a["entity_text"].as_str().unwrap_or_default();
                assert!(
                    !["Kuala Lumpur", "Jakarta", "Central Java"].contains(&t),
                    "{r}"
                );
            }
        }
    }
}

/// Character offsets differ from byte offsets here: every span must still
/// point at its words.
#[test]
fn spans_are_characters_in_non_ascii_text() {
    let text = "Çà et là — 😀 Les troupes russes… Russian troops shelled Ukrainian villages near Kharkiv on Thursday. \
                The Côte d'Ivoire government condemned Ghana’s police.";
    let line = serde_json::json!({"id": "u1", "date": "2024-11-22", "text": text}).to_string();
    let out = parley_stdin(&["code", "-"], line.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let recs = records(&out);
    assert!(recs.len() >= 2, "{recs:?}");
    assert!(text.len() > text.chars().count());
    for r in &recs {
        check_spans(r, text);
    }
    assert!(
        recs.iter()
            .any(|r| r["date_text"] == "Thursday" && r["date"] == "2024-11-21"),
        "{recs:?}"
    );
}

#[test]
fn output_is_deterministic_and_csv_matches() {
    let a = parley(&["code"]);
    let b = parley(&["code"]);
    assert_eq!(a.stdout, b.stdout);
    let csv = parley(&["code", "--format", "csv"]);
    let text = String::from_utf8(csv.stdout).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("event_id,doc_id,date,event,"));
    assert!(
        header.ends_with(",location_lat,location_lon,location_geonameid"),
        "{header}"
    );
    let columns = header.split(',').count();
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), records(&a).len());
    // The first record is located in Jakarta (a city: it has a point).
    let first = &records(&a)[0];
    assert_eq!(first["event_loc"]["name"], "Jakarta", "{first}");
    let mut reader = csv_reader(&text);
    let row = reader.next().unwrap();
    assert_eq!(row.len(), columns);
    assert_eq!(row[columns - 8..columns - 5], ["day", "clause", "Jakarta"]);
}

/// The records of a CSV document after its header.
fn csv_reader(text: &str) -> impl Iterator<Item = Vec<String>> + '_ {
    csv::Reader::from_reader(text.as_bytes())
        .into_records()
        .map(|r| r.expect("valid CSV").iter().map(String::from).collect())
}

#[test]
fn worker_threads_do_not_change_the_output() {
    // 600 documents (more than one batch), one of them broken, in a known order.
    let mut input = String::new();
    for i in 0..600 {
        if i == 300 {
            input.push_str("{not json\n");
        }
        let text = match i % 3 {
            0 => "Indian troops shelled Pakistani posts.",
            1 => "France condemned Iran on Monday.",
            _ => "The Japanese prime minister met the Chinese foreign minister.",
        };
        input.push_str(&format!("{{\"id\":\"d{i}\",\"text\":\"{text}\"}}\n"));
    }
    let one = parley_stdin(&["code", "-j", "1", "-"], input.as_bytes());
    let two = parley_stdin(&["code", "-j", "2", "-"], input.as_bytes());
    assert!(one.status.success() && two.status.success());
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(stderr(&one), stderr(&two));
    assert!(
        stderr(&two).contains("601 documents read, 600 coded, 1 skipped"),
        "{}",
        stderr(&two)
    );
    let ids: Vec<String> = records(&two)
        .iter()
        .map(|r| r["doc_id"].as_str().unwrap().to_string())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort_by_key(|id| id[1..].parse::<usize>().unwrap());
    assert_eq!(ids, sorted, "records come out in reading order");
    assert!(ids.len() >= 600, "{}", ids.len());
}

#[test]
fn seed_article() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/seeds/000_84d5f0996ecbf228.txt");
    if !seed.exists() {
        parley_testkit::skip(format_args!(
            "{} not found (run beside ../shared)",
            seed.display()
        ));
        return;
    }
    let out = parley(&["code", seed.to_str().unwrap()]);
    assert!(out.status.success());
    let recs = records(&out);
    let parties = |r: &serde_json::Value| -> Vec<String> {
        let mut v: Vec<String> = ["actor", "recipient"]
            .iter()
            .flat_map(|s| {
                r[*s]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| a["country"].as_str().unwrap().to_string())
            })
            .collect();
        v.sort();
        v.dedup();
        v
    };
    for partner in ["KOR", "AUS", "NZL", "USA"] {
        assert!(
            recs.iter().any(|r| r["event"] == "CONSULT"
                && parties(r).contains(&"IND".to_string())
                && parties(r).contains(&partner.to_string())),
            "no CONSULT between IND and {partner}"
        );
    }
    assert!(
        recs.iter().any(|r| ["AGREE", "SUPPORT", "COOPERATE"]
            .contains(&r["event"].as_str().unwrap())
            && parties(r) == ["AUS", "IND"]),
        "no agreement/cooperation event between IND and AUS"
    );
    assert!(
        recs.iter()
            .all(|r| !parties(r).contains(&"LAO".to_string())),
        "Laos coded as a party"
    );
    // Issue 6: the consultations of 21 November are dated from the text, at
    // day precision; the next Defence Policy Dialogue session is an IND-KOR
    // meeting scheduled for December 2024.
    for r in recs
        .iter()
        .filter(|r| r["event"] == "CONSULT" && r["modality"] == "asserted")
    {
        assert_eq!(r["date"], "2024-11-21", "{r}");
        assert_eq!(r["date_precision"], "day", "{r}");
        assert_ne!(r["date_source"], "publication", "{r}");
    }
    assert!(
        recs.iter().any(|r| r["event"] == "CONSULT"
            && r["modality"] == "scheduled"
            && r["date"] == "2024-12"
            && r["date_precision"] == "month"
            && parties(r) == ["IND", "KOR"]),
        "no scheduled IND-KOR consultation in December 2024"
    );
    // ... and the consultations took place in Vientiane, a city of Laos.
    for r in recs
        .iter()
        .filter(|r| r["event"] == "CONSULT" && r["modality"] == "asserted")
    {
        let loc = &r["event_loc"];
        assert_eq!(loc["name"], "Vientiane", "{r}");
        assert_eq!(loc["country"], "LAO", "{r}");
        assert_eq!(loc["precision"], "city", "{r}");
        assert!(loc["lat"].is_f64(), "{r}");
    }
}

#[test]
fn eval_matches_score_py_on_gold_dev() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    let gold = shared.join("data/gold/dev/plover-gsr.dev.jsonl");
    if !gold.exists() {
        parley_testkit::skip(format_args!("{} not found", gold.display()));
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let sys = dir.path().join("out.jsonl");
    let out = parley(&["code", gold.to_str().unwrap(), "-o", sys.to_str().unwrap()]);
    assert!(out.status.success());
    let ours = parley(&["eval", "--gold", gold.to_str().unwrap()]);
    let py = match Command::new("python3")
        .arg(shared.join("tools/score.py"))
        .args([
            "--gold",
            gold.to_str().unwrap(),
            "--system",
            sys.to_str().unwrap(),
        ])
        .output()
    {
        Ok(o) if o.status.success() => o,
        _ => {
            parley_testkit::skip("python3 or score.py not usable");
            return;
        }
    };
    assert_eq!(
        String::from_utf8_lossy(&ours.stdout),
        String::from_utf8_lossy(&py.stdout)
    );
}

/// A CoNLL-U fixture written for these tests: a multi-word token range, a
/// comment, and deliberately wrong tags and heads (the parser must replace them).
const CONLLU: &str = "# sent_id = a\n# text = The envoys didn't meet.\n\
1\tThe\t_\tX\tX\t_\t0\tdep\t_\t_\n2\tenvoys\t_\tX\tX\t_\t0\tdep\t_\t_\n3-4\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n\
3\tdid\t_\tX\tX\t_\t0\tdep\t_\t_\n4\tn't\t_\tX\tX\t_\t0\tdep\t_\t_\n5\tmeet\t_\tX\tX\t_\t0\tdep\t_\t_\n\
6\t.\t_\tX\tX\t_\t0\tdep\t_\t_\n\n\
# sent_id = b\n1\tIndia\t_\t_\t_\t_\t0\troot\t_\t_\n2\tprotested\t_\t_\t_\t_\t1\tdep\t_\t_\n\n";

fn conllu_words(text: &str) -> Vec<Vec<Vec<String>>> {
    text.split("\n\n")
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            s.lines()
                .filter(|l| !l.starts_with('#'))
                .map(|l| l.split('\t').map(String::from).collect())
                .collect()
        })
        .collect()
}

/// The FORM column of each sentence.
fn forms_of(sentences: &[Vec<Vec<String>>]) -> Vec<Vec<&str>> {
    sentences
        .iter()
        .map(|s| s.iter().map(|w| w[1].as_str()).collect())
        .collect()
}

#[test]
fn parse_conllu_keeps_the_words_and_replaces_the_analysis() {
    let out = parley_stdin(&["parse", "--conllu", "-"], CONLLU.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(
        text.contains("# sent_id = a\n# text = The envoys didn't meet.\n"),
        "{text}"
    );
    let sentences = conllu_words(&text);
    let forms = forms_of(&sentences);
    assert_eq!(
        forms,
        [
            vec!["The", "envoys", "did", "n't", "meet", "."],
            vec!["India", "protested"]
        ]
    );
    for s in &sentences {
        assert!(s.iter().all(|w| w.len() == 10));
        let heads: Vec<usize> = s.iter().map(|w| w[6].parse().unwrap()).collect();
        assert_eq!(heads.iter().filter(|&&h| h == 0).count(), 1, "{s:?}");
        assert!(heads.iter().all(|&h| h <= s.len()));
    }
    // Hand-checked analysis of the first sentence.
    let first = &sentences[0];
    let col = |k: usize| first.iter().map(|w| w[k].as_str()).collect::<Vec<_>>();
    assert_eq!(col(3), ["DET", "NOUN", "AUX", "PART", "VERB", "PUNCT"]);
    assert_eq!(col(2), ["the", "envoy", "do", "not", "meet", "."]);
    assert_eq!(col(6), ["2", "5", "5", "5", "0", "5"]);
    assert_eq!(col(7), ["det", "nsubj", "aux", "advmod", "root", "punct"]);
    assert!(
        stderr(&out).contains("2 sentences parsed, 0 skipped"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn parse_reports_malformed_sentences_and_goes_on() {
    // (A two-word fragment without its full stop, "Troops withdrew", is
    // mis-tagged by the current model: see models/README.md.)
    let input = "1\tbroken\tline\n\n1\tTroops\t_\t_\t_\t_\t0\t_\t_\t_\n2\twithdrew\t_\t_\t_\t_\t0\t_\t_\t_\n3\t.\t_\t_\t_\t_\t0\t_\t_\t_\n\n";
    let out = parley_stdin(&["parse", "--conllu", "-"], input.as_bytes());
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("-:line 1: expected 10 tab-separated columns, found 3"),
        "{}",
        stderr(&out)
    );
    let sentences = conllu_words(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(sentences.len(), 1);
    assert_eq!(sentences[0][1][2], "withdraw");
}

#[test]
fn parse_raw_text_uses_parleys_tokens() {
    let out = parley_stdin(
        &["parse", "-"],
        "India's minister met envoys. They signed it.\n".as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with(
            "# newdoc id = stdin\n# sent_id = stdin-1\n# text = India's minister met envoys.\n"
        ),
        "{text}"
    );
    let sentences = conllu_words(&text);
    let forms = forms_of(&sentences);
    assert_eq!(
        forms,
        [
            vec!["India", "'s", "minister", "met", "envoys", "."],
            vec!["They", "signed", "it", "."]
        ]
    );
    assert_eq!(sentences[0][3][2], "meet");
}

/// `parse` reads articles as `code` does: a plain-text header block and JSON
/// fields other than `text` are not parsed as sentences; every article gets
/// its own `# newdoc id`; an unreadable record is named and the rest parsed.
#[test]
fn parse_reads_the_inputs_code_reads() {
    let dir = tempfile::tempdir().unwrap();
    let txt = dir.path().join("talks.txt");
    std::fs::write(
        &txt,
        "date 2024-11-05\ntitle Ministers meet\n\nIndia met Japan. They signed it.\n",
    )
    .unwrap();
    let jsonl = dir.path().join("feed.jsonl");
    std::fs::write(
        &jsonl,
        "{\"id\":\"a1\",\"title\":\"Not a sentence\",\"text\":\"Troops withdrew.\"}\nnot json\n",
    )
    .unwrap();
    let out = parley(&["parse", txt.to_str().unwrap(), jsonl.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    let texts: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("# newdoc") || l.starts_with("# text"))
        .collect();
    assert_eq!(
        texts,
        [
            "# newdoc id = talks.txt",
            "# text = India met Japan.",
            "# text = They signed it.",
            "# newdoc id = a1",
            "# text = Troops withdrew.",
        ]
    );
    let err = stderr(&out);
    assert!(err.contains("feed.jsonl:2"), "{err}");
    assert!(
        err.contains("3 documents read, 2 parsed (3 sentences), 1 skipped"),
        "{err}"
    );
}

/// `parse --conllu --score` prints the scores alone on standard output.
#[test]
fn parse_score_prints_only_the_scores() {
    let out = parley_stdin(&["parse", "--conllu", "--score", "-"], CONLLU.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.starts_with("against the input's own columns: UPOS ") && text.contains("LAS"),
        "{text}"
    );
}

#[test]
fn a_model_of_another_format_version_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.bin");
    let mut bytes = b"PARLEYSX".to_vec();
    bytes.extend(99u32.to_le_bytes());
    bytes.extend([0u8; 16]);
    std::fs::write(&path, bytes).unwrap();
    let out = parley(&["parse", "--model", path.to_str().unwrap(), "-"]);
    assert_eq!(out.status.code(), Some(3));
    let err = stderr(&out);
    assert!(
        err.contains("model format version 99") && err.contains("retrain"),
        "{err}"
    );
    std::fs::write(&path, b"not a model").unwrap();
    let out = parley(&["parse", "--model", path.to_str().unwrap(), "-"]);
    assert!(
        stderr(&out).contains("bad magic number"),
        "{}",
        stderr(&out)
    );
}

/// People named after a title but unknown to the knowledge base are listed
/// once each, with where they were first and last seen; known people are not.
/// Expected rows written by hand.
#[test]
fn actors_discovered_lists_titled_unknown_people() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(
        &a,
        "date 2026-03-02\n\nKenyan Defence Minister Amara Wekesa met Indian Defence Minister \
         Rajnath Singh in Nairobi on Monday. Wekesa thanked India for its support.\n",
    )
    .unwrap();
    std::fs::write(
        &b,
        "date 2026-03-05\n\nKenyan Defence Minister Amara Wekesa visited Uganda. Ugandan Foreign \
         Minister Tobias Okello welcomed him.\n",
    )
    .unwrap();
    // A third article names him without his title: recognised from the first.
    let c = dir.path().join("c.txt");
    std::fs::write(
        &c,
        "date 2026-03-09\n\nAmara Wekesa criticised the rebels on Friday.\n",
    )
    .unwrap();
    let out = parley(&[
        "actors",
        "--discovered",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        c.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    let rows: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(
        rows,
        [
            "name\tcountry\tsectors\tevidence\tdocuments\tmentions\tfirst_seen\tlast_seen",
            "Amara Wekesa\tKEN\tGOV MIL\tKenyan Defence Minister Amara Wekesa\t2\t3\ta.txt (2026-03-02)\tb.txt (2026-03-05)",
            "Tobias Okello\tUGA\tGOV\tUgandan Foreign Minister Tobias Okello\t1\t1\tb.txt (2026-03-05)\tb.txt (2026-03-05)",
        ]
    );
    assert!(stderr(&out).contains("3 documents read, 0 skipped, 2 people discovered"));
    // The flag is required: there is no other listing yet.
    assert!(!parley(&["actors", a.to_str().unwrap()]).status.success());
}

/// `parley code` codes each document from itself and the knowledge base:
/// an article naming "Amara Wekesa" alone gets the same records whether or
/// not "Kenyan Defence Minister Amara Wekesa" was coded before it in the
/// run (the store learns such people across documents: see tests/store.rs).
/// The output is the same for any number of worker threads.
#[test]
fn code_records_depend_on_the_document_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("run.jsonl");
    let alone = dir.path().join("alone.jsonl");
    let doc = |id: String, text: &str| {
        serde_json::json!({"id": id, "date": "2026-03-02", "text": text}).to_string()
    };
    let later = doc(
        "later".into(),
        "Amara Wekesa criticised the rebels on Friday.",
    );
    let mut lines = vec![doc(
        "first".into(),
        "Kenyan Defence Minister Amara Wekesa met Ugandan officials in Kampala on Monday.",
    )];
    for i in 0..300 {
        lines.push(doc(format!("filler-{i}"), "Markets were calm on Monday."));
    }
    lines.push(later.clone());
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    std::fs::write(&alone, later + "\n").unwrap();
    let one = parley(&["code", "-j", "1", path.to_str().unwrap()]);
    let two = parley(&["code", "-j", "2", path.to_str().unwrap()]);
    assert!(one.status.success(), "{}", stderr(&one));
    assert_eq!(one.stdout, two.stdout);
    let recs = records(&one);
    let later: Vec<&serde_json::Value> = recs.iter().filter(|r| r["doc_id"] == "later").collect();
    let by_itself = records(&parley(&["code", alone.to_str().unwrap()]));
    assert_eq!(later.len(), by_itself.len(), "{recs:#?}");
    for (a, b) in later.iter().zip(&by_itself) {
        assert_eq!(*a, b);
    }
    // Coded alone, the name is nobody the knowledge base knows.
    for r in &by_itself {
        assert_ne!(r["actor"][0]["code"], "KENGOVMIL", "{r}");
    }
}

/// `--dyads`: one record per source–target pair, ids `doc:n.k`; without it,
/// one record per event with the lists. Expected pairs by hand.
#[test]
fn dyads_give_one_row_per_pair() {
    let text = b"India held talks with Australia and Japan in New Delhi on Monday.\n";
    let one = records(&parley_stdin(&["code", "-"], text));
    assert_eq!(one.len(), 1, "{one:#?}");
    assert_eq!(one[0]["recipient"].as_array().unwrap().len(), 2);
    let rows = records(&parley_stdin(&["code", "--dyads", "-"], text));
    let pairs: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| {
            (
                r["event_id"].as_str().unwrap().to_string(),
                r["actor"][0]["country"].as_str().unwrap().to_string(),
                r["recipient"][0]["country"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let id = one[0]["event_id"].as_str().unwrap();
    assert_eq!(
        pairs,
        [
            (format!("{id}.0"), "IND".to_string(), "AUS".to_string()),
            (format!("{id}.1"), "IND".to_string(), "JPN".to_string()),
        ]
    );
    assert!(rows
        .iter()
        .all(|r| r["actor"].as_array().unwrap().len() == 1
            && r["recipient"].as_array().unwrap().len() == 1));
}

#[test]
fn explain_shows_tree_events_and_why_not() {
    let out = parley(&[
        "explain",
        "Japan condemned the attack. The occupied town was quiet.",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    // The token table: word, lemma, tags, head and relation of the trigger.
    let condemned = text
        .lines()
        .find(|l| l.split_whitespace().nth(1) == Some("condemned"))
        .unwrap_or_else(|| panic!("no token line for 'condemned' in:\n{text}"));
    let cols: Vec<&str> = condemned.split_whitespace().collect();
    assert_eq!(
        cols[2..],
        ["condemn", "VERB", "VBD", "-", "root"],
        "{condemned}"
    );
    assert!(text.contains("actor   \"Japan\" -> JPN"), "{text}");
    assert!(text.contains("event   ACCUSE"), "{text}");
    // The second sentence's match is explained, not silently dropped.
    assert!(
        text.contains("on \"occupied\": no event: a participle after a determiner"),
        "{text}"
    );
}

#[test]
fn explain_is_total_on_messy_input() {
    for input in [
        "",
        "   ",
        "🙂🙂🙂",
        ")))(((",
        "a\u{1}b\u{7f}",
        &"word ".repeat(3000),
    ] {
        let out = parley(&["explain", input]);
        assert!(out.status.success(), "input {input:?}: {}", stderr(&out));
    }
}

#[test]
fn bench_prints_figures_for_every_stage() {
    let dir = std::env::temp_dir().join(format!("parley-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("docs.jsonl");
    std::fs::write(
        &path,
        "{\"id\":\"a\",\"text\":\"India and Australia held talks in Canberra. Russian troops attacked Ukraine.\"}\n",
    )
    .unwrap();
    let out = parley(&["bench", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    for stage in ["segmentation", "syntax", "mentions", "coder"] {
        let line = text
            .lines()
            .find(|l| l.trim_start().starts_with(stage))
            .unwrap_or_else(|| panic!("no {stage} line in:\n{text}"));
        assert!(line.contains("sentences/s"), "{line}");
    }
    assert!(text.contains("sentences        2"), "{text}");
    assert!(text.contains("coder / syntax time:"), "{text}");
    let store = text
        .lines()
        .find(|l| l.starts_with("store: 1 documents, code to JSON "))
        .unwrap_or_else(|| panic!("no store line in:\n{text}"));
    assert!(
        store.contains(" ingest ") && store.contains("(ratio "),
        "{store}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn places_writes_one_line_per_resolved_place() {
    let text = "Élysée aides said the ministers met in Vientiane, Laos, before flying to Paris.";
    let line = serde_json::json!({"id": "p1", "text": text}).to_string();
    let out = parley_stdin(&["places", "-"], line.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let recs = records(&out);
    let chars: Vec<char> = text.chars().collect();
    let got: Vec<(String, String)> = recs
        .iter()
        .map(|r| {
            assert_eq!(r["doc_id"], "p1");
            assert_eq!(r["kind"], "place");
            let (s, e) = (
                r["start"].as_u64().unwrap() as usize,
                r["end"].as_u64().unwrap() as usize,
            );
            // Character offsets (the text starts with a non-ASCII letter).
            assert_eq!(
                chars[s..e].iter().collect::<String>(),
                r["text"].as_str().unwrap()
            );
            assert!(
                r["lat"].is_f64() && r["lon"].is_f64() && r["geonameid"].is_u64(),
                "{r}"
            );
            (
                r["text"].as_str().unwrap().to_string(),
                r["country"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Vientiane".to_string(), "LAO".to_string()),
            ("Laos".to_string(), "LAO".to_string()),
            ("Paris".to_string(), "FRA".to_string())
        ]
    );
    assert!(
        stderr(&out).contains("1 documents read"),
        "{}",
        stderr(&out)
    );
}

/// `parley train-coder` on a small fixture of its own (two corpora records
/// written for this test, annotated by hand): it joins the leads, counts the
/// candidates and their labels, and the same annotations give a
/// byte-identical model that reads back.
#[test]
fn train_coder_is_deterministic_on_a_fixture() {
    let dir = tempfile::tempdir().unwrap();
    let corpora = dir.path().join("corpora");
    std::fs::create_dir(&corpora).unwrap();
    std::fs::write(
        corpora.join("bbc-news.jsonl"),
        concat!(
            r#"{"id":"a","date":"2024-03-04","text":"Police arrested 12 protesters in Lahore on Monday.\n\nThe government condemned the attack."}"#,
            "\n",
            r#"{"id":"b","date":"2024-03-05","text":"Arsenal attacked the Chelsea defence all afternoon. Fans cheered."}"#,
            "\n"
        ),
    )
    .unwrap();
    // Leads: whitespace collapsed; offsets in characters, counted by hand.
    // "Police arrested 12 protesters in Lahore on Monday. The government
    // condemned the attack." is 87 characters; its first sentence ends at 50.
    let annotations = dir.path().join("ann.jsonl");
    std::fs::write(
        &annotations,
        concat!(
            r#"{"doc":"a","corpus":"bbc-news","lead":87,"events":[{"plover":"COERCE","cameo":"173","source":["PAK"],"target":["PAK"],"symmetric":false,"sentence":[0,50],"trigger":[7,15]}]}"#,
            "\n",
            r#"{"doc":"b","corpus":"bbc-news","lead":65,"events":[]}"#,
            "\n"
        ),
    )
    .unwrap();
    let train = |out: &std::path::Path| {
        parley(&[
            "train-coder",
            "--annotations",
            annotations.to_str().unwrap(),
            "--corpora",
            corpora.to_str().unwrap(),
            "--split",
            "all",
            "--out",
            out.to_str().unwrap(),
        ])
    };
    let (one, two) = (dir.path().join("one.tsv"), dir.path().join("two.tsv"));
    let out = train(&one);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("2 leads"), "{err}");
    // "arrested" is an annotated event; the rules' other candidates are not.
    assert!(err.contains("(1 annotated events,"), "{err}");
    assert!(train(&two).status.success());
    let (a, b) = (std::fs::read(&one).unwrap(), std::fs::read(&two).unwrap());
    assert_eq!(a, b, "training is deterministic");
    let text = String::from_utf8(a).unwrap();
    assert!(text.starts_with("parley-decider\t1\t"), "{text}");
    assert!(parley_coder::LogisticModel::parse(&text).is_ok());
}

/// The shipped genre model is what `parley train-genre` makes from the
/// corpora, byte for byte (the command in crates/coder/data/README.md).
#[test]
fn the_shipped_genre_model_is_reproduced() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let corpora = root.join("../shared/data/corpora");
    if !corpora.join("bbc-news.jsonl").exists() {
        parley_testkit::skip(format_args!(
            "{} not found (run beside ../shared)",
            corpora.display()
        ));
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("genre.tsv");
    let run = parley(&[
        "train-genre",
        "--corpus",
        corpora.join("bbc-news.jsonl").to_str().unwrap(),
        "--negative",
        corpora.join("india-police-events.jsonl").to_str().unwrap(),
        corpora.join("reuters21578.jsonl").to_str().unwrap(),
        "--exclude",
        root.join("data/annotations/news-leads.jsonl")
            .to_str()
            .unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(run.status.success(), "{}", stderr(&run));
    let shipped = std::fs::read(root.join("crates/coder/data/genre.tsv")).unwrap();
    assert!(
        std::fs::read(&out).unwrap() == shipped,
        "retrained genre model differs"
    );
}

/// `parley audit` samples the same events for the same seed, a different
/// sample for another, never more than there are, in the judging format
/// its own `--tally` reads.
#[test]
fn audit_samples_are_repeatable_and_tallied() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("news.jsonl");
    std::fs::write(
        &input,
        concat!(
            r#"{"id":"a","date":"2024-03-04","text":"Police arrested 12 protesters in Lahore on Monday. The government condemned the attack on a police station."}"#,
            "\n",
            r#"{"id":"b","date":"2024-03-05","text":"Kenyan troops shelled rebel positions near the border. The United Nations urged both sides to talk."}"#,
            "\n"
        ),
    )
    .unwrap();
    let audit = |n: &str, seed: &str| {
        let out = parley(&[
            "audit",
            "--sample",
            n,
            "--seed",
            seed,
            input.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    let first = audit("2", "7");
    assert_eq!(first, audit("2", "7"));
    assert_eq!(
        first
            .matches("\nverdict:  event=? type=? source=? target=?")
            .count(),
        2
    );
    let everything = audit("50", "7");
    let total = everything.matches("\nverdict:").count();
    assert!(total >= 3, "{everything}");
    let seeds: std::collections::BTreeSet<String> =
        (1..=8).map(|s| audit("1", &s.to_string())).collect();
    assert!(seeds.len() > 1, "every seed drew the same event");
    // Judge every event as right and tally.
    let judged = dir.path().join("judged.md");
    std::fs::write(&judged, everything.replace("=?", "=y")).unwrap();
    let out = parley(&["audit", "--tally", judged.to_str().unwrap()]);
    let t = String::from_utf8(out.stdout).unwrap();
    assert!(
        t.contains(&format!("judged events      {total} (0 not judged)")),
        "{t}"
    );
    assert!(t.contains("fully right        "), "{t}");
}

/// An event no words attribute ("communal violence erupted") gets parties of
/// the country where it happened, inferred, with neither span nor text:
/// nothing in the text names them.
#[test]
fn unnamed_parties_have_no_span() {
    let text = "Communal violence erupted in Ahmedabad on Monday.\n";
    let out = parley_stdin(&["code", "-"], text.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let recs = records(&out);
    assert_eq!(recs.len(), 1, "{recs:#?}");
    let rec = &recs[0];
    assert_eq!(rec["event"], "ASSAULT");
    for side in ["actor", "recipient"] {
        let parties = rec[side].as_array().unwrap();
        assert_eq!(parties.len(), 1, "{rec}");
        assert_eq!(parties[0]["country"], "IND", "{rec}");
        assert!(parties[0]["span"].is_null(), "{rec}");
    }
    check_spans(rec, text);
}

/// `parley kb import` round-trips a PETRARCH actor file: its people and
/// organisations are looked up with their dated terms and used by `code`;
/// a bad line is reported with file:line and the rest is read.
#[test]
fn kb_import_round_trips_a_petrarch_file() {
    let dir = tempfile::tempdir().unwrap();
    let dict = dir.path().join("mine.actors");
    std::fs::write(
        &dict,
        "# invented for this test\n\
         TAMSIN_OKAFOR_\n\
         +PRESIDENT_TAMSIN_OKAFOR_\n\
         \t[NGAELI 600101-990528]\n\
         \t[NGAGOV 990529-070529]\n\
         \t[NGAELI]\n\
         BROKEN_ENTRY_ [NGAGOV 2004017-20061201]\n\
         RIVER_PEOPLES_FRONT_ [NGAREB]\n",
    )
    .unwrap();
    let kb = dir.path().join("kb");
    let out = parley(&[
        "kb",
        "import",
        "--petrarch",
        dict.to_str().unwrap(),
        "--out",
        kb.to_str().unwrap(),
        "--name",
        "mine",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("mine.actors:7"), "{err}");
    assert!(err.contains("2 entries read"), "{err}");
    let people = std::fs::read_to_string(kb.join("mine-people.tsv")).unwrap();
    assert_eq!(people.lines().filter(|l| !l.starts_with('#')).count(), 3);

    let lookup = |date: &str| {
        let out = parley(&[
            "kb",
            "lookup",
            "Tamsin Okafor",
            "--date",
            date,
            "--kb",
            kb.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    // The term that holds on the date is marked.
    assert!(
        lookup("2003-01-01").contains("-> NGAGOV"),
        "{}",
        lookup("2003-01-01")
    );
    assert!(
        lookup("2010-01-01").contains("-> NGAELI"),
        "{}",
        lookup("2010-01-01")
    );
    // Without the folder the name is unknown.
    let out = parley(&["kb", "lookup", "Tamsin Okafor"]);
    assert_eq!(out.status.code(), Some(1));

    let text = "President Tamsin Okafor criticised the River Peoples Front on Monday.\n";
    let input = dir.path().join("a.txt");
    std::fs::write(&input, format!("date 2003-05-01\n\n{text}")).unwrap();
    let out = parley(&[
        "code",
        input.to_str().unwrap(),
        "--kb",
        kb.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let recs = records(&out);
    assert_eq!(recs.len(), 1, "{recs:#?}");
    assert_eq!(recs[0]["event"], "ACCUSE");
    assert_eq!(recs[0]["actor"][0]["code"], "NGAGOV", "{}", recs[0]);
    assert_eq!(recs[0]["recipient"][0]["code"], "NGAREB", "{}", recs[0]);
}

/// The embedded knowledge base holds the Phoenix dictionaries, with dates
/// honoured against the document's date.
#[test]
fn phoenix_people_are_dated() {
    let out = parley(&[
        "kb",
        "lookup",
        "Atal Bihari Vajpayee",
        "--date",
        "2002-03-25",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("-> INDGOV"), "{text}");
    let out = parley(&[
        "kb",
        "lookup",
        "Atal Bihari Vajpayee",
        "--date",
        "1990-01-01",
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("-> INDELI"), "{text}");
}

/// The shipped Phoenix files are what `tools/gen_phoenix.sh` makes of the
/// dictionaries in ../shared, byte for byte.
#[test]
fn phoenix_files_are_reproduced() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let src = root.join("../shared/data/reference/petrarch2-dictionaries");
    if !src.join("Phoenix.Countries.actors.txt").exists() {
        parley_testkit::skip(format_args!("{} not found", src.display()));
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new("bash")
        .arg(root.join("tools/gen_phoenix.sh"))
        .arg(&src)
        .arg(dir.path())
        .env("PARLEY", env!("CARGO_BIN_EXE_parley"))
        .output()
        .expect("bash runs");
    assert!(out.status.success(), "{}", stderr(&out));
    for f in [
        "phoenix-people.tsv",
        "phoenix-organizations.tsv",
        "phoenix-roles.tsv",
    ] {
        let made = std::fs::read(dir.path().join(f)).unwrap();
        let shipped = std::fs::read(root.join("crates/kb/data").join(f)).unwrap();
        assert!(
            made == shipped,
            "{f} differs from what tools/gen_phoenix.sh makes"
        );
    }
}

/// `parley train-names` on a small GUM-style treebank written for this test
/// (two documents; one held out): it reads the entity layer, trains, scores
/// the held-out document, and the same data give a byte-identical model
/// that reads back.
#[test]
fn train_names_is_deterministic_on_a_fixture() {
    let dir = tempfile::tempdir().unwrap();
    let bank = dir.path().join("gum");
    std::fs::create_dir(&bank).unwrap();
    let doc = |name: &str, person: &str, place: &str| {
        format!(
            "1\t{person}\t{person}\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-new-x-x-1-sgl)\n\
             2\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n\
             3\t{place}\t{place}\tPROPN\tNNP\t_\t2\tobj\t_\tEntity=(2-place-new-x-x-1-sgl)\n\
             4\twith\twith\tADP\tIN\t_\t6\tcase\t_\t_\n\
             5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\tEntity=(3-person-new-x-x-1-sgl\n\
             6\tfarmers\tfarmer\tNOUN\tNNS\t_\t2\tobl\t_\tEntity=3)\n\
             7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n\
             # {name}\n"
        )
    };
    std::fs::write(
        bank.join("GUM_news_a.conllu"),
        doc("a", "Okafor", "Lagos").repeat(3),
    )
    .unwrap();
    std::fs::write(bank.join("GUM_news_b.conllu"), doc("b", "Adeyemi", "Abuja")).unwrap();
    let exclude = dir.path().join("held-out.txt");
    std::fs::write(&exclude, "# held out\nGUM_news_b\n").unwrap();
    let train = |out: &std::path::Path| {
        parley(&[
            "train-names",
            "--treebank",
            bank.to_str().unwrap(),
            "--exclude",
            exclude.to_str().unwrap(),
            "--epochs",
            "3",
            "--out",
            out.to_str().unwrap(),
        ])
    };
    let (one, two) = (dir.path().join("one.bin"), dir.path().join("two.bin"));
    let out = train(&one);
    assert!(out.status.success(), "{}", stderr(&out));
    // Three training sentences, each as written and lower-cased; three
    // names in each (a person, a place, a group).
    let err = stderr(&out);
    assert!(
        err.contains("6 sentences (cased and lower-cased), 18 names"),
        "{err}"
    );
    let report = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        report.contains("held-out: 1 files, 1 sentences"),
        "{report}"
    );
    assert!(train(&two).status.success());
    let (a, b) = (std::fs::read(&one).unwrap(), std::fs::read(&two).unwrap());
    assert_eq!(a, b, "training is deterministic");
    let model = parley_mentions::names::NameRecogniser::from_bytes(&a).unwrap();
    // The training sentence itself comes back with its three names.
    let names = model.recognise(
        &["Okafor", "visited", "Lagos", "with", "the", "farmers", "."],
        &["NNP", "VBD", "NNP", "IN", "DT", "NNS", "."],
    );
    let kinds: Vec<(std::ops::Range<usize>, &str)> = names
        .iter()
        .map(|n| (n.tokens.clone(), n.kind.code()))
        .collect();
    assert_eq!(kinds, vec![(0..1, "PER"), (2..3, "PLC"), (5..6, "GRP")]);
}

/// Codes `text` (one article) plainly, where it must give a `want` event,
/// then with `flag` naming a model file holding `model`, where it must give
/// none (exit 0: the article was read and coded; README: 1 is for no
/// readable document), and with `flag` naming a file that is no model, an
/// error naming that file. Returns the run with the model.
fn code_with_model(flag: &str, model: &str, text: &str, want: &str) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("article.jsonl");
    std::fs::write(
        &input,
        format!("{}\n", serde_json::json!({"id": "a1", "text": text})),
    )
    .unwrap();
    let input = input.to_str().unwrap();
    let plain = parley(&["code", input]);
    assert!(plain.status.success(), "{}", stderr(&plain));
    assert!(
        String::from_utf8_lossy(&plain.stdout).contains(want),
        "{}",
        String::from_utf8_lossy(&plain.stdout)
    );
    let path = dir.path().join("model.tsv");
    std::fs::write(&path, model).unwrap();
    let run = parley(&["code", flag, path.to_str().unwrap(), input]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert!(
        run.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&run.stdout)
    );
    let bad = dir.path().join("bad.tsv");
    std::fs::write(&bad, "nonsense\n").unwrap();
    let failed = parley(&["code", flag, bad.to_str().unwrap(), input]);
    assert!(!failed.status.success());
    assert!(stderr(&failed).contains("bad.tsv"), "{}", stderr(&failed));
    run
}

/// `parley code --genre-model` uses the given genre model: one that classes
/// every article as soft news leaves a farmers' protest (no institution on
/// either side) out and says so; a file that is no model is an error naming it.
#[test]
fn a_genre_model_given_on_the_command_line_is_used() {
    let text = "Thousands of Kenyan farmers protested in Nairobi on Monday against falling maize \
        prices. The farmers marched through the city centre, carrying placards and singing songs. \
        Organisers said more than five thousand people took part in the march, which passed off \
        peacefully. The farmers say that imported grain has pushed prices below what it costs \
        them to grow maize, and that many families can no longer pay school fees this year.";
    let soft = "parley-decider\t1\t0.5\t5.0\nw:farmers\t0.100000\n";
    let run = code_with_model("--genre-model", soft, text, "\"PROTEST\"");
    assert!(
        stderr(&run).contains("sport, entertainment or technology"),
        "{}",
        stderr(&run)
    );
}

/// `parley code --decider-model` uses the given keep-or-drop model: one whose
/// bias drops every candidate leaves the article (of 60 words or more: the
/// decision judges articles, not lone sentences) with no event; a file that
/// is no model is an error naming it.
#[test]
fn a_decider_model_given_on_the_command_line_is_used() {
    let text = "The Kenyan president met Ugandan officials in Kampala on Monday. \
        The two sides discussed trade across the border and the security of the lake ports. \
        Officials said a new customs post would open next year near the border town of Busia, \
        and that further talks between the two governments were planned for the spring. \
        Traders on both sides have long complained of delays at the crossing.";
    let drop_all = "parley-decider\t1\t0.5\t-9.0\n";
    code_with_model("--decider-model", drop_all, text, "\"CONSULT\"");
}
