package dev.ladderbench.core.data;

/** The learning task a target column implies. */
public enum Task {
    BINARY("binary classification"),
    MULTICLASS("multiclass classification"),
    REGRESSION("regression");

    private final String label;

    Task(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lower-case word the JSON report uses: binary, multiclass, regression. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
