package dev.ladderbench.core.checklist;

import java.util.Objects;

/**
 * What a person recorded against an item: ticked as done, and a note (empty when none). Saved with the
 * session and printed in the report.
 */
public record ManualCheck(boolean ticked, String note) {

    public static final ManualCheck NONE = new ManualCheck(false, "");

    public ManualCheck {
        Objects.requireNonNull(note, "note");
    }
}
