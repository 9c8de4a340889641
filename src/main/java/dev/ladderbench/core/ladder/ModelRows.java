package dev.ladderbench.core.ladder;

import java.util.Locale;

/**
 * Which labelled rows a model was fitted and scored on: all of them, or a seeded stratified sample when the
 * data has more than the cap in {@link LadderSettings#sampleRows()}. Every model figure carries it, so that a
 * figure from a sample always says so.
 *
 * @param modelled the rows the models used
 * @param labelled all labelled rows of the data
 * @param seed     the seed the sample was drawn with (the ladder's)
 */
public record ModelRows(int modelled, int labelled, long seed) {

    public ModelRows {
        if (modelled < 0 || modelled > labelled) {
            throw new IllegalArgumentException("Cannot model " + modelled + " of " + labelled + " rows");
        }
    }

    /** Every one of {@code labelled} rows. */
    public static ModelRows all(int labelled, long seed) {
        return new ModelRows(labelled, labelled, seed);
    }

    public boolean sampled() {
        return modelled < labelled;
    }

    /** "all 4,000 labelled rows" or "a stratified sample of 1,000,000 of 10,000,000 labelled rows (seed 42)". */
    public String describe() {
        return sampled()
                ? String.format(Locale.ROOT, "a stratified sample of %,d of %,d labelled rows (seed %d)", modelled,
                labelled, seed)
                : String.format(Locale.ROOT, "all %,d labelled rows", labelled);
    }
}
