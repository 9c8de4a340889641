"""The yardstick for Ladderbench's load benchmark: pandas.read_csv on the same files.

Prints one JSON object: per file, the wall and CPU time (time.process_time) of each measured run, the
best wall time, and the memory of the DataFrame. Usage: pandas_load.py RUNS WARMUP FILE...
Run with Debian's python3 (apt-get install python3-pandas); not needed by the tests.
"""
import json
import sys
import time

import pandas as pd


def measure(path, runs, warmup):
    for _ in range(warmup):
        pd.read_csv(path)
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        frame = pd.read_csv(path)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    best = times.index(min(times))
    return {"file": path, "seconds": times, "cpu_seconds": cpu, "best_seconds": times[best],
            "cpu_seconds_of_best": cpu[best], "frame_bytes": int(frame.memory_usage(deep=True).sum()),
            "rows": len(frame)}


if __name__ == "__main__":
    runs, warmup = int(sys.argv[1]), int(sys.argv[2])
    print(json.dumps({"pandas": pd.__version__, "loads": [measure(p, runs, warmup) for p in sys.argv[3:]]},
                     indent=1))
