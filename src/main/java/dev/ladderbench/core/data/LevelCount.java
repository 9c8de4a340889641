package dev.ladderbench.core.data;

/** How many rows hold one value of a column (a category level or a class label). */
public record LevelCount(String level, int count) {
}
