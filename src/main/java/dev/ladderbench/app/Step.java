package dev.ladderbench.app;

/** The stages of the workbench, in the order of the step bar. */
enum Step {
    DATA("Data"),
    SANITY("0 Sanity"),
    BASELINE("1 Baseline"),
    LINEAR("2 Linear"),
    FOREST("3 Forest"),
    ERRORS("Errors"),
    THRESHOLD("Threshold"),
    CHECKLIST("Checklist"),
    PRODUCTION("Production"),
    REPORT("Report");

    private final String label;

    Step(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
