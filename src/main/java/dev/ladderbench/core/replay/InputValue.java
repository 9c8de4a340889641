package dev.ladderbench.core.replay;

/**
 * One model input of a row: after the encoder, or after the scaler.
 *
 * @param input  the input's name: a numeric column, or {@code column=level}
 * @param column the feature it comes from
 */
public record InputValue(String input, String column, double value) {
}
