package dev.ladderbench.core.replay;

/**
 * A logistic regression: one weight per input and an intercept. Scores exactly as Smile's
 * {@code LogisticRegression.Binomial} does (intercept first, then the inputs in order), so a saved
 * model gives the bit-identical probabilities of the one fitted in memory.
 */
public final class LinearModel implements PipelineModel {

    private final double[] weights;
    private final double intercept;

    public LinearModel(double[] weights, double intercept) {
        this.weights = weights.clone();
        this.intercept = intercept;
    }

    @Override
    public ModelKind kind() {
        return ModelKind.LINEAR;
    }

    @Override
    public int inputs() {
        return weights.length;
    }

    public double weight(int input) {
        return weights[input];
    }

    public double[] weights() {
        return weights.clone();
    }

    public double intercept() {
        return intercept;
    }

    @Override
    public double score(double[] x) {
        double dot = intercept;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * weights[i];
        }
        return 1.0 / (1.0 + Math.exp(-dot));
    }
}
