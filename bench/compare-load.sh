#!/usr/bin/env bash
# Loads the same generated CSV files with Ladderbench and with pandas.read_csv, one after the other
# on this machine, and prints both times and the ratio (Ladderbench / pandas; below 1 is faster).
# Usage: bench/compare-load.sh [ROWS,...] [RUNS]   (needs target/ladderbench.jar and python3-pandas)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000,1000000}
runs=${2:-3}
dir=target/bench-data
mkdir -p "$dir"

java -Xmx4g -jar target/ladderbench.jar bench --rows "$rows" --runs "$runs" --dir "$dir" --json "$dir/ladderbench.json"
files=$(IFS=,; for n in $rows; do printf '%s ' "$dir/synthetic-${n}x20.csv"; done)
# shellcheck disable=SC2086
/usr/bin/python3 bench/pandas_load.py "$runs" $files > "$dir/pandas.json"

/usr/bin/python3 - "$dir/ladderbench.json" "$dir/pandas.json" <<'PY'
import json, os, sys
ours = {l["file"]: l for l in json.load(open(sys.argv[1]))["loads"]}
theirs = json.load(open(sys.argv[2]))
print(f"\n{'file':28} {'ladderbench s':>14} {'pandas s':>9} {'ratio':>6} {'heap/raw':>9} {'pandas MB':>10}")
for p in theirs["loads"]:
    name = os.path.basename(p["file"])
    o = ours[name]
    print(f"{name:28} {o['best_seconds']:14.3f} {p['best_seconds']:9.3f} {o['best_seconds'] / p['best_seconds']:6.2f}"
          f" {o['heap_ratio']:9.2f} {p['frame_bytes'] / 1e6:10.1f}")
PY
