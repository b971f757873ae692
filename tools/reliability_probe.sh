#!/usr/bin/env bash
# Replays the probes of the reliability issue (#14) against a release build
# and prints one line per probe: OK or FAIL and what was seen.
#
#   cargo build --release && bash tools/reliability_probe.sh
#
# Needs ../shared/data/corpora/reuters21578.jsonl for the timing probe (it is
# skipped, with a line saying so, without it). Writes only under a temporary
# folder.
set -uo pipefail
cd "$(dirname "$0")/.."
P="$PWD/target/release/parley"
[ -x "$P" ] || { echo "build first: cargo build --release"; exit 2; }
T=$(mktemp -d)
trap 'chmod -R u+w "$T"; rm -rf "$T"' EXIT
pass=0; fail=0
row() { # name, ok(0/1), detail
  if [ "$2" = 0 ]; then pass=$((pass+1)); printf 'OK    %-34s %s\n' "$1" "$3";
  else fail=$((fail+1)); printf 'FAIL  %-34s %s\n' "$1" "$3"; fi
}

# 1. A known id with different text is refused and counted, never silently dropped.
printf '{"id":"a","text":"India met Japan in Delhi."}\n{"id":"a","text":"China met Japan."}\n' > "$T/ids.jsonl"
"$P" code "$T/ids.jsonl" > "$T/ids.out" 2> "$T/ids.err"
ids=$(grep -o '"event_id":"[^"]*"' "$T/ids.out" | sort | uniq -d | wc -l)
grep -q 'ids.jsonl:2: id "a" is already used' "$T/ids.err"; r=$?
row "code: reused id refused" $(( r || ids )) "$(tail -1 "$T/ids.err")"
"$P" ingest --db "$T/s.db" "$T/ids.jsonl" 2> "$T/ing.err" >/dev/null
grep -q '1 refused' "$T/ing.err"; row "ingest: reused id refused" $? "$(grep -o '[0-9]* refused[^,]*' "$T/ing.err")"

# 2. Feed dates are read; an unreadable one is a warning with file:line.
for d in "Tue, 05 Nov 2024 10:00:00 +0000" "2024/11/05" "Nov 5, 2024" "5 Nov 2024" "2024-11-05T10:00:00Z" "1730800800"; do
  printf '{"id":"d","date":"%s","text":"India met Japan in Delhi."}\n' "$d" > "$T/d.jsonl"
  got=$("$P" code "$T/d.jsonl" 2>/dev/null | grep -o '"date":"[^"]*"' | head -1)
  [ "$got" = '"date":"2024-11-05"' ]; row "date: $d" $? "$got"
done
printf '{"id":"d","date":"sometime","text":"India met Japan."}\n' > "$T/bad.jsonl"
"$P" code "$T/bad.jsonl" 2>&1 >/dev/null | grep -q 'bad.jsonl:1: date "sometime" not understood'
row "date: unreadable warned" $? "file:line and value named"

# 3. Invalid UTF-8 in plain text: coded, with a counted warning.
printf 'India met Japan in S\xe3o Paulo on Monday.\n' > "$T/latin1.txt"
"$P" code "$T/latin1.txt" > "$T/l.out" 2> "$T/l.err"
[ -s "$T/l.out" ] && grep -q '1 invalid UTF-8 sequence replaced' "$T/l.err"
row "invalid UTF-8 mended" $? "$(grep -c . "$T/l.out") events"

# 4. -o never destroys an input or yesterday's results.
cp "$T/ids.jsonl" "$T/keep.jsonl"
"$P" code "$T/keep.jsonl" -o "$T/keep.jsonl" 2>/dev/null; rc=$?
cmp -s "$T/ids.jsonl" "$T/keep.jsonl" && [ $rc = 2 ]; row "-o onto an input refused" $? "exit $rc, input intact"
echo yesterday > "$T/results.jsonl"
"$P" code "$T/missing.txt" -o "$T/results.jsonl" 2>/dev/null
[ "$(cat "$T/results.jsonl")" = yesterday ]; row "-o kept after a failed run" $? "mistyped input"
mkdir "$T/dir"; cp "$T/ids.jsonl" "$T/dir/in.jsonl"
"$P" code "$T/dir" -o "$T/dir/out.jsonl" 2>/dev/null; "$P" code "$T/dir" -o "$T/dir/out.jsonl" 2> "$T/dir.err" >/dev/null
grep -q '^parley: 2 documents read' "$T/dir.err"; row "-o in an input folder not read" $? "$(tail -1 "$T/dir.err")"

# 5. A FIFO in an input folder does not hang the run.
mkdir "$T/fifo"; cp "$T/latin1.txt" "$T/fifo/a.txt"; mkfifo "$T/fifo/b.txt"
timeout 60 "$P" code "$T/fifo" > /dev/null 2> "$T/fifo.err"; rc=$?
[ $rc = 0 ] && grep -q 'not a regular file' "$T/fifo.err"; row "FIFO in a folder skipped" $? "exit $rc"

