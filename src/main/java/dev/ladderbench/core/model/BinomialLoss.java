package dev.ladderbench.core.model;

import dev.ladderbench.core.CancellationToken;
import smile.math.DifferentiableMultivariateFunction;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The L2-penalised logistic loss that logistic regression minimises: sum over rows of
 * {@code log(1 + e^(w.x + b)) - y (w.x + b)} plus {@code 0.5 * lambda * |w|^2}, the intercept b (the last
 * weight) unpenalised, as Smile's {@code LogisticRegression.binomial} defines it. It is ours so that the
 * optimiser's every evaluation checks the token: one fit on a hundred thousand rows takes longer than a
 * person waits for Cancel. Rows are summed in blocks, in parallel, and the blocks added in order, so the
 * result does not depend on the threads.
 */
final class BinomialLoss implements DifferentiableMultivariateFunction {

    private static final int BLOCK = 1000;

    private final double[][] x;
    private final int[] y;
    private final double lambda;
    private final CancellationToken cancel;
    private final int inputs;
    private final int blocks;

    /** @param y 0 or 1 per row of {@code x} */
    BinomialLoss(double[][] x, int[] y, double lambda, CancellationToken cancel) {
        this.x = x;
        this.y = y;
        this.lambda = lambda;
        this.cancel = cancel;
        this.inputs = x[0].length;
        this.blocks = (x.length + BLOCK - 1) / BLOCK;
    }

    @Override
    public double f(double[] w) {
        double[] loss = IntStream.range(0, blocks).parallel().mapToDouble(block -> {
            cancel.throwIfCancelled();
            double sum = 0;
            for (int i = block * BLOCK, end = Math.min(x.length, i + BLOCK); i < end; i++) {
                double z = linear(x[i], w);
                sum += softplus(z) - y[i] * z;
            }
            return sum;
        }).toArray();
        return ordered(loss) + penalty(w);
    }

    @Override
    public double g(double[] w, double[] gradient) {
        double[][] parts = new double[blocks][];
        double[] loss = IntStream.range(0, blocks).parallel().mapToDouble(block -> {
            cancel.throwIfCancelled();
            double[] part = new double[inputs + 1];
            double sum = 0;
            for (int i = block * BLOCK, end = Math.min(x.length, i + BLOCK); i < end; i++) {
                double[] row = x[i];
                double z = linear(row, w);
                double residual = y[i] - 1 / (1 + Math.exp(-z));
                for (int j = 0; j < inputs; j++) {
                    part[j] -= residual * row[j];
                }
                part[inputs] -= residual;
                sum += softplus(z) - y[i] * z;
            }
            parts[block] = part;
            return sum;
        }).toArray();
        Arrays.fill(gradient, 0);
        for (double[] part : parts) {
            for (int j = 0; j <= inputs; j++) {
                gradient[j] += part[j];
            }
        }
        for (int j = 0; j < inputs; j++) {
            gradient[j] += lambda * w[j];
        }
        return ordered(loss) + penalty(w);
    }

    private double linear(double[] row, double[] w) {
        double z = 0;
        for (int j = 0; j < inputs; j++) {
            z += w[j] * row[j];
        }
        return z + w[inputs];
    }

    /** log(1 + e^z) without overflow for large z. */
    private static double softplus(double z) {
        return z > 15 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }

    private static double ordered(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    private double penalty(double[] w) {
        double squares = 0;
        for (int j = 0; j < inputs; j++) {
            squares += w[j] * w[j];
        }
        return 0.5 * lambda * squares;
    }
}
