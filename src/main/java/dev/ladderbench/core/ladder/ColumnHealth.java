package dev.ladderbench.core.ladder;

/**
 * One feature's row in the rung-0 table of ranges and missing values.
 *
 * @param min  smallest finite value (NaN for categorical columns or none)
 * @param max  largest finite value (NaN for categorical columns or none)
 * @param mean mean of the finite values (NaN for categorical columns)
 * @param std  population std of the finite values (NaN for categorical columns)
 */
public record ColumnHealth(String name, boolean numeric, int missing, int infinite, int distinct, double min,
                           double max, double mean, double std) {
}
