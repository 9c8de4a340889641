"""Writes the test rows of the reference's holdout split, for HoldoutSplitParityTest.

The reference (../shared/reference, scikit-learn 1.2.1) splits each shared dataset with
train_test_split(X, y, test_size=0.2, stratify=y, random_state=42), y = 1 for the positive label
(one-vs-rest for iris) and 0 otherwise. This prints those test row positions (0-based, in file
order, ascending) to src/test/resources/holdout/<dataset>.txt. Run from the project directory with
Debian's python3 (python3-sklearn 1.2.1, numpy 1.24): /usr/bin/python3 bench/holdout_split_membership.py
"""
import json
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
from sklearn.model_selection import train_test_split

SHARED = Path("..") / "shared"
OUT = Path("src") / "test" / "resources" / "holdout"
NAMES = ["mlbench_sonar", "sklearn_breast_cancer", "sklearn_iris", "weka_breast_cancer", "weka_credit_g",
         "weka_diabetes"]

for name in NAMES:
    reference = json.loads((SHARED / "reference" / f"{name}.json").read_text())
    frame = pd.read_csv(SHARED / "datasets" / f"{name}.csv")
    y = (frame[reference["target"]].astype(str) == str(reference["positive_label"])).astype(int).to_numpy()
    positions = np.arange(len(y))
    _, test = train_test_split(positions, test_size=0.2, stratify=y, random_state=42)
    (OUT / f"{name}.txt").write_text(
        f"# train_test_split(test_size=0.2, stratify=y, random_state=42), scikit-learn {sklearn.__version__},"
        f" numpy {np.__version__}; y = {reference['target']} == {reference['positive_label']}\n"
        + ",".join(str(i) for i in sorted(test)) + "\n")
