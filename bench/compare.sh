#!/usr/bin/env bash
# Runs the same work with Ladderbench and with the Python stack, one after the other in this session, and
# prints each figure side by side with the ratio (Ladderbench / Python; below 1 is faster) and the target:
#   load      a generated LOAD_ROWS x 20 CSV: Ladderbench's reader against pandas.read_csv   (target <= 0.5x)
#   rungs 0-3 a generated LADDER_ROWS x 20 CSV, 5 shuffled stratified folds, LR C=1, RF 100 trees depth 5,
#             against scikit-learn with the forest on all cores (n_jobs=-1)                  (target <= 0.33x)
#   error analysis + threshold sweep on the forest's out-of-fold predictions               (target < 2 s)
# Wall time is the best of RUNS measured runs after WARMUP unmeasured ones; CPU time is that run's process
# CPU time (all threads). The Python side is only the yardstick (apt-get install python3-sklearn
# python3-pandas; run with /usr/bin/python3); the tests do not need it.
# Usage: bench/compare.sh [RUNS] [WARMUP] [LOAD_ROWS] [LADDER_ROWS]
# (needs target/ladderbench.jar, or the jar named by LADDERBENCH_JAR, with its lib/ folder beside it)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
warmup=${2:-1}
load_rows=${3:-1000000}
ladder_rows=${4:-100000}
dir=target/bench-data
mkdir -p "$dir"
jar=(java -Xmx4g -jar "${LADDERBENCH_JAR:-target/ladderbench.jar}" bench --dir "$dir" --runs "$runs" --warmup "$warmup")

"${jar[@]}" --rows "$load_rows" --parts load --json "$dir/ladderbench-load.json"
/usr/bin/python3 bench/pandas_load.py "$runs" "$warmup" "$dir/synthetic-${load_rows}x20.csv" > "$dir/pandas-load.json"
"${jar[@]}" --rows "$ladder_rows" --parts ladder,errors --json "$dir/ladderbench-ladder.json"
/usr/bin/python3 bench/sklearn_ladder.py "$dir/synthetic-${ladder_rows}x20.csv" "$runs" "$warmup" \
    > "$dir/sklearn-ladder.json"

/usr/bin/python3 - "$dir" <<'PY'
import json, os, sys
d = sys.argv[1]
load = json.load(open(os.path.join(d, "ladderbench-load.json")))
pandas = json.load(open(os.path.join(d, "pandas-load.json")))
ladder = json.load(open(os.path.join(d, "ladderbench-ladder.json")))
sk = json.load(open(os.path.join(d, "sklearn-ladder.json")))
print(f"\nLadderbench (Java {ladder['java']}) against pandas {pandas['pandas']} and scikit-learn {sk['sklearn']},"
      f" {load['cores']} cores; best of {load['runs']} runs after {load['warmup']} warm-up, CPU s of that run\n")
head = f"{'':34} {'ours s':>8} {'cpu s':>7} {'python s':>9} {'cpu s':>7} {'ratio':>6}  target"
print(head)

def row(what, ours, ours_cpu, theirs, theirs_cpu, target=None):
    ratio = ours / theirs
    verdict = "" if target is None else f"<= {target:.2f}x {'met' if ratio <= target else 'NOT met'}"
    print(f"{what:34} {ours:8.2f} {ours_cpu:7.2f} {theirs:9.2f} {theirs_cpu:7.2f} {ratio:6.2f}  {verdict}")

p = pandas["loads"][0]
l = load["load"]
row(f"load {load['rows']:,} x {load['columns']}", l["best_seconds"], l["cpu_seconds_of_best"],
    p["best_seconds"], p["cpu_seconds_of_best"], 0.5)
print(f"{'':34} {l['mb_per_second']:.0f} MB/s; heap {l['retained_heap_bytes'] / 1e6:.0f} MB = "
      f"{l['heap_ratio']:.2f}x raw doubles (target <= 1.2x); pandas frame {p['frame_bytes'] / 1e6:.0f} MB")

lad = ladder["ladder"]
best_total = sk["total_seconds"].index(sk["best_total_seconds"])
rows_note = (f"sample of {lad['rows_modelled']:,} of {lad['rows_labelled']:,} rows" if lad["sampled"]
             else f"all {lad['rows_labelled']:,} rows")
print(f"\nrungs 0-3 on {ladder['rows']:,} x {ladder['columns']} ({rows_note})")
for rung in ("sanity", "baseline", "linear", "forest"):
    ours = lad["rungs"][rung]
    row(f"  {rung}", ours["best_seconds"], ours["cpu_seconds_of_best"],
        min(sk["rung_seconds"][rung]), sk["rung_cpu_seconds"][rung][sk["rung_seconds"][rung].index(min(sk["rung_seconds"][rung]))])
t = lad["total"]
row("  total", t["best_seconds"], t["cpu_seconds_of_best"], sk["best_total_seconds"],
    sk["total_cpu_seconds_of_best"], 0.33)

e = ladder["errors"]
total = e["analysis"]["best_seconds"]
print(f"\nerror analysis with the threshold sweep, {e['predictions']:,} predictions: {total:.2f} s"
      f" (cpu {e['analysis']['cpu_seconds_of_best']:.2f} s; the sweep alone {e['sweep']['best_seconds']:.3f} s);"
      f" target < 2 s {'met' if total < 2 else 'NOT met'}")
rss = [j.get("peak_rss_bytes") for j in (load, ladder)]
print("peak resident memory: load " + ", ladder ".join("n/a" if r is None else f"{r / 2**20:.0f} MB" for r in rss))
PY
