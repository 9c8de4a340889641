package dev.ladderbench.app;

/** A class of the target as the target picker shows it: its rows and their share of the labelled rows. */
public record ClassShare(String label, int count, double share) {

    /** "700 (70.0 %)". */
    public String countText() {
        return String.format("%,d (%.1f %%)", count, share * 100);
    }
}
