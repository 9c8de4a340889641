package dev.ladderbench.core.replay;

import dev.ladderbench.core.ladder.RungId;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The model a saved pipeline ends in: the rung whose pipeline it refits on all rows. */
public enum ModelKind {
    LINEAR(RungId.LINEAR, "logistic regression"),
    FOREST(RungId.FOREST, "random forest");

    private final RungId rung;
    private final String label;

    ModelKind(RungId rung, String label) {
        this.rung = rung;
        this.label = label;
    }

    public RungId rung() {
        return rung;
    }

    public String label() {
        return label;
    }

    /** The word the pipeline file and the command line use: linear, forest. */
    public String id() {
        return rung.id();
    }

    public static Optional<ModelKind> ofId(String id) {
        String word = id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id().equals(word)).findFirst();
    }
}
