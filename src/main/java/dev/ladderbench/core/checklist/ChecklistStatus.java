package dev.ladderbench.core.checklist;

import java.util.Locale;

/** What the evidence says about a checklist item; {@code MANUAL} when only a person can tell. */
public enum ChecklistStatus {
    PASS, WARN, FAIL, MANUAL;

    /** The word the reports and the JSON use. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
