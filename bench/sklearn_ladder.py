"""The yardstick for Ladderbench's ladder benchmark: rungs 0 to 3 with scikit-learn on the same file.

Same configuration as `bench --parts ladder`: StratifiedKFold(5, shuffle=True, random_state=42); rung 0 checks
(NaN/Inf counts, class counts, duplicate rows) and the leakage probe (imputer -> depth-1 tree per
feature, 5-fold ROC AUC); rung 1 most-frequent dummy; rung 2 median imputer -> standard scaler ->
LogisticRegression(max_iter=1000); rung 3 median imputer -> RandomForestClassifier(100, max_depth=5,
random_state=42, n_jobs). Each model rung also scores its training folds, as Ladderbench does.
Prints one JSON object with each rung's wall and CPU time (time.process_time: all threads of this
process, the forest's n_jobs threads included) per measured run. Run with Debian's python3 (python3-sklearn, python3-pandas); not needed by the tests.
"""
import json
import sys
import time

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier


def cv(model, x, y, folds):
    return cross_validate(model, x, y, cv=folds, scoring=["roc_auc", "average_precision"],
                          return_train_score=True, return_estimator=False)


def climb(path, target, n_jobs):
    frame = pd.read_csv(path)
    x = frame.drop(columns=[target])
    y = frame[target].to_numpy()
    folds = StratifiedKFold(5, shuffle=True, random_state=42)
    seconds = {}
    cpu = {}

    start, start_cpu = time.perf_counter(), time.process_time()
    _ = (x.isna().sum(), np.isinf(x.to_numpy()).sum(), frame[target].value_counts(), frame.duplicated().sum(),
         x.duplicated().sum())
    for column in x.columns:
        cv(make_pipeline(SimpleImputer(strategy="median"), DecisionTreeClassifier(max_depth=1)),
           x[[column]], y, folds)
    seconds["sanity"], cpu["sanity"] = time.perf_counter() - start, time.process_time() - start_cpu

    start, start_cpu = time.perf_counter(), time.process_time()
    cv(DummyClassifier(strategy="most_frequent"), x, y, folds)
    seconds["baseline"], cpu["baseline"] = time.perf_counter() - start, time.process_time() - start_cpu

    start, start_cpu = time.perf_counter(), time.process_time()
    cv(make_pipeline(SimpleImputer(strategy="median"), StandardScaler(), LogisticRegression(max_iter=1000)),
       x, y, folds)
    seconds["linear"], cpu["linear"] = time.perf_counter() - start, time.process_time() - start_cpu

    start, start_cpu = time.perf_counter(), time.process_time()
    cv(make_pipeline(SimpleImputer(strategy="median"),
                     RandomForestClassifier(n_estimators=100, max_depth=5, random_state=42, n_jobs=n_jobs)),
       x, y, folds)
    seconds["forest"], cpu["forest"] = time.perf_counter() - start, time.process_time() - start_cpu
    return seconds, cpu


if __name__ == "__main__":
    path, runs = sys.argv[1], int(sys.argv[2])
    warmup = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    n_jobs = None if len(sys.argv) > 4 and sys.argv[4] == "none" else -1
    for _ in range(warmup):
        climb(path, "target", n_jobs)
    results = [climb(path, "target", n_jobs) for _ in range(runs)]
    totals = [sum(wall.values()) for wall, _ in results]
    best = totals.index(min(totals))
    import sklearn
    print(json.dumps({"sklearn": sklearn.__version__, "file": path, "n_jobs": n_jobs, "warmup": warmup,
                      "total_seconds": totals, "best_total_seconds": min(totals),
                      "total_cpu_seconds_of_best": sum(results[best][1].values()),
                      "rung_seconds": {rung: [wall[rung] for wall, _ in results] for rung in results[0][0]},
                      "rung_cpu_seconds": {rung: [cpu[rung] for _, cpu in results] for rung in results[0][1]},
                      "rung_seconds_of_best": results[best][0], "rung_cpu_seconds_of_best": results[best][1]},
                     indent=1))
