package dev.ladderbench.core.replay;

/** One feature column of a saved pipeline's schema, with what the pipeline learned about it. */
public sealed interface FeatureField permits NumericFeature, CategoricalFeature {

    String name();

    /** The type word of the schema: numeric or categorical. */
    String type();
}
