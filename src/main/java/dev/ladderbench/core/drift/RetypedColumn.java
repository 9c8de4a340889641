package dev.ladderbench.core.drift;

/** A column stored as one type in training and another in production ("numeric" or "categorical"). */
public record RetypedColumn(String column, String training, String production) {
}
