package dev.ladderbench.core.model;

/** A pipeline fitted on one set of training rows. */
public interface FittedClassifier {

    /** The probability of the positive class for each labelled row position of the data it was fitted on. */
    double[] positiveProbability(int[] positions);
}