# 6. Stores: read-only folder, not-a-store files.
mkdir "$T/ro"; "$P" ingest --db "$T/ro/s.db" "$T/latin1.txt" 2>/dev/null
chmod 0555 "$T/ro"
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  chmod -R o+rX "$T"; asuser=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
else asuser=(); fi
"${asuser[@]}" "$P" query --db "$T/ro/s.db" >/dev/null 2>&1; row "query in a read-only folder" $? "${asuser[*]:-as this user}"
chmod 0755 "$T/ro"
: > "$T/empty.db"; "$P" query --db "$T/empty.db" 2> "$T/e.err" >/dev/null; rc=$?
[ $rc = 3 ] && grep -q 'not a parley store' "$T/e.err"; row "0-byte file is not a store" $? "$(cat "$T/e.err")"

# 7. Order: ingest A;B == B;A == A B (exports compared).
printf '{"id":"A","date":"2026-03-02","text":"Kenyan Defence Minister Amara Wekesa met Ugandan officials in Kampala on Monday."}\n' > "$T/A.jsonl"
printf '{"id":"B","date":"2026-03-06","text":"Amara Wekesa criticised the rebels on Friday."}\n' > "$T/B.jsonl"
"$P" ingest --db "$T/ab.db" "$T/A.jsonl" 2>/dev/null; "$P" ingest --db "$T/ab.db" "$T/B.jsonl" 2>/dev/null
"$P" ingest --db "$T/ba.db" "$T/B.jsonl" 2>/dev/null; "$P" ingest --db "$T/ba.db" "$T/A.jsonl" 2>/dev/null
"$P" ingest --db "$T/one.db" "$T/A.jsonl" "$T/B.jsonl" 2>/dev/null
for s in ab ba one; do "$P" export --db "$T/$s.db" --format jsonl --out "$T/$s.jsonl" 2>/dev/null; done
cmp -s "$T/ab.jsonl" "$T/ba.jsonl" && cmp -s "$T/ab.jsonl" "$T/one.jsonl"; row "ingest order independent" $? "$(wc -l < "$T/one.jsonl") events"

# 8. Concurrent ingests of different inputs: 20 trials each of 2 and 6 at
# once; every process exits 0 and the store exports exactly as one
# sequential run of the same inputs.
texts=(
  "Kenyan Defence Minister Amara Wekesa met Ugandan officials in Kampala on Monday."
  "Amara Wekesa criticised the rebels on Tuesday."
  "India and Japan signed a trade agreement in New Delhi on Wednesday."
  "Police arrested 12 protesters in Nairobi on Thursday."
  "The United States imposed sanctions on Iran on Friday."
  "Russia accused Ukraine of shelling a border village on Saturday."
)
for i in 1 2 3 4 5 6; do
  printf '{"id":"c%s","date":"2026-03-0%s","text":"%s"}\n' $i $i "${texts[$((i-1))]}" > "$T/c$i.jsonl"
done
for n in 2 6; do
  files=(); for i in $(seq 1 $n); do files+=("$T/c$i.jsonl"); done
  rm -f "$T/seq.db"*; "$P" ingest --db "$T/seq.db" "${files[@]}" 2>/dev/null
  "$P" export --db "$T/seq.db" --format jsonl --out "$T/seq.jsonl" 2>/dev/null
  exits=0; differ=0
  for trial in $(seq 1 20); do
    rm -f "$T/c.db"*; pids=()
    for f in "${files[@]}"; do "$P" ingest --db "$T/c.db" "$f" 2>>"$T/conc.err" >/dev/null & pids+=($!); done
    for p in "${pids[@]}"; do wait "$p" || exits=$((exits+1)); done
    "$P" export --db "$T/c.db" --format jsonl --out "$T/conc.jsonl" 2>/dev/null
    cmp -s "$T/seq.jsonl" "$T/conc.jsonl" || differ=$((differ+1))
  done
  row "$n concurrent ingests x20" $(( exits || differ )) \
    "$exits failed, $differ stores differ from one run ($(wc -l < "$T/seq.jsonl") events)"
done

# 9. Time linear in document length: 5 MB vs 0.5 MB.
R=../shared/data/corpora/reuters21578.jsonl
if [ -f "$R" ]; then
  python3 - "$R" "$T" <<'PY'
import json, sys
docs = [json.loads(l)["text"] for l in open(sys.argv[1])]
for n, name in [(500_000, "half"), (5_000_000, "five")]:
    parts, size, j = [], 0, 0
    while size < n:
        parts.append(docs[j % len(docs)]); size += len(docs[j % len(docs)]) + 2; j += 1
    with open(f"{sys.argv[2]}/{name}.jsonl", "w") as f:
        f.write(json.dumps({"id": name, "date": "1987-03-01", "text": "\n\n".join(parts)[:n]}) + "\n")
PY
  t() { local s=$(date +%s.%N); "$P" code -j 1 --max-bytes 8M "$1" > /dev/null 2>&1; echo "$(date +%s.%N) - $s" | bc; }
  a=$(t "$T/half.jsonl"); b=$(t "$T/five.jsonl")
  ratio=$(echo "scale=2; $b / $a" | bc)
  [ "$(echo "$ratio < 10" | bc)" = 1 ]; row "5 MB / 0.5 MB time < 10" $? "${b}s / ${a}s = $ratio"
else
  echo "SKIP  5 MB / 0.5 MB time               $R not found"
fi

echo "probes: $pass OK, $fail FAIL"
[ $fail = 0 ]
