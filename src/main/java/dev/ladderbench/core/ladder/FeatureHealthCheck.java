package dev.ladderbench.core.ladder;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.data.CategoricalColumn;
import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.ColumnProfile;
import dev.ladderbench.core.data.ColumnProfiler;
import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.finding.Severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rung 0's column checks: missing and infinite cells, constant, ID-like and high-cardinality columns,
 * and numeric scales that differ by orders of magnitude.
 *
 * @param columns one entry per feature, in file order
 */
record FeatureHealthCheck(List<ColumnHealth> columns, long missingCells, long infiniteCells, List<Finding> findings) {

    FeatureHealthCheck {
        columns = List.copyOf(columns);
        findings = List.copyOf(findings);
    }

    /** @param cancel checked before each column's health is measured */
    static FeatureHealthCheck of(List<Column> features, Thresholds thresholds, CancellationToken cancel) {
        List<ColumnHealth> health = features.stream().map(column -> {
            cancel.throwIfCancelled();
            return health(column);
        }).toList();
        int rows = features.isEmpty() ? 0 : features.get(0).size();
        List<Finding> findings = new ArrayList<>();
        missingValues(health, rows, thresholds).ifPresent(findings::add);
        infiniteValues(health).ifPresent(findings::add);
        List<ColumnHealth> constant = health.stream().filter(c -> c.distinct() <= 1).toList();
        if (!constant.isEmpty()) {
            findings.add(finding(FindingCode.CONSTANT_FEATURE, Severity.WARN, names(constant)
                    + (constant.size() == 1 ? " has" : " have") + " at most one distinct value.", constant,
                    Map.of("count", constant.size())));
        }
        List<ColumnHealth> idLike = new ArrayList<>();
        List<ColumnHealth> highCardinality = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            Column column = features.get(i);
            ColumnHealth h = health.get(i);
            if (isIdLike(column, h, rows)) {
                idLike.add(h);
            } else if (!h.numeric() && h.distinct() > rows / 2.0) {
                highCardinality.add(h);
            }
        }
        if (!idLike.isEmpty()) {
            findings.add(finding(FindingCode.ID_LIKE_FEATURE, Severity.WARN, names(idLike)
                    + (idLike.size() == 1 ? " holds" : " hold") + " a different value in every row.", idLike,
                    Map.of("count", idLike.size())));
        }
        if (!highCardinality.isEmpty()) {
            findings.add(finding(FindingCode.HIGH_CARDINALITY, Severity.WARN, highCardinality.stream()
                            .map(c -> c.name() + " (" + c.distinct() + " levels)").collect(Collectors.joining(", "))
                            + " for " + rows + " rows.", highCardinality,
                    Map.of("levels", levelsByColumn(highCardinality), "rows", rows)));
        }
        scaleDifferences(health, thresholds).ifPresent(findings::add);
        long missing = health.stream().mapToLong(ColumnHealth::missing).sum();
        long infinite = health.stream().mapToLong(ColumnHealth::infinite).sum();
        return new FeatureHealthCheck(health, missing, infinite, findings);
    }

    private static ColumnHealth health(Column column) {
        ColumnProfile profile = ColumnProfiler.profile(column);
        double mean = Double.NaN;
        double std = Double.NaN;
        if (column instanceof NumericColumn numeric) {
            double[] finite = Arrays.stream(numeric.toArray()).filter(Double::isFinite).toArray();
            if (finite.length > 0) {
                mean = Arrays.stream(finite).sum() / finite.length;
                double squares = 0;
                for (double v : finite) {
                    squares += (v - mean) * (v - mean);
                }
                std = Math.sqrt(squares / finite.length);
            }
        }
        return new ColumnHealth(column.name(), profile.numeric(), profile.missing(), profile.infinite(),
                profile.distinct(), profile.min(), profile.max(), mean, std);
    }

    /**
     * Unique in every row that has a value: integer numbers (row numbers, customer IDs) or text. Real-valued
     * measurements are often unique in small data without being identifiers, so they do not count.
     */
    private static boolean isIdLike(Column column, ColumnHealth h, int rows) {
        int present = rows - h.missing();
        boolean identifierType = column instanceof CategoricalColumn
                || column instanceof NumericColumn n && n.integerValued();
        return identifierType && present > rows / 2 && present > 1 && h.distinct() == present;
    }

    private static Optional<Finding> missingValues(List<ColumnHealth> health, int rows, Thresholds thresholds) {
        List<ColumnHealth> missing = health.stream().filter(c -> c.missing() > 0)
                .sorted(Comparator.comparingInt(ColumnHealth::missing).reversed()).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> shares = new LinkedHashMap<>();
        missing.forEach(c -> shares.put(c.name(), (double) c.missing() / rows));
        boolean severe = missing.stream().anyMatch(c -> (double) c.missing() / rows > thresholds.missingWarnShare());
        String detail = missing.stream()
                .map(c -> String.format(Locale.ROOT, "%s %.1f %%", c.name(), 100.0 * c.missing() / rows))
                .collect(Collectors.joining(", ", "Missing cells per column: ", "."));
        return Optional.of(finding(FindingCode.MISSING_VALUES, severe ? Severity.WARN : Severity.INFO, detail,
                missing, Map.of("share_by_column", Collections.unmodifiableMap(shares),
                        "warn_share", thresholds.missingWarnShare())));
    }

    private static Optional<Finding> infiniteValues(List<ColumnHealth> health) {
        List<ColumnHealth> infinite = health.stream().filter(c -> c.infinite() > 0).toList();
        if (infinite.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        infinite.forEach(c -> counts.put(c.name(), c.infinite()));
        String detail = infinite.stream().map(c -> c.name() + " (" + c.infinite() + ")")
                .collect(Collectors.joining(", ", "Inf or -Inf cells in ", "."));
        return Optional.of(finding(FindingCode.INFINITE_VALUES, Severity.FAIL, detail, infinite,
                Map.of("count_by_column", Collections.unmodifiableMap(counts))));
    }

    /** Largest over smallest std of the numeric features that vary (constant ones are reported apart). */
    private static Optional<Finding> scaleDifferences(List<ColumnHealth> health, Thresholds thresholds) {
        List<ColumnHealth> varying = health.stream().filter(c -> c.numeric() && c.std() > 0).toList();
        if (varying.size() < 2) {
            return Optional.empty();
        }
        ColumnHealth largest = varying.stream().max(Comparator.comparingDouble(ColumnHealth::std)).orElseThrow();
        ColumnHealth smallest = varying.stream().min(Comparator.comparingDouble(ColumnHealth::std)).orElseThrow();
        double ratio = largest.std() / smallest.std();
        if (ratio <= thresholds.scaleRatio()) {
            return Optional.empty();
        }
        String detail = String.format(Locale.ROOT, "The std of %s (%.4g) is %.3g times that of %s (%.4g).",
                largest.name(), largest.std(), ratio, smallest.name(), smallest.std());
        return Optional.of(finding(FindingCode.SCALE_DIFFERENCES, Severity.WARN, detail,
                List.of(largest, smallest), Map.of("ratio", ratio, "largest_std", largest.std(),
                        "smallest_std", smallest.std(), "threshold", thresholds.scaleRatio())));
    }

    private static Map<String, Object> levelsByColumn(List<ColumnHealth> columns) {
        Map<String, Object> levels = new LinkedHashMap<>();
        columns.forEach(c -> levels.put(c.name(), c.distinct()));
        return Collections.unmodifiableMap(levels);
    }

    private static String names(List<ColumnHealth> columns) {
        return columns.stream().map(ColumnHealth::name).collect(Collectors.joining(", "));
    }

    private static Finding finding(FindingCode code, Severity severity, String detail, List<ColumnHealth> columns,
                                   Map<String, Object> evidence) {
        return new Finding(code, severity, RungId.SANITY, detail, columns.stream().map(ColumnHealth::name).toList(),
                evidence);
    }
}
