package dev.ladderbench.core.model;

import java.util.Arrays;

/**
 * The rung-1 baseline, scikit-learn's {@code DummyClassifier(strategy="most_frequent")}: it ignores the
 * features and gives every row probability 1 for the training majority class, so its ROC AUC is 0.5
 * and its average precision is the prevalence. On a tie the negative class wins, as in scikit-learn.
 */
public final class DummyClassifier implements ClassifierPipeline {

    @Override
    public String name() {
        return "most-frequent dummy";
    }

    @Override
    public FittedClassifier fit(ModelData data, int[] trainingPositions) {
        int positives = Arrays.stream(data.labels(trainingPositions)).sum();
        double probability = 2 * positives > trainingPositions.length ? 1 : 0;
        return positions -> {
            double[] p = new double[positions.length];
            Arrays.fill(p, probability);
            return p;
        };
    }
}
