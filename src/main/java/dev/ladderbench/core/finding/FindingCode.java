package dev.ladderbench.core.finding;

import java.util.Arrays;
import java.util.Optional;

import static dev.ladderbench.core.finding.Layer.DATA;
import static dev.ladderbench.core.finding.Layer.EVALUATION;
import static dev.ladderbench.core.finding.Layer.MODEL;
import static dev.ladderbench.core.finding.Layer.PIPELINE;
import static dev.ladderbench.core.finding.Layer.PRODUCTION;
import static dev.ladderbench.core.finding.Severity.FAIL;
import static dev.ladderbench.core.finding.Severity.INFO;
import static dev.ladderbench.core.finding.Severity.WARN;

/**
 * The finding codes: a stable public contract. A code never changes meaning once released; the report,
 * the CLI, the UI and the docs all use {@link #id()}.
 */
public enum FindingCode {
    MISSING_LABELS("missing-labels", DATA, FAIL, "Rows without a label",
            "Rows whose target is empty cannot be learned from or scored; often they mean features and labels"
                    + " were joined badly and no longer line up.",
            "Find out why the labels are missing; fix the join, or drop the unlabelled rows explicitly."),
    MISSING_VALUES("missing-values", DATA, WARN, "Missing values in features",
            "Models need a value in every cell; how gaps are filled changes what the model learns, and a column"
                    + " that is mostly missing carries little signal.",
            "Impute inside each training fold (the ladder uses the median), add a missing-indicator, or drop"
                    + " columns that are mostly empty."),
    INFINITE_VALUES("infinite-values", DATA, FAIL, "Infinite values in features",
            "Inf and -Inf break scaling and optimisers and usually come from a division by zero upstream.",
            "Fix the computation that produced them, or replace them with missing values before modelling."),
    CONSTANT_FEATURE("constant-feature", DATA, WARN, "Constant feature",
            "A column with a single value cannot separate the classes; it only adds noise and cost.",
            "Drop the column, or check why it never varies (a filter applied upstream?)."),
    ID_LIKE_FEATURE("id-like-feature", DATA, WARN, "ID-like feature",
            "A value unique per row lets a model memorise rows instead of learning patterns, and an ID that"
                    + " follows time or source can leak the label.",
            "Exclude the column from the features."),
    HIGH_CARDINALITY("high-cardinality", DATA, WARN, "High-cardinality categorical feature",
            "A category with almost as many levels as rows explodes one-hot encoding and overfits.",
            "Group rare levels, use a target or frequency encoding inside the folds, or drop the column."),
    DUPLICATE_ROWS("duplicate-rows", DATA, WARN, "Duplicate rows",
            "Identical rows can land in both the training and the validation fold, inflating cross-validated"
                    + " scores.",
            "Remove duplicates, or group them so that copies stay in the same fold."),
    CONFLICTING_LABELS("conflicting-labels", DATA, WARN, "Identical features, different labels",
            "Rows that look the same to the model but carry different labels cap the achievable accuracy and"
                    + " often point at label noise or a missing feature.",
            "Check how these rows were labelled; add the feature that tells them apart, or fix the labels."),
    TARGET_LEAKAGE("target-leakage", DATA, FAIL, "A single feature predicts the label almost perfectly",
            "A feature that alone separates the classes is usually computed from the outcome or recorded after"
                    + " it; the model will look excellent and fail in production.",
            "Find out when and how the feature is recorded; exclude it if it is not available at prediction time."),
    CLASS_IMBALANCE("class-imbalance", DATA, WARN, "Severe class imbalance",
            "With few positives, accuracy and the 0.5 threshold hide a model that never predicts the minority"
                    + " class.",
            "Judge models by PR-AUC, tune the threshold on validation predictions, or weight the classes."),
    NO_SIGNAL("no-signal", DATA, FAIL, "Barely above the dummy: check for data or label problems",
            "A simple model that cannot beat predicting the majority class means the features carry no usable"
                    + " signal about this target: labels misaligned, the wrong target, or a broken join.",
            "Check that labels line up with their rows and that the target is the right column before trying"
                    + " bigger models."),
    SCALE_DIFFERENCES("scale-differences", PIPELINE, WARN, "Feature scales differ by orders of magnitude",
            "Scale-sensitive models (regularised linear models, distances) weight large-scale features"
                    + " unevenly; often one column is in other units.",
            "Standardise inside the folds (the ladder's linear rung does) and check the units of the largest"
                    + " column."),
    REGRESSION_TARGET("regression-target", MODEL, FAIL, "The target is continuous: this is a regression task",
            "Treating many numeric values as classes makes a classifier with one class per value: the figures"
                    + " mean nothing.",
            "Choose a categorical target, or bin this one into meaningful classes (e.g. above a clinical"
                    + " threshold); a regression ladder is not part of Ladderbench yet."),
    MAJORITY_CLASS_ONLY("majority-class-only", MODEL, FAIL, "The model predicts one class for every row",
            "At the 0.5 threshold every row gets the majority class, so the model is useless as a classifier"
                    + " even if its AUC looks fine.",
            "Tune the threshold on validation predictions, weight the classes, or relax the regularisation."),
    NOT_CONVERGED("not-converged", MODEL, WARN, "The optimiser did not converge",
            "Coefficients from an optimiser that stopped early or produced NaN are not the model's optimum.",
            "Scale the features, raise the iteration limit, or add regularisation."),
    FOREST_WORSE_THAN_LINEAR("forest-worse-than-linear", MODEL, WARN,
            "The forest is worse than the linear model: check for large differences in feature scale",
            "A flexible model losing to a linear one usually means too little data, noisy features or a"
                    + " problem in how the data was prepared, not a lack of capacity.",
            "Check the data rungs again (scale, leakage, duplicates) and compare on more folds before adding"
                    + " capacity."),
    OVERFITTING("overfitting", MODEL, WARN, "Training AUC far above validation AUC",
            "A model that scores much better on the rows it was trained on has memorised them; its validation"
                    + " figure is the honest one.",
            "Regularise (shallower trees, fewer features), get more data, or remove ID-like columns."),
    UNSTABLE_FOLDS("unstable-folds", EVALUATION, WARN, "Fold scores vary a lot",
            "When one fold differs much from the others, the mean hides that the score depends on which rows"
                    + " were held out: the data is small, ordered or mixed.",
            "Shuffle before splitting, use more folds or repeated CV, and look at what the outlying fold holds."),
    USE_PR_AUC("use-pr-auc", EVALUATION, INFO, "Report PR-AUC, not accuracy",
            "With a rare positive class, accuracy rewards predicting the majority; PR-AUC shows how well"
                    + " positives are found.",
            "Compare models by PR-AUC (average precision) against the prevalence."),
    THRESHOLD_UNTUNED("threshold-untuned", EVALUATION, WARN, "The threshold in force is far from the best one",
            "A threshold left at the default 0.5, or chosen without looking, ignores the class balance and the"
                    + " costs of errors.",
            "Choose the threshold on validation predictions (max F1, Youden's J or a cost ratio), never on the"
                    + " test set."),
    FEATURE_DRIFT("feature-drift", PRODUCTION, WARN, "A feature's distribution drifted",
            "A model scores production data as if it came from the training distribution.",
            "Investigate the source of the change; retrain when the drift is real and lasting."),
    PREDICTION_DRIFT("prediction-drift", PRODUCTION, WARN, "Predicted probabilities drifted",
            "A shift in predictions is often the first visible sign of changed inputs.",
            "Compare feature drift to find the cause; monitor the prediction distribution continuously."),
    UNSEEN_CATEGORY("unseen-category", PRODUCTION, WARN, "Categories never seen in training",
            "Unknown levels are encoded as all zeros: the model silently ignores them.",
            "Map the new levels to known ones or retrain with them."),
    SCHEMA_MISMATCH("schema-mismatch", PRODUCTION, FAIL, "The production schema differs from training",
            "Missing, extra or retyped columns break the pipeline or feed it the wrong values.",
            "Validate the schema at the prediction endpoint and fix the upstream change."),
    OUT_OF_RANGE("out-of-range", PRODUCTION, WARN, "Values outside the training range",
            "Models extrapolate poorly beyond what they saw.",
            "Check for unit changes or errors; flag such inputs as out of distribution."),
    PERFORMANCE_DROP("performance-drop", PRODUCTION, FAIL, "AUC dropped on labelled production data",
            "The model no longer separates the classes as it did in validation.",
            "Retrain on recent data; find which features drifted."),
    VERSION_MISMATCH("version-mismatch", PIPELINE, WARN, "The pipeline file was written by another version",
            "Preprocessing or model code may differ between the versions.",
            "Re-save the pipeline with this version, or run the version that wrote it.");

    private final String id;
    private final Layer layer;
    private final Severity defaultSeverity;
    private final String title;
    private final String why;
    private final String fix;

    FindingCode(String id, Layer layer, Severity defaultSeverity, String title, String why, String fix) {
        this.id = id;
        this.layer = layer;
        this.defaultSeverity = defaultSeverity;
        this.title = title;
        this.why = why;
        this.fix = fix;
    }

    /** The kebab-case code, e.g. {@code target-leakage}. */
    public String id() {
        return id;
    }

    public Layer layer() {
        return layer;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** One line saying what was found. */
    public String title() {
        return title;
    }

    /** Why it matters. */
    public String why() {
        return why;
    }

    /** How to fix it. */
    public String fix() {
        return fix;
    }

    public static Optional<FindingCode> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
