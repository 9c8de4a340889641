package dev.ladderbench.core.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The predicted probabilities of each confusion cell at one threshold. Errors scored close to the
 * threshold are low-confidence (the model was unsure; more data may help); errors far from it are
 * high-confidence (the model was sure and wrong: a systematic mistake to investigate).
 *
 * @param margin   an error within this distance of the threshold counts as low-confidence
 * @param outcomes one entry per {@link Outcome}, in its order
 */
public record ErrorConfidence(double threshold, double margin, List<OutcomeConfidence> outcomes) {

    public static final int DEFAULT_BINS = 20;
    public static final double DEFAULT_MARGIN = 0.15;

    public ErrorConfidence {
        outcomes = List.copyOf(outcomes);
    }

    public static ErrorConfidence of(ConfusionMatrix matrix, int bins, double margin) {
        Predictions predictions = matrix.predictions();
        List<OutcomeConfidence> outcomes = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            int[] rows = matrix.rows(outcome);
            double[] probabilities = new double[rows.length];
            double sum = 0;
            int near = 0;
            for (int i = 0; i < rows.length; i++) {
                probabilities[i] = predictions.probability(rows[i]);
                sum += probabilities[i];
                if (Math.abs(probabilities[i] - matrix.threshold()) <= margin) {
                    near++;
                }
            }
            double mean = rows.length == 0 ? Double.NaN : sum / rows.length;
            outcomes.add(new OutcomeConfidence(outcome, rows.length, mean, Histogram.of(probabilities, bins), near));
        }
        return new ErrorConfidence(matrix.threshold(), margin, outcomes);
    }

    public OutcomeConfidence of(Outcome outcome) {
        return outcomes.get(outcome.ordinal());
    }

    /** False negatives and false positives within the margin of the threshold. */
    public int lowConfidenceErrors() {
        return of(Outcome.FALSE_NEGATIVE).nearThreshold() + of(Outcome.FALSE_POSITIVE).nearThreshold();
    }

    /** False negatives and false positives beyond the margin. */
    public int highConfidenceErrors() {
        return of(Outcome.FALSE_NEGATIVE).farFromThreshold() + of(Outcome.FALSE_POSITIVE).farFromThreshold();
    }
}
