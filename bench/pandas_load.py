"""The yardstick for Ladderbench's load benchmark: pandas.read_csv on the same files.

Prints one JSON object: per file, the best of N wall times and the memory of the DataFrame.
Run with Debian's python3 (apt-get install python3-pandas); not needed by the tests.
"""
import json
import sys
import time

import pandas as pd


def measure(path, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        frame = pd.read_csv(path)
        times.append(time.perf_counter() - start)
    return {"file": path, "seconds": times, "best_seconds": min(times),
            "frame_bytes": int(frame.memory_usage(deep=True).sum()), "rows": len(frame)}


if __name__ == "__main__":
    runs = int(sys.argv[1])
    print(json.dumps({"pandas": pd.__version__, "loads": [measure(p, runs) for p in sys.argv[2:]]}, indent=1))
