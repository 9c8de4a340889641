package dev.ladderbench.core.replay;

import java.util.ArrayList;
import java.util.List;

/**
 * A pipeline fitted on all rows of a file, as a {@code .lbp} file holds it: the schema of its features
 * with what the imputer, scaler and encoder learned, the model as plain numbers, and where it came from.
 * Model inputs are laid out as the ladder's pipelines lay them: the used numeric features in schema order,
 * then one 0/1 input per level of each categorical feature ({@code column=level}).
 *
 * @param formatVersion      the version of the file layout ({@link PipelineFile#FORMAT_VERSION} when written)
 * @param ladderbenchVersion the Ladderbench that fitted it
 * @param smileVersion       the Smile release on the classpath when it was fitted
 * @param dataFile           the training file's name
 * @param dataSha256         the training file's SHA-256
 * @param rows               the labelled rows it was fitted on
 * @param classLabels        the target's classes, most frequent first
 * @param threshold          scores at or above it decide for the positive label
 * @param excluded           columns of the training file left out of the features (a row may hold them)
 */
public record SavedPipeline(int formatVersion, String ladderbenchVersion, String smileVersion, long seed,
                            String dataFile, String dataSha256, int rows, String target, List<String> classLabels,
                            String positiveLabel, double threshold, List<String> excluded,
                            List<FeatureField> features, PipelineModel model) {

    public SavedPipeline {
        classLabels = List.copyOf(classLabels);
        excluded = List.copyOf(excluded);
        features = List.copyOf(features);
        if (!classLabels.contains(positiveLabel)) {
            throw new IllegalArgumentException("the positive label is not one of the class labels");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the threshold must be between 0 and 1");
        }
        if (model.inputs() != inputNames(features).size()) {
            throw new IllegalArgumentException("the model reads " + model.inputs() + " inputs but the schema makes "
                    + inputNames(features).size());
        }
        boolean standardised = model.kind() == ModelKind.LINEAR;
        for (FeatureField field : features) {
            if (field instanceof NumericFeature n && n.used() && n.scaled() != standardised) {
                throw new IllegalArgumentException("feature " + n.name() + (standardised ? " lacks" : " has")
                        + " scaler parameters");
            }
        }
    }

    /** The model inputs by name: numeric columns by name, one-hot inputs as {@code column=level}. */
    public List<String> inputNames() {
        return inputNames(features);
    }

    private static List<String> inputNames(List<FeatureField> features) {
        List<String> names = new ArrayList<>();
        for (FeatureField field : features) {
            if (field instanceof NumericFeature n && n.used()) {
                names.add(n.name());
            }
        }
        for (FeatureField field : features) {
            if (field instanceof CategoricalFeature c) {
                c.levels().forEach(level -> names.add(c.name() + "=" + level));
            }
        }
        return names;
    }

    public ModelKind kind() {
        return model.kind();
    }
}
