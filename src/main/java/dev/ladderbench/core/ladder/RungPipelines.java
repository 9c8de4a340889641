package dev.ladderbench.core.ladder;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.Workers;
import dev.ladderbench.core.model.ClassifierPipeline;
import dev.ladderbench.core.model.LogisticRegressionPipeline;
import dev.ladderbench.core.model.RandomForestPipeline;

/**
 * The pipeline each model rung fits: one definition, so that whatever refits a rung's model (the error
 * step's holdout, later the saved pipeline) fits exactly what the rung cross-validated.
 */
public final class RungPipelines {

    private RungPipelines() {
    }

    /**
     * @throws IllegalArgumentException for a rung without a fitted model of its own (sanity, baseline)
     */
    public static ClassifierPipeline of(RungId rung, LadderSettings settings, CancellationToken cancel) {
        return switch (rung) {
            case LINEAR -> new LogisticRegressionPipeline(cancel);
            case FOREST -> new RandomForestPipeline(settings.seed(), Workers.current(), cancel);
            default -> throw new IllegalArgumentException(rung.label() + " fits no model of its own");
        };
    }
}
