#!/usr/bin/env python3
"""Events per BBC sport, entertainment and technology article, with the genre model
cross-validated: the BBC corpus is split in two halves by the parity of the last byte of the
SHA-256 of each article's id; a genre model is trained on each half (`parley train-genre`,
with the same negative corpora as the shipped model) and every article of the soft sections
is coded (`parley code --genre-model`) with the model that never saw it.

The shipped model is trained on most of the BBC corpus, so coding those articles with it
measures its training data; this script gives the figure to expect on unseen articles.

Usage: python3 tools/genre_cv.py [--parley target/release/parley] [--shared ../shared]
Prints one line: `entertainment X sport Y tech Z` (events per article).
"""

import argparse
import collections
import hashlib
import json
import os
import subprocess
import sys
import tempfile

SOFT = ("sport", "entertainment", "tech")


def half(doc_id: str) -> int:
    return hashlib.sha256(doc_id.encode()).digest()[-1] % 2


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--parley", default="target/release/parley")
    ap.add_argument("--shared", default="../shared")
    args = ap.parse_args()
    corpora = os.path.join(args.shared, "data", "corpora")
    bbc = os.path.join(corpora, "bbc-news.jsonl")
    if not os.path.exists(bbc):
        print(f"skipped: {bbc} not found", file=sys.stderr)
        return 0
    articles = collections.Counter()
    events = collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        halves = [open(os.path.join(tmp, f"bbc{h}.jsonl"), "w") for h in (0, 1)]
        soft = [open(os.path.join(tmp, f"soft{h}.jsonl"), "w") for h in (0, 1)]
        with open(bbc) as f:
            for line in f:
                doc = json.loads(line)
                h = half(doc["id"])
                halves[h].write(line)
                section = doc["id"].split("-")[1]
                if section in SOFT:
                    soft[h].write(line)
                    articles[section] += 1
        for f in halves + soft:
            f.close()
        for h in (0, 1):
            model = os.path.join(tmp, f"genre{h}.tsv")
            subprocess.run(
                [
                    args.parley, "train-genre",
                    "--corpus", os.path.join(tmp, f"bbc{h}.jsonl"),
                    "--negative",
                    os.path.join(corpora, "india-police-events.jsonl"),
                    os.path.join(corpora, "reuters21578.jsonl"),
                    "--exclude", "data/annotations/news-leads.jsonl",
                    "--out", model,
                ],
                check=True,
                stderr=subprocess.DEVNULL,
            )
            out = subprocess.run(
                [args.parley, "code", "--genre-model", model,
                 os.path.join(tmp, f"soft{1 - h}.jsonl")],
                check=True,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            ).stdout
            for line in out.splitlines():
                events[json.loads(line)["doc_id"].split("-")[1]] += 1
    print(" ".join(f"{s} {events[s] / articles[s]:.3f}" for s in sorted(articles)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
