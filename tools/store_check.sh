#!/usr/bin/env bash
# The event store end to end on 3,000 Reuters-21578 articles (issue 7's
# acceptance run): ingest twice (the second stores nothing), a run killed
# with kill -9 after one second and rerun (same records as the clean run,
# byte for byte), a query, the monthly dyad series and the three exports.
# Usage: bash tools/store_check.sh [CORPUS.jsonl] (default: the Reuters
# corpus in ../shared). Prints what it measured; exits non-zero on a
# mismatch. Checks the Parquet file with DuckDB when python3 has it.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/data/corpora/reuters21578.jsonl}
[ -f "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
cargo build --release --quiet
parley=$PWD/target/release/parley
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -n 3000 "$corpus" > "$work/in.jsonl"

summary() { grep -o '[0-9]* documents read.*' "$1" | head -1; }

echo "== clean run, twice"
"$parley" ingest --db "$work/clean.db" "$work/in.jsonl" 2> "$work/1.err"; summary "$work/1.err"
"$parley" ingest --db "$work/clean.db" "$work/in.jsonl" 2> "$work/2.err"; summary "$work/2.err"
grep -q ' 0 stored, 3000 already stored' "$work/2.err" || { echo "second ingest stored something" >&2; exit 1; }

echo "== killed with kill -9 (after one second, once a batch is stored), then rerun"
"$parley" ingest --db "$work/killed.db" "$work/in.jsonl" 2>/dev/null &
pid=$!
sleep 1
stored() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from documents').fetchone()[0])" "$work/killed.db" 2>/dev/null || echo 0; }
for _ in $(seq 600); do [ "$(stored)" -gt 0 ] && break; sleep 0.1; done
kill -9 $pid 2>/dev/null || echo "(the run ended before it could be killed)"
wait $pid 2>/dev/null || true
echo "killed with $(stored) documents stored"
"$parley" ingest --db "$work/killed.db" "$work/in.jsonl" 2> "$work/3.err"; summary "$work/3.err"
"$parley" export --db "$work/clean.db" --format jsonl --out "$work/clean.jsonl" 2>/dev/null
"$parley" export --db "$work/killed.db" --format jsonl --out "$work/killed.jsonl" 2>/dev/null
cmp -s "$work/clean.jsonl" "$work/killed.jsonl" || { echo "resumed store differs from the clean one" >&2; exit 1; }
for listing in clusters agreements scheduled; do
  cmp -s <("$parley" $listing --db "$work/clean.db" 2>/dev/null) <("$parley" $listing --db "$work/killed.db" 2>/dev/null) \
    || { echo "resumed $listing differ from the clean run's" >&2; exit 1; }
done
echo "resumed store: $(wc -l < "$work/killed.jsonl") events, identical to the clean run's (and its clusters, agreements, scheduled events)"

echo "== questions and exports"
echo "query --country USA: $("$parley" query --db "$work/clean.db" --country USA --format jsonl 2>/dev/null | wc -l) events"
echo "dyads --by month: $("$parley" dyads --db "$work/clean.db" --by month 2>/dev/null | tail -n +2 | wc -l) dyad-months"
for f in jsonl csv parquet; do
  "$parley" export --db "$work/clean.db" --format $f --out "$work/out.$f" 2>/dev/null
  echo "export $f: $(wc -c < "$work/out.$f") bytes"
done
if python3 -c 'import duckdb' 2>/dev/null; then
  python3 -c "import duckdb; print('duckdb reads', duckdb.sql(\"select count(*) from '$work/out.parquet'\").fetchall()[0][0], 'rows')"
else
  echo "(python3 has no duckdb: Parquet not checked with DuckDB)"
fi
