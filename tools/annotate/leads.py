#!/usr/bin/env python3
"""News leads for annotation, and annotations kept without their texts.

parley's own annotated news (issue 15) are leads of articles in
../shared/data/corpora: a lead is the first six sentences of an article's
text with whitespace collapsed (as in ../shared/data/gold/dev/realnews.dev.jsonl),
cut by `sentences()` below. The repository keeps only document ids, character
offsets into the lead and labels (data/annotations/*.jsonl, format in
data/annotations/README.md); texts stay in ../shared and are joined back here.

  leads.py sample --per-corpus N --seed S --batch-size B --out DIR
      Writes DIR/batch-NN.jsonl: leads for annotators, each with its
      sentences numbered. Skips realnews.dev documents and repeated texts.
  leads.py store --batch B --annotated A --annotator NAME >> data/annotations/FILE.jsonl
      Turns an annotator's output (ANNOTATION.md format: sentence number and
      trigger words per event) into offsets-only records.
  leads.py join [--split train|dev] ANNOTATIONS... > gold.jsonl
      Rebuilds gold records (id, date, text, origin, gold.events) from the
      corpora and the annotations, for score.py and training. The split is
      by document: dev holds the documents whose id's SHA-256 ends in a
      byte below 52 (a fifth), train the rest.
  leads.py articles IDS > articles.jsonl
      The whole corpus records named in IDS (lines corpus<TAB>id; '#' lines
      are comments), in that order: the input of an audit.
  leads.py as-system ANNOTATIONS... > system.jsonl
      The annotations as system output (one record per event), to score one
      annotator against another with score.py (agreement).

Standard library only.
"""
import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPORA = {
    "reuters21578": "reuters21578.jsonl",
    "bbc-news": "bbc-news.jsonl",
    "ag-news": "ag-news.jsonl",
    "india-police-events": "india-police-events.jsonl",
}
LEAD_SENTENCES = 6
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep",
    "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "u.s", "u.k", "u.n", "jan", "feb",
    "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "e.g", "i.e", "etc", "approx", "rev",
    "pvt", "govt", "hon", "shri", "smt",
}
BREAK = re.compile(r'(?<=[.!?])["\'\u201d\u2019)\]]*\s+')


