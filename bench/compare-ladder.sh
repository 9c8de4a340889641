#!/usr/bin/env bash
# Climbs rungs 0 to 3 (5 shuffled stratified folds, LR C=1, RF 100 trees of depth 5) on the same
# generated 100,000 x 20 file with Ladderbench and with scikit-learn (RF n_jobs=-1), one after the other
# on this machine, and prints both times and the ratio (Ladderbench / scikit-learn; below 1 is faster).
# Usage: bench/compare-ladder.sh [RUNS]   (needs target/ladderbench.jar, python3-sklearn, python3-pandas)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
dir=target/bench-data
mkdir -p "$dir"

java -jar target/ladderbench.jar bench --ladder --rows 100000 --runs "$runs" --dir "$dir" \
    --json "$dir/ladderbench-ladder.json"
/usr/bin/python3 bench/sklearn_ladder.py "$dir/synthetic-100000x20.csv" "$runs" > "$dir/sklearn-ladder.json"

/usr/bin/python3 - "$dir/ladderbench-ladder.json" "$dir/sklearn-ladder.json" <<'PY'
import json, sys
ours = json.load(open(sys.argv[1]))["ladders"][0]
theirs = json.load(open(sys.argv[2]))
print(f"\n{'rungs 0-3, 100,000 x 20':26} {'ladderbench s':>14} {'scikit-learn s':>15} {'ratio':>6}")
for rung in ("sanity", "baseline", "linear", "forest"):
    o = ours["rung_seconds"][rung][ours["total_seconds"].index(ours["best_total_seconds"])]
    t = theirs["rung_seconds_of_best"][rung]
    print(f"{rung:26} {o:14.2f} {t:15.2f} {o / t:6.2f}")
o, t = ours["best_total_seconds"], theirs["best_total_seconds"]
print(f"{'total (best of runs)':26} {o:14.2f} {t:15.2f} {o / t:6.2f}")
PY
