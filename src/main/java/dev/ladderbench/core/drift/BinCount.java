package dev.ladderbench.core.drift;

/** Rows of each file in one bin of a numeric feature or at one level of a categorical one. */
public record BinCount(String label, long training, long production) {
}
