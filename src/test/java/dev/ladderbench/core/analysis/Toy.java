package dev.ladderbench.core.analysis;

import java.util.Arrays;
import java.util.stream.IntStream;

/** Small hand-checkable predictions. */
final class Toy {

    /**
     * Eight rows, four positives, a tie across the classes at 0.8. Scores highest first:
     * 0.9(+) 0.8(+) 0.8(-) 0.6(+) 0.5(-) 0.4(-) 0.3(+) 0.1(-).
     */
    static final int[] Y = {1, 1, 0, 1, 0, 0, 1, 0};
    static final double[] SCORES = {0.9, 0.8, 0.8, 0.6, 0.5, 0.4, 0.3, 0.1};

    private Toy() {
    }

    static Predictions eightRows() {
        return predictions(Y, SCORES);
    }

    /** Dataset rows equal to the row indices. */
    static Predictions predictions(int[] y, double[] scores) {
        return Predictions.of(y, scores, IntStream.range(0, y.length).toArray());
    }

    static int[] ints(String spaced) {
        return Arrays.stream(spaced.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
    }

    static double[] doubles(String spaced) {
        return Arrays.stream(spaced.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }
}
