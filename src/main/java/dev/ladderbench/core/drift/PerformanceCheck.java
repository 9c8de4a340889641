package dev.ladderbench.core.drift;

import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.eval.RocAuc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** Scores the labelled production rows: the AUC of all of them, then of consecutive windows of them. */
final class PerformanceCheck {

    private PerformanceCheck() {
    }

    /**
     * @param scores one per production row
     * @return empty when production has no label column or no labelled row
     */
    static Optional<ProductionPerformance> of(Dataset production, DriftTarget target, ModelScores scores,
                                              Optional<String> timeColumn, OptionalInt windowRows) {
        Optional<Column> labels = production.column(target.column());
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        Column label = labels.get();
        Integer[] labelled = IntStream.range(0, production.rowCount()).filter(r -> !label.isMissing(r)).boxed()
                .toArray(Integer[]::new);
        if (labelled.length == 0) {
            return Optional.empty();
        }
        Optional<Column> time = timeColumn.flatMap(production::column);
        // A stable sort: rows with equal times, and rows without a time (last), keep the file order.
        time.ifPresent(column -> Arrays.sort(labelled, timeOrder(column)));
        double[] productionScores = scores.production();
        int[] y = new int[labelled.length];
        double[] score = new double[labelled.length];
        for (int i = 0; i < labelled.length; i++) {
            y[i] = label.text(labelled[i]).equals(target.positiveLabel()) ? 1 : 0;
            score[i] = productionScores[labelled[i]];
        }
        int window = windowRows.orElse(Math.max(DriftAnalysis.MIN_WINDOW, (labelled.length + 9) / 10));
        List<AucWindow> windows = new ArrayList<>();
        for (int start = 0; start < labelled.length; ) {
            int end = Math.min(labelled.length, start + window);
            if (labelled.length - end < window / 2) {
                end = labelled.length;
            }
            int[] windowY = Arrays.copyOfRange(y, start, end);
            double[] windowScore = Arrays.copyOfRange(score, start, end);
            windows.add(new AucWindow(windows.size(), where(production, time, labelled[start]),
                    where(production, time, labelled[end - 1]), end - start, IntStream.of(windowY).sum(),
                    auc(windowY, windowScore)));
            start = end;
        }
        return Optional.of(new ProductionPerformance(scores.model(), scores.trainingCvAuc(), auc(y, score),
                labelled.length, IntStream.of(y).sum(), time.map(Column::name), window, windows, scores.rows()));
    }

    private static Comparator<Integer> timeOrder(Column time) {
        Comparator<Integer> present = time instanceof NumericColumn numeric
                ? Comparator.comparingDouble(numeric::value)
                : Comparator.comparing(time::text);
        return Comparator.<Integer, Boolean>comparing(time::isMissing).thenComparing(present);
    }

    private static String where(Dataset production, Optional<Column> time, int row) {
        return time.map(column -> column.text(row)).orElse("line " + production.lineNumber(row));
    }

    /** NaN unless both classes are present. */
    private static double auc(int[] y, double[] score) {
        int positives = IntStream.of(y).sum();
        return positives == 0 || positives == y.length ? Double.NaN : RocAuc.of(y, score);
    }
}
