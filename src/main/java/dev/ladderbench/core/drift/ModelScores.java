package dev.ladderbench.core.drift;

import dev.ladderbench.core.ladder.ModelRows;

/**
 * A model's scores on both files.
 *
 * @param model         what a person calls the model, e.g. "random forest"
 * @param training      the positive-class probability of each modelled training row, in file order (out-of-fold
 *                      when the model is fitted here, so that both files are scored by a model that never saw them)
 * @param production    the positive-class probability of every production row, in file order
 * @param trainingCvAuc the model's cross-validated ROC AUC on the training file, the figure production is held to
 * @param rows          the labelled training rows the model was cross-validated and fitted on: all of them, or the
 *                      ladder's stratified sample; {@code training} holds a score for each of them, in file order
 */
public record ModelScores(String model, double[] training, double[] production, double trainingCvAuc,
                          ModelRows rows) {

    public ModelScores {
        training = training.clone();
        production = production.clone();
    }

    @Override
    public double[] training() {
        return training.clone();
    }

    @Override
    public double[] production() {
        return production.clone();
    }
}
