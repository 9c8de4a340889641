package dev.ladderbench.core.replay;

/**
 * How much one feature pushed the score: for the linear model the sum of coefficient times scaled value
 * over its inputs (log-odds); for the forest the score minus the score with the feature set to its
 * training median (numbers) or commonest level (categories).
 */
public record Contribution(String column, double value) {
}
