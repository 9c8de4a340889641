package dev.ladderbench.core.replay;

/** The fitted model of a saved pipeline, as plain numbers: scoring it runs no code from the file. */
public sealed interface PipelineModel permits LinearModel, ForestModel {

    ModelKind kind();

    /** How many inputs the model reads. */
    int inputs();

    /** The probability of the positive class for one row of model inputs. */
    double score(double[] x);
}
