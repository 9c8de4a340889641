package dev.ladderbench.core.checklist;

import java.util.Objects;

/**
 * One line of a checklist, evaluated.
 *
 * @param id       stable kebab-case id (the JSON's {@code id}, the session's key for ticks and notes)
 * @param group    the heading it sits under
 * @param item     the item as the article words it
 * @param status   what the evidence says
 * @param evidence one sentence with the figures behind the status, or what a person should check
 * @param step     where the evidence is shown
 * @param check    the person's tick and note
 */
public record ChecklistItem(String id, ChecklistGroup group, String item, ChecklistStatus status, String evidence,
                            EvidenceStep step, ManualCheck check) {

    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(check, "check");
    }
}