def sentences(text):
    """(start, end) of the sentences of whitespace-collapsed `text`."""
    spans, start = [], 0
    for m in BREAK.finditer(text):
        before = text[start:m.start()].split()
        last = before[-1].rstrip(".!?").lower() if before else ""
        # Not after an abbreviation or an initial ("J. Smith", "U.S. troops").
        if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        end = m.start() + len(m.group(0).rstrip())
        spans.append((start, end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def lead(text):
    """The lead of an article text and its sentence spans."""
    collapsed = " ".join(text.split())
    spans = sentences(collapsed)[:LEAD_SENTENCES]
    if not spans:
        return "", []
    end = spans[-1][1]
    return collapsed[:end], spans


def corpus_records(name):
    with open(SHARED / "data" / "corpora" / CORPORA[name], encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def dev_ids():
    path = SHARED / "data" / "gold" / "dev" / "realnews.dev.jsonl"
    ids = set()
    if path.exists():
        for line in open(path, encoding="utf-8"):
            ids.add(json.loads(line)["id"].removeprefix("rn-"))
    return ids


def sample(args):
    rng = random.Random(args.seed)
    skip = dev_ids()
    for p in args.skip:
        for line in open(p, encoding="utf-8"):
            r = json.loads(line)
            skip.add(r.get("doc") or r["id"])
    chosen = []
    for name in CORPORA:
        records = [r for r in corpus_records(name) if r["id"] not in skip and r["text"].strip()]
        rng.shuffle(records)
        seen, n = set(), 0
        for r in records:
            text, spans = lead(r["text"])
            key = re.sub(r"\W", "", text.lower())
            if not text or key in seen:
                continue
            seen.add(key)
            chosen.append({
                "id": r["id"], "corpus": name, "date": r.get("date"), "source": r.get("source"),
                "text": text,
                "sentences": [[k + 1, text[s:e]] for k, (s, e) in enumerate(spans)],
            })
            n += 1
            if n == args.per_corpus:
                break
    rng.shuffle(chosen)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for b in range(0, len(chosen), args.batch_size):
        with open(out / f"batch-{b // args.batch_size + 1:02d}.jsonl", "w", encoding="utf-8") as f:
            for r in chosen[b:b + args.batch_size]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} leads in {(len(chosen) + args.batch_size - 1) // args.batch_size} batches", file=sys.stderr)


def store(args):
    batch = {}
    for line in open(args.batch, encoding="utf-8"):
        r = json.loads(line)
        batch[r["id"]] = r
    problems = 0
    for n, line in enumerate(open(args.annotated, encoding="utf-8"), 1):
        if not line.strip():
            continue
        a = json.loads(line)
        r = batch.get(a["id"])
        if r is None:
            print(f"{args.annotated}:{n}: id {a['id']!r} is not in the batch", file=sys.stderr)
            problems += 1
            continue
        text = r["text"]
        spans = sentences(text)[:LEAD_SENTENCES]
        events = []
        for e in a.get("gold", {}).get("events", []):
            k = e.get("sentence")
            if not isinstance(k, int) or not 1 <= k <= len(spans):
                print(f"{args.annotated}:{n}: {a['id']}: sentence {k!r} out of range", file=sys.stderr)
                problems += 1
                continue
            s, t = spans[k - 1]
            trigger = e.get("trigger") or ""
            at = text.find(trigger, s, t) if trigger else -1
            if at < 0:
                at = text.lower().find(trigger.lower(), s, t) if trigger else -1
            if at < 0:
                print(f"{args.annotated}:{n}: {a['id']}: trigger {trigger!r} not in sentence {k}", file=sys.stderr)
                problems += 1
                trig = None
            else:
                trig = [at, at + len(trigger)]
            ev = {
                "plover": e.get("plover"), "cameo": e.get("cameo"),
                "source": e.get("source") or [], "target": e.get("target") or [],
                "symmetric": bool(e.get("symmetric")),
                "sentence": [s, t], "trigger": trig,
            }
            if e.get("modality"):
                ev["modality"] = e["modality"]
            events.append(ev)
        out = {"doc": r["id"], "corpus": r["corpus"], "lead": len(text),
               "annotator": args.annotator, "events": events}
        print(json.dumps(out, ensure_ascii=False))
    if problems:
        print(f"{problems} problems", file=sys.stderr)


def split_of(doc):
    """'dev' for a fifth of the documents (by hash of the id), else 'train'."""
    return "dev" if hashlib.sha256(doc.encode()).digest()[-1] < 52 else "train"


def read_annotations(paths, split=None):
    out = []
    for p in paths:
        for line in open(p, encoding="utf-8"):
            if line.strip():
                a = json.loads(line)
                if split is None or split_of(a["doc"]) == split:
                    out.append(a)
    return out


def as_system(args):
    for a in read_annotations(args.annotations):
        for e in a["events"]:
            print(json.dumps({
                "doc_id": f"own-{a['doc']}", "event": e["plover"], "cameo": e["cameo"],
                "actor": [{"country": c} for c in e["source"]],
                "recipient": [{"country": c} for c in e["target"]],
                "symmetric": e["symmetric"],
            }))


def join(args):
    wanted = read_annotations(args.annotations, args.split)
    by_corpus = {}
    for a in wanted:
        by_corpus.setdefault(a["corpus"], set()).add(a["doc"])
    texts = {}
    for name, ids in by_corpus.items():
        for r in corpus_records(name):
            if r["id"] in ids:
                texts[(name, r["id"])] = r
    for a in wanted:
        r = texts.get((a["corpus"], a["doc"]))
        if r is None:
            print(f"{a['doc']}: not in {a['corpus']}", file=sys.stderr)
            continue
        text, _ = lead(r["text"])
        if len(text) != a["lead"]:
            print(f"{a['doc']}: lead is {len(text)} characters, annotated {a['lead']}", file=sys.stderr)
            continue
        events = []
        for e in a["events"]:
            g = {k: e[k] for k in ("plover", "cameo", "source", "target", "symmetric")}
            if e.get("trigger"):
                g["trigger"] = text[e["trigger"][0]:e["trigger"][1]]
                g["trigger_span"] = e["trigger"]
            if e.get("modality"):
                g["modality"] = e["modality"]
            events.append(g)
        print(json.dumps({
            "id": f"own-{a['doc']}", "date": r.get("date"), "text": text,
            "origin": f"parley annotation ({a.get('annotator', '?')}) of {a['corpus']}:{a['doc']}",
            "gold": {"events": events},
        }, ensure_ascii=False))


def articles(args):
    wanted = []
    for line in open(args.ids, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            corpus, doc = line.rstrip("\n").split("\t")
            wanted.append((corpus, doc))
    records = {}
    for corpus in sorted({c for c, _ in wanted}):
        for r in corpus_records(corpus):
            records[(corpus, r["id"])] = r
    for key in wanted:
        if key not in records:
            print(f"{key[1]}: not in {key[0]}", file=sys.stderr)
            continue
        print(json.dumps(records[key]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--per-corpus", type=int, required=True)
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--batch-size", type=int, default=40)
    s.add_argument("--skip", nargs="*", default=[], help="annotation files whose documents to leave out")
    s.add_argument("--out", required=True)
    s = sub.add_parser("store")
    s.add_argument("--batch", required=True)
    s.add_argument("--annotated", required=True)
    s.add_argument("--annotator", required=True)
    s = sub.add_parser("join")
    s.add_argument("--split", choices=["train", "dev"])
    s.add_argument("annotations", nargs="+")
    s = sub.add_parser("as-system")
    s.add_argument("annotations", nargs="+")
    s = sub.add_parser("articles")
    s.add_argument("ids")
    args = ap.parse_args()
    commands = {"sample": sample, "store": store, "join": join, "as-system": as_system,
                "articles": articles}
    commands[args.cmd](args)


if __name__ == "__main__":
    main()
