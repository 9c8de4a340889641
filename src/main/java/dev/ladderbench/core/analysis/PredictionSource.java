package dev.ladderbench.core.analysis;

/** Which predictions an error analysis looks at. */
public enum PredictionSource {
    /**
     * Every labelled row, scored by the cross-validation model of the fold that left it out: the same
     * predictions the rung's AUC came from, and all rows, so rare errors still show (the default).
     */
    OUT_OF_FOLD("out_of_fold", "out-of-fold"),
    /**
     * A stratified split held out with the seed ({@link ErrorStep#HOLDOUT_SHARE} of the rows, the very rows
     * scikit-learn's {@code train_test_split} holds out with that {@code random_state}), scored by
     * the rung's pipeline fitted on the rest: the article's setting, one model and fewer rows.
     */
    HOLDOUT("holdout", "holdout");

    private final String id;
    private final String label;

    PredictionSource(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The word the JSON report uses. */
    public String id() {
        return id;
    }

    /** As a person reads it: "out-of-fold predictions". */
    public String label() {
        return label;
    }
}
