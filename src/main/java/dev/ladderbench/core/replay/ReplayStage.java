package dev.ladderbench.core.replay;

/** The stages a row passes through, in order; a failing row names the stage where it broke. */
public enum ReplayStage {
    RAW("raw input"),
    IMPUTED("imputer"),
    ENCODED("encoder"),
    SCALED("scaler"),
    SCORED("model");

    private final String label;

    ReplayStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
