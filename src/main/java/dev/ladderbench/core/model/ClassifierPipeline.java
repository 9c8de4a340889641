package dev.ladderbench.core.model;

/** A model with its preprocessing, fitted afresh on the training rows of each fold. */
public interface ClassifierPipeline {

    /** What a person calls it in a report, e.g. "logistic regression". */
    String name();

    /**
     * @param trainingPositions positions (0..size-1) of the labelled rows of {@code data} to learn from;
     *                          they must hold both classes
     */
    FittedClassifier fit(ModelData data, int[] trainingPositions);
}
