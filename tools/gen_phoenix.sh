#!/usr/bin/env bash
# Compiles the Phoenix actor dictionaries (PETRARCH2, Open Event Data Alliance,
# MIT licence) into crates/kb/data/phoenix-people.tsv and
# phoenix-organizations.tsv (and the agents into phoenix-roles.tsv) with `parley kb import`.
# Usage: bash tools/gen_phoenix.sh [DICTIONARY_FOLDER [OUT_FOLDER]]
# With PARLEY set to a parley binary, that binary is used instead of a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-../shared/data/reference/petrarch2-dictionaries}
out=${2:-crates/kb/data}
if [ -z "${PARLEY:-}" ]; then
  cargo build --release -q -p parley
  PARLEY=./target/release/parley
fi
"$PARLEY" kb import --out "$out" --name phoenix \
  --petrarch "$src/Phoenix.Countries.actors.txt" "$src/Phoenix.International.actors.txt" \
             "$src/Phoenix.MilNonState.actors.txt" \
  --agents "$src/Phoenix.agents.txt" \
  --header "Source: Phoenix actor dictionaries of PETRARCH2 (https://github.com/openeventdata/petrarch2)," \
  --header "  Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt," \
  --header "  Phoenix.agents.txt." \
  --header "  The MIT License (MIT), Copyright (c) 2014 Open Event Data Alliance." \
  --header "Regenerate with: bash tools/gen_phoenix.sh (never edit by hand; parley's own files win)." \
  2> >(tail -1 >&2)
