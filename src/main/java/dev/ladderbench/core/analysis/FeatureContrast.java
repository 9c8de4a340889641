package dev.ladderbench.core.analysis;

/**
 * One feature (or one level of a categorical feature) compared between the correctly predicted rows of
 * a class and the errors on it, e.g. caught positives against missed ones. Numeric features compare raw
 * values with missing cells skipped; a categorical level compares the share of rows holding it (its
 * 0/1 indicator), missing cells forming a level of their own.
 *
 * @param level          the level for a categorical feature, empty for a numeric one
 * @param referenceCount rows of the correct cell with a value
 * @param referenceStd   sample standard deviation (ddof = 1, as pandas) of the correct cell
 * @param difference     error mean minus reference mean
 * @param effectSize     |difference| in reference standard deviations; NaN when fewer than two reference
 *                       values or no error value make it undefined, infinite when the reference does not
 *                       vary but the errors differ from it
 * @param flagged        effect size above {@link FeatureComparison#FLAG_EFFECT}
 */
public record FeatureContrast(String feature, String level, int referenceCount, double referenceMean,
                              double referenceStd, int errorCount, double errorMean, double difference,
                              double effectSize, boolean flagged) {

    public boolean isLevel() {
        return !level.isEmpty();
    }

    /** {@code feature} or {@code feature=level}, as a chart labels its bar. */
    public String label() {
        return isLevel() ? feature + "=" + level : feature;
    }
}
