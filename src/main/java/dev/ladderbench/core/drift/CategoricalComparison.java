package dev.ladderbench.core.drift;

import dev.ladderbench.core.data.CategoricalColumn;
import dev.ladderbench.core.data.LevelCount;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compares one categorical feature between the files: PSI and chi-square over the levels, and unseen levels. */
final class CategoricalComparison {

    private CategoricalComparison() {
    }

    /**
     * Levels in training order, then the production-only ones in production order, then the missing cell
     * when either file has one.
     */
    static CategoricalDrift of(CategoricalColumn training, CategoricalColumn production, DriftThresholds thresholds) {
        Map<String, long[]> levels = new LinkedHashMap<>();
        long[] trainingMissing = {0};
        long[] productionMissing = {0};
        count(training, levels, 0, trainingMissing);
        count(production, levels, 1, productionMissing);
        List<BinCount> bins = new ArrayList<>();
        List<LevelCount> unseen = new ArrayList<>();
        levels.forEach((level, counts) -> {
            bins.add(new BinCount(level, counts[0], counts[1]));
            if (counts[0] == 0 && counts[1] > 0) {
                unseen.add(new LevelCount(level, Math.toIntExact(counts[1])));
            }
        });
        if (trainingMissing[0] > 0 || productionMissing[0] > 0) {
            bins.add(new BinCount(BinLabels.MISSING, trainingMissing[0], productionMissing[0]));
        }
        unseen.sort(Comparator.comparingInt(LevelCount::count).reversed());
        long[] trainingCounts = bins.stream().mapToLong(BinCount::training).toArray();
        long[] productionCounts = bins.stream().mapToLong(BinCount::production).toArray();
        double psi = Psi.of(trainingCounts, productionCounts);
        ChiSquareTest chiSquare = ChiSquareTest.of(trainingCounts, productionCounts);
        return new CategoricalDrift(training.name(), psi, DriftStatus.of(psi, thresholds), chiSquare.statistic(),
                chiSquare.degreesOfFreedom(), chiSquare.pValue(), bins, unseen, (int) trainingMissing[0],
                (int) productionMissing[0]);
    }

    /** Adds the column's rows per level to slot {@code side} of each level's counts. */
    private static void count(CategoricalColumn column, Map<String, long[]> levels, int side, long[] missing) {
        long[] perCode = new long[column.levels().size()];
        for (int r = 0; r < column.size(); r++) {
            if (column.isMissing(r)) {
                missing[0]++;
            } else {
                perCode[column.code(r)]++;
            }
        }
        for (int code = 0; code < perCode.length; code++) {
            if (perCode[code] > 0) {
                levels.computeIfAbsent(column.levels().get(code), level -> new long[2])[side] += perCode[code];
            }
        }
    }
}
