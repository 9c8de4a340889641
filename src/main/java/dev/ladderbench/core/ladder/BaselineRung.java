package dev.ladderbench.core.ladder;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.model.DummyClassifier;

import java.util.List;

/** Rung 1: the most-frequent dummy, the floor every model must clear (ROC AUC 0.5, PR-AUC = prevalence). */
final class BaselineRung {

    /** A constant score ranks no row above another, so the dummy's ROC AUC is exactly this. */
    static final double DUMMY_ROC_AUC = 0.5;

    private BaselineRung() {
    }

    static RungResult climb(Problem problem, RungProgress progress, CancellationToken cancel) {
        long start = System.nanoTime();
        ModelRun run = ModelRun.of(new DummyClassifier(), problem, progress, cancel);
        ModelFigures figures = run.figures("most-frequent dummy classifier", DUMMY_ROC_AUC, List.of());
        return RungResults.model(RungId.BASELINE, (System.nanoTime() - start) / 1e9, List.of(), figures);
    }
}
