package dev.ladderbench.app;

import dev.ladderbench.core.ladder.RungId;

import java.util.Optional;

/** The stages of the workbench, in the order of the step bar. */
public enum Step {
    DATA("Data", null),
    SANITY(RungId.SANITY),
    BASELINE(RungId.BASELINE),
    LINEAR(RungId.LINEAR),
    FOREST(RungId.FOREST),
    ERRORS("Errors", null),
    THRESHOLD("Threshold", null),
    CHECKLIST("Checklist", null),
    PRODUCTION("Production", null),
    REPORT("Report", null);

    private final String label;
    private final RungId rung;

    Step(RungId rung) {
        this(rung.label(), rung);
    }

    Step(String label, RungId rung) {
        this.label = label;
        this.rung = rung;
    }

    /** One line on what the step shows, for its tooltip once it is unlocked. */
    public String purpose() {
        return switch (this) {
            case ERRORS -> "What the model gets wrong, and why";
            case THRESHOLD -> "Where to cut the predicted probability; calibration";
            case CHECKLIST -> "The development and production checklists, evaluated from the evidence";
            case PRODUCTION -> "Save the pipeline; replay one production input through it";
            case REPORT -> "Export the current results as PDF, HTML, Markdown, JSON or JUnit XML";
            default -> label;
        };
    }

    public String label() {
        return label;
    }

    /** The ladder rung this step shows, if it is one. */
    public Optional<RungId> rung() {
        return Optional.ofNullable(rung);
    }

    public static Step of(RungId rung) {
        for (Step step : values()) {
            if (step.rung == rung) {
                return step;
            }
        }
        throw new IllegalArgumentException("No step for " + rung);
    }
}
