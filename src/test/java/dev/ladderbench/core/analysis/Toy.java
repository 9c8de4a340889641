package dev.ladderbench.core.analysis;

import dev.ladderbench.core.data.CategoricalColumn;
import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.NumericColumn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Small hand-checkable predictions and datasets. */
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

    static NumericColumn numbers(String name, double... values) {
        return new NumericColumn(name, values);
    }

    /** Text cells; null is a missing cell. */
    static CategoricalColumn texts(String name, String... cells) {
        Map<String, Integer> codes = new LinkedHashMap<>();
        int[] rows = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            rows[i] = cells[i] == null ? CategoricalColumn.MISSING : codes.computeIfAbsent(cells[i], k -> codes.size());
        }
        return new CategoricalColumn(name, rows, new ArrayList<>(codes.keySet()));
    }

    static Dataset dataset(Column... columns) {
        return new Dataset(Path.of("toy.csv"), List.of(columns), null);
    }
}
