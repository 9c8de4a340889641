package dev.ladderbench.core.drift;

/** The label column and the value of it that is class 1 (one-vs-rest for a multiclass target). */
public record DriftTarget(String column, String positiveLabel) {
}
