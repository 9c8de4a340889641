package dev.ladderbench.core.analysis;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Which rows land in which cell at one threshold: the counts, and the rows of each cell (to list them
 * when a person clicks the cell). Building it reads every row; for counts alone at many thresholds use
 * {@link ThresholdSweep}. Immutable.
 */
public final class ConfusionMatrix {

    private final ConfusionCounts counts;
    private final Map<Outcome, int[]> members;
    private final Predictions predictions;

    private ConfusionMatrix(ConfusionCounts counts, Map<Outcome, int[]> members, Predictions predictions) {
        this.counts = counts;
        this.members = members;
        this.predictions = predictions;
    }

    /** With the product's rule, positive when {@code p >= threshold}. */
    public static ConfusionMatrix at(Predictions predictions, double threshold) {
        return of(predictions, threshold, DecisionRule.AT_OR_ABOVE);
    }

    public static ConfusionMatrix of(Predictions predictions, double threshold, DecisionRule rule) {
        // Two passes over plain arrays (classify and count, then fill): the slider rebuilds the cell
        // lists on every step, so this stays allocation-light.
        Outcome[] all = Outcome.values();
        byte[] outcomes = new byte[predictions.size()];
        int[] sizes = new int[all.length];
        for (int i = 0; i < outcomes.length; i++) {
            Outcome outcome = Outcome.of(predictions.truth(i), rule.positive(predictions.probability(i), threshold));
            outcomes[i] = (byte) outcome.ordinal();
            sizes[outcome.ordinal()]++;
        }
        int[][] cells = new int[all.length][];
        for (Outcome outcome : all) {
            cells[outcome.ordinal()] = new int[sizes[outcome.ordinal()]];
        }
        int[] filled = new int[all.length];
        for (int i = 0; i < outcomes.length; i++) {
            cells[outcomes[i]][filled[outcomes[i]]++] = i;
        }
        Map<Outcome, int[]> members = new EnumMap<>(Outcome.class);
        for (Outcome outcome : all) {
            members.put(outcome, cells[outcome.ordinal()]);
        }
        ConfusionCounts counts = new ConfusionCounts(threshold, sizes[Outcome.TRUE_POSITIVE.ordinal()],
                sizes[Outcome.FALSE_POSITIVE.ordinal()], sizes[Outcome.TRUE_NEGATIVE.ordinal()],
                sizes[Outcome.FALSE_NEGATIVE.ordinal()]);
        return new ConfusionMatrix(counts, members, predictions);
    }

    public ConfusionCounts counts() {
        return counts;
    }

    public double threshold() {
        return counts.threshold();
    }

    /** The rows of one cell, as indices into the {@link Predictions}, ascending. */
    public int[] rows(Outcome outcome) {
        return members.get(outcome).clone();
    }

    /** The rows of one cell as dataset rows (for the CSV line and every feature of each). */
    public int[] datasetRows(Outcome outcome) {
        return IntStream.of(members.get(outcome)).map(predictions::datasetRow).toArray();
    }

    public Predictions predictions() {
        return predictions;
    }

    @Override
    public String toString() {
        return "ConfusionMatrix[" + counts + "]";
    }
}
