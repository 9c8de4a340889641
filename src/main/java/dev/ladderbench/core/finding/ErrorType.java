package dev.ladderbench.core.finding;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.ladderbench.core.finding.FindingCode.CLASS_IMBALANCE;
import static dev.ladderbench.core.finding.FindingCode.FEATURE_DRIFT;
import static dev.ladderbench.core.finding.FindingCode.MAJORITY_CLASS_ONLY;
import static dev.ladderbench.core.finding.FindingCode.MISSING_LABELS;
import static dev.ladderbench.core.finding.FindingCode.MISSING_VALUES;
import static dev.ladderbench.core.finding.FindingCode.NOT_CONVERGED;
import static dev.ladderbench.core.finding.FindingCode.NO_SIGNAL;
import static dev.ladderbench.core.finding.FindingCode.OUT_OF_RANGE;
import static dev.ladderbench.core.finding.FindingCode.OVERFITTING;
import static dev.ladderbench.core.finding.FindingCode.PERFORMANCE_DROP;
import static dev.ladderbench.core.finding.FindingCode.PREDICTION_DRIFT;
import static dev.ladderbench.core.finding.FindingCode.REGRESSION_TARGET;
import static dev.ladderbench.core.finding.FindingCode.SCHEMA_MISMATCH;
import static dev.ladderbench.core.finding.FindingCode.TARGET_LEAKAGE;
import static dev.ladderbench.core.finding.FindingCode.THRESHOLD_UNTUNED;
import static dev.ladderbench.core.finding.FindingCode.UNSEEN_CATEGORY;
import static dev.ladderbench.core.finding.FindingCode.USE_PR_AUC;
import static dev.ladderbench.core.finding.FindingCode.VERSION_MISMATCH;

/**
 * The error taxonomy of the method: the error types of each layer, with the finding codes that detect them
 * and the checklist items that cover them. Some errors no finding can see in one file (preprocessing
 * fitted on all rows, delayed ground truth): the ladder prevents them by how it works, and a checklist item
 * asks a person to confirm.
 */
public enum ErrorType {
    MISSING_VALUES_IN_DATA(Layer.DATA, "Missing values", List.of(MISSING_VALUES, MISSING_LABELS),
            List.of("no-nan-or-inf")),
    MISALIGNED_LABELS(Layer.DATA, "Feature-label misalignment (wrong row order after a merge)",
            List.of(NO_SIGNAL, MISSING_LABELS), List.of("lengths-match", "beats-dummy")),
    LABEL_LEAKAGE(Layer.DATA, "Label leakage", List.of(TARGET_LEAKAGE), List.of("no-target-leakage")),
    ENCODING_ERRORS(Layer.DATA, "Encoding errors (categories in test not seen in training)", List.of(UNSEEN_CATEGORY),
            List.of("ood-detected")),
    WRONG_TARGET(Layer.DATA, "Wrong target column", List.of(NO_SIGNAL, REGRESSION_TARGET), List.of("beats-dummy")),

    PREPROCESSING_ON_ALL_DATA(Layer.PIPELINE, "Preprocessing fitted on all data (leakage)", List.of(),
            List.of("preprocessing-in-folds")),
    IMPUTER_OUTSIDE_FOLD(Layer.PIPELINE, "Imputer outside the CV fold", List.of(), List.of("preprocessing-in-folds")),
    TRAINING_INFERENCE_SKEW(Layer.PIPELINE, "Different preprocessing in training and inference", List.of(),
            List.of("pipeline-serialised")),
    DEPENDENCY_VERSION(Layer.PIPELINE, "Dependency version mismatch", List.of(VERSION_MISMATCH), List.of()),

    WRONG_MODEL_CLASS(Layer.MODEL, "Wrong model class for the task (regression target treated as classes)",
            List.of(REGRESSION_TARGET), List.of()),
    UNCORRECTED_IMBALANCE(Layer.MODEL, "Severe imbalance with no correction", List.of(CLASS_IMBALANCE,
            MAJORITY_CLASS_ONLY), List.of("threshold-tuned")),
    OVER_REGULARISATION(Layer.MODEL, "Over-regularisation (all predictions = majority class)",
            List.of(MAJORITY_CLASS_ONLY), List.of()),
    DIVERGENCE(Layer.MODEL, "Divergence (NaN loss)", List.of(NOT_CONVERGED), List.of("optimiser-converged")),

    TRAINING_DATA_EVALUATION(Layer.EVALUATION, "Evaluating on training data", List.of(OVERFITTING),
            List.of("train-validation-gap", "cv-for-comparison", "test-set-once")),
    WRONG_METRIC(Layer.EVALUATION, "Wrong metric (accuracy on imbalanced data; use PR-AUC)", List.of(USE_PR_AUC),
            List.of("right-metric")),
    NO_BASELINE(Layer.EVALUATION, "No baseline comparison", List.of(NO_SIGNAL), List.of("beats-dummy")),
    DEFAULT_THRESHOLD(Layer.EVALUATION, "Threshold 0.5 when prevalence is 5 %", List.of(THRESHOLD_UNTUNED,
            MAJORITY_CLASS_ONLY), List.of("threshold-tuned")),

    DATA_DRIFT(Layer.PRODUCTION, "Data drift", List.of(FEATURE_DRIFT, PREDICTION_DRIFT, OUT_OF_RANGE),
            List.of("feature-drift-monitored", "predictions-monitored")),
    SCHEMA_CHANGE(Layer.PRODUCTION, "Schema change", List.of(SCHEMA_MISMATCH), List.of("schema-validated")),
    SERIALISATION_MISMATCH(Layer.PRODUCTION, "Pipeline serialisation mismatch", List.of(VERSION_MISMATCH),
            List.of("pipeline-serialised")),
    DELAYED_GROUND_TRUTH(Layer.PRODUCTION, "Delayed ground truth", List.of(PERFORMANCE_DROP),
            List.of("rolling-auc"));

    private final Layer layer;
    private final String title;
    private final List<FindingCode> codes;
    private final List<String> checklistItems;

    ErrorType(Layer layer, String title, List<FindingCode> codes, List<String> checklistItems) {
        this.layer = layer;
        this.title = title;
        this.codes = codes;
        this.checklistItems = checklistItems;
    }

    public Layer layer() {
        return layer;
    }

    /** The error type as the method names it. */
    public String title() {
        return title;
    }

    /** The finding codes that detect it, whatever their own layer; empty when no finding can. */
    public List<FindingCode> codes() {
        return codes;
    }

    /** The ids of the checklist items that cover it. */
    public List<String> checklistItems() {
        return checklistItems;
    }

    /** The error types of {@code layer}, in the method's order. */
    public static List<ErrorType> of(Layer layer) {
        return Arrays.stream(values()).filter(t -> t.layer == layer).toList();
    }

    /** The codes of {@code layer} that none of its error types names: other problems detected in that layer. */
    public static Set<FindingCode> otherCodes(Layer layer) {
        Set<FindingCode> named = of(layer).stream().flatMap(t -> t.codes.stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingCode.class)));
        return Arrays.stream(FindingCode.values()).filter(c -> c.layer() == layer && !named.contains(c))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingCode.class)));
    }
}
