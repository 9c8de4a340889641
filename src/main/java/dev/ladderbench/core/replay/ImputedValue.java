package dev.ladderbench.core.replay;

/**
 * A feature after the imputer.
 *
 * @param value      the value the encoder receives, as a person reads it
 * @param imputed    true when the row's value was missing (or infinite) and the median took its place
 * @param outOfRange true when a number lies outside the training range
 * @param unseen     true when a level never occurred in training (it encodes as all zeros)
 * @param note       what happened, e.g. "missing: the training median 33"; empty when nothing did
 */
public record ImputedValue(String column, String value, boolean imputed, boolean outOfRange, boolean unseen,
                           String note) {
}
