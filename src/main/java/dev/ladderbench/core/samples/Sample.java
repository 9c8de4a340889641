package dev.ladderbench.core.samples;

import java.util.List;
import java.util.function.LongFunction;

/** A generated sample: its card, and the files it generates from a seed (the same seed, the same bytes). */
public final class Sample {

    /** The seed the menu and the command line use, so every copy of a sample is the same file. */
    public static final long DEFAULT_SEED = 20_261_128;

    private final SampleCard card;
    private final LongFunction<List<SampleFile>> generator;

    Sample(SampleCard card, LongFunction<List<SampleFile>> generator) {
        this.card = card;
        this.generator = generator;
    }

    public SampleCard card() {
        return card;
    }

    public String id() {
        return card.id();
    }

    /** The files, in the order of {@link SampleCard#files()}. */
    public List<SampleFile> generate(long seed) {
        List<SampleFile> files = generator.apply(seed);
        if (!files.stream().map(SampleFile::name).toList().equals(card.files())) {
            throw new IllegalStateException("Sample " + id() + " generated other files than its card names");
        }
        return files;
    }

    public List<SampleFile> generate() {
        return generate(DEFAULT_SEED);
    }

    @Override
    public String toString() {
        return id();
    }
}
