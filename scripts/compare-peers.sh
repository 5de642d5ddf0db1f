#!/usr/bin/env bash
# Runs Chorus and the tools a user could use instead on the same data, in the same run, and prints
# Chorus's time divided by the peer's (below 1: Chorus is faster), with quality figures where speed misleads.
#   scripts/compare-peers.sh                 10,000 people
#   scripts/compare-peers.sh --people 100000
# Peers: graphviz sfdp (layout), python3-igraph and python3-networkx (PageRank, communities), the sqlite3
# shell (.import as the storage floor for CSV import; the same FTS5 query). See docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."

people=10000
while [ $# -gt 0 ]; do
  case "$1" in
    --people) people="$2"; shift ;;
    *) echo "compare-peers.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

build_dir=$(scripts/build.sh | tail -n 1)
work="${CHORUS_BENCH_DIR:-${TMPDIR:-/tmp}/chorus-peers}"
mkdir -p "$work"
chmod 700 "$work"
/usr/bin/python3 scripts/compare_peers.py --cli "$build_dir/app/cli/chorus-cli" --people "$people" --dir "$work"
