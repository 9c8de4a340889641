package dev.ladderbench.core.model;

/**
 * The leakage probe's model: median imputer (numeric) or one-hot encoder (categorical), unscaled,
 * then a {@link GiniStump}. A categorical feature's stump cuts one of its one-hot columns.
 */
public final class StumpPipeline implements ClassifierPipeline {

    @Override
    public String name() {
        return "depth-1 tree";
    }

    @Override
    public FittedClassifier fit(ModelData data, int[] trainingPositions) {
        int[] rows = data.datasetRows(trainingPositions);
        Preprocessor preprocessor = Preprocessor.fit(data.features(), rows, false);
        GiniStump stump = GiniStump.fit(preprocessor.transform(rows), data.labels(trainingPositions));
        return positions -> {
            double[][] x = preprocessor.transform(data.datasetRows(positions));
            double[] p = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                p[i] = stump.positiveProbability(x[i]);
            }
            return p;
        };
    }
}
