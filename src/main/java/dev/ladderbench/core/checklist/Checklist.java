package dev.ladderbench.core.checklist;

import java.util.List;

/** The article's two checklists, each item evaluated from the evidence of one climb. */
public record Checklist(List<ChecklistItem> development, List<ChecklistItem> production) {

    public Checklist {
        development = List.copyOf(development);
        production = List.copyOf(production);
    }
}
