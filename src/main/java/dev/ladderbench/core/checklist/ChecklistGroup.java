package dev.ladderbench.core.checklist;

/** The heading an item sits under, in the article's order. */
public enum ChecklistGroup {
    DATA("Data"), MODEL("Model"), EVALUATION("Evaluation"), PRODUCTION("Production");

    private final String label;

    ChecklistGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
