package dev.ladderbench.core.checklist;

import java.util.Locale;

/**
 * Where the evidence for an item is shown: the wizard step (and the report section) a click on the item
 * leads to. {@code NONE} for items no step can evidence.
 */
public enum EvidenceStep {
    SANITY, BASELINE, LINEAR, FOREST, ERRORS, THRESHOLD, PRODUCTION, NONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
