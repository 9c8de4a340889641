package dev.ladderbench.core.analysis;

import dev.ladderbench.core.data.CategoricalColumn;
import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.model.FeatureSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What differs, feature by feature, between the rows a model gets right and the errors it makes on the
 * same class: caught positives against missed ones ({@link #missedPositives}), or true negatives
 * against false alarms ({@link #falseAlarms}). A large difference says which kind of row the model
 * does not handle. Contrasts are sorted by effect size, largest first, undefined ones last.
 *
 * @param reference the correct cell compared against (true positives or true negatives)
 * @param errors    the error cell (false negatives or false positives)
 */
public record FeatureComparison(Outcome reference, Outcome errors, List<FeatureContrast> contrasts) {

    /** The article's rule: flag a difference larger than half the reference's standard deviation. */
    public static final double FLAG_EFFECT = 0.5;
    static final String MISSING_LEVEL = "(missing)";

    private static final Comparator<FeatureContrast> LARGEST_EFFECT_FIRST = Comparator
            .comparing((FeatureContrast c) -> Double.isNaN(c.effectSize()))
            .thenComparing(FeatureContrast::effectSize, Comparator.reverseOrder());

    public FeatureComparison {
        contrasts = List.copyOf(contrasts);
    }

    public static FeatureComparison missedPositives(FeatureSpec features, ConfusionMatrix matrix) {
        return of(features, matrix, Outcome.TRUE_POSITIVE, Outcome.FALSE_NEGATIVE);
    }

    public static FeatureComparison falseAlarms(FeatureSpec features, ConfusionMatrix matrix) {
        return of(features, matrix, Outcome.TRUE_NEGATIVE, Outcome.FALSE_POSITIVE);
    }

    private static FeatureComparison of(FeatureSpec features, ConfusionMatrix matrix, Outcome reference,
                                        Outcome errors) {
        int[] referenceRows = matrix.datasetRows(reference);
        int[] errorRows = matrix.datasetRows(errors);
        List<FeatureContrast> contrasts = new ArrayList<>();
        for (NumericColumn column : features.numeric()) {
            contrasts.add(contrast(column.name(), "", values(column, referenceRows), values(column, errorRows)));
        }
        for (CategoricalColumn column : features.categorical()) {
            for (int code = CategoricalColumn.MISSING; code < column.levels().size(); code++) {
                double[] referenceShare = indicator(column, code, referenceRows);
                double[] errorShare = indicator(column, code, errorRows);
                if (code == CategoricalColumn.MISSING && sum(referenceShare) + sum(errorShare) == 0) {
                    continue; // no missing cells among the compared rows: no level to show
                }
                String level = code == CategoricalColumn.MISSING ? MISSING_LEVEL : column.levels().get(code);
                contrasts.add(contrast(column.name(), level, referenceShare, errorShare));
            }
        }
        contrasts.sort(LARGEST_EFFECT_FIRST);
        return new FeatureComparison(reference, errors, contrasts);
    }

    /** The names of the features with a flagged contrast, largest effect first, each once. */
    public List<String> flaggedFeatures() {
        return contrasts.stream().filter(FeatureContrast::flagged).map(FeatureContrast::feature).distinct().toList();
    }

    private static FeatureContrast contrast(String feature, String level, double[] reference, double[] errors) {
        double referenceMean = mean(reference);
        double referenceStd = sampleStd(reference, referenceMean);
        double errorMean = mean(errors);
        double difference = errorMean - referenceMean;
        double effect;
        if (reference.length < 2 || errors.length == 0) {
            effect = Double.NaN;
        } else if (referenceStd == 0) {
            effect = difference == 0 ? 0 : Double.POSITIVE_INFINITY;
        } else {
            effect = Math.abs(difference) / referenceStd;
        }
        return new FeatureContrast(feature, level, reference.length, referenceMean, referenceStd, errors.length,
                errorMean, difference, effect, effect > FLAG_EFFECT);
    }

    private static double[] values(NumericColumn column, int[] rows) {
        double[] values = new double[rows.length];
        int count = 0;
        for (int row : rows) {
            if (!column.isMissing(row)) {
                values[count++] = column.value(row);
            }
        }
        return Arrays.copyOf(values, count);
    }

    private static double[] indicator(CategoricalColumn column, int code, int[] rows) {
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = column.code(rows[i]) == code ? 1 : 0;
        }
        return values;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    private static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : sum(values) / values.length;
    }

    private static double sampleStd(double[] values, double mean) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
