package dev.ladderbench.core.finding;

import java.util.Locale;

/** How bad a finding is; {@code FAIL} blocks the next rung until fixed or overridden. */
public enum Severity {
    INFO, WARN, FAIL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
