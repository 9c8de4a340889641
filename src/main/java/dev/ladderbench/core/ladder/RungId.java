package dev.ladderbench.core.ladder;

/** The rungs of the ladder, bottom first. */
public enum RungId {
    SANITY("sanity", "0 Sanity"),
    BASELINE("baseline", "1 Baseline"),
    LINEAR("linear", "2 Linear"),
    FOREST("forest", "3 Forest");

    private final String id;
    private final String label;

    RungId(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The word the JSON report uses. */
    public String id() {
        return id;
    }

    /** The name on the step bar. */
    public String label() {
        return label;
    }
}
