package dev.ladderbench.report;

/** One labelled figure of a report ("ROC AUC", "0.781 ± 0.024"), already formatted for reading. */
public record Figure(String label, String value) {
}
