package dev.ladderbench.core.ladder;

import java.util.Locale;

/** How rows are assigned to cross-validation folds. */
public enum CvScheme {
    /** Stratified, each class's rows shuffled with the seed first (the default). */
    SHUFFLED,
    /** Stratified without shuffling: scikit-learn's {@code cv=5}, reproduced exactly. */
    ORDERED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
