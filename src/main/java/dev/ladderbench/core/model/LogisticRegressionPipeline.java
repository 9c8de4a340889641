package dev.ladderbench.core.model;

import dev.ladderbench.core.CancellationToken;
import smile.classification.LogisticRegression;
import smile.math.BFGS;
import smile.util.IntSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The rung-2 model: median imputer, standard scaler, one-hot encoder, then L2-regularised logistic
 * regression. With Smile's penalty 0.5 * lambda * |w|^2 (not scaled by n, intercept unpenalised),
 * lambda = 1 is scikit-learn's default C = 1, which reproduces its fold AUCs.
 */
public final class LogisticRegressionPipeline implements ClassifierPipeline {

    static final double LAMBDA = 1.0;
    /**
     * Smile's L-BFGS tests the gradient relative to the loss, so 1e-5 stops visibly short of the optimum
     * (on Pima diabetes it flips training pairs that scikit-learn orders); from 1e-6 on the fit is
     * stable, and 1e-8 leaves a margin at no noticeable cost.
     */
    static final double TOLERANCE = 1e-8;
    static final int MAX_ITERATIONS = 1000;
    /** Smile's L-BFGS memory, as its {@code LogisticRegression.binomial} uses. */
    private static final int MEMORY = 5;

    private final CancellationToken cancel;

    /** @param cancel checked at every evaluation of the loss, a pass over the training rows */
    public LogisticRegressionPipeline(CancellationToken cancel) {
        this.cancel = cancel;
    }

    public LogisticRegressionPipeline() {
        this(CancellationToken.none());
    }

    @Override
    public String name() {
        return "logistic regression";
    }

    @Override
    public Fitted fit(ModelData data, int[] trainingPositions) {
        int[] rows = data.datasetRows(trainingPositions);
        Preprocessor preprocessor = Preprocessor.fit(data.features(), rows, true, cancel);
        double[][] x = preprocessor.transform(rows, cancel);
        int[] y = data.labels(trainingPositions);
        if (x.length == 0 || IntStream.of(y).distinct().count() != 2) {
            throw new IllegalArgumentException("Logistic regression needs rows of both classes to fit");
        }
        // Smile's own binomial fit, minimising a loss of ours that checks the token.
        double[] w = new double[x[0].length + 1];
        double loss = BFGS.minimize(new BinomialLoss(x, y, LAMBDA, cancel), MEMORY, w, TOLERANCE, MAX_ITERATIONS);
        cancel.throwIfCancelled();
        return new Fitted(data, preprocessor, new LogisticRegression.Binomial(w, -loss, LAMBDA, IntSet.of(2)));
    }

    /** A fitted logistic regression, with the coefficients that explain it. */
    public static final class Fitted implements FittedClassifier {

        private final ModelData data;
        private final Preprocessor preprocessor;
        private final LogisticRegression.Binomial model;

        private Fitted(ModelData data, Preprocessor preprocessor, LogisticRegression.Binomial model) {
            this.data = data;
            this.preprocessor = preprocessor;
            this.model = model;
        }

        @Override
        public double[] positiveProbability(int[] positions) {
            double[][] x = preprocessor.transform(data.datasetRows(positions));
            double[] p = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                p[i] = model.score(x[i]);
            }
            return p;
        }

        /**
         * One coefficient per model input, largest magnitude first. Numeric inputs are standardised,
         * so their coefficients compare as effects of one standard deviation.
         */
        public List<FeatureWeight> coefficients() {
            double[] w = model.coefficients();
            List<FeatureWeight> weights = new ArrayList<>();
            for (int j = 0; j < preprocessor.width(); j++) {
                weights.add(new FeatureWeight(preprocessor.outputNames().get(j), w[j]));
            }
            weights.sort(Comparator.comparingDouble((FeatureWeight f) -> Math.abs(f.weight())).reversed());
            return List.copyOf(weights);
        }

        public Preprocessor preprocessor() {
            return preprocessor;
        }

        /** The coefficient of every model input in {@link Preprocessor#outputNames()} order, then the intercept. */
        public double[] weights() {
            return model.coefficients().clone();
        }

        public double intercept() {
            return model.coefficients()[preprocessor.width()];
        }

        /**
         * False when the optimiser produced a non-finite coefficient or likelihood (divergence). Smile
         * does not tell whether L-BFGS stopped at its iteration limit; it only logs a warning then.
         */
        public boolean finite() {
            for (double w : model.coefficients()) {
                if (!Double.isFinite(w)) {
                    return false;
                }
            }
            return Double.isFinite(model.loglikelihood());
        }
    }
}
