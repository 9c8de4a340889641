package dev.ladderbench.core.ladder;

import java.util.Locale;

/** A rung's verdict: the worst severity of its findings, or skipped when it could not run. */
public enum RungStatus {
    PASS, WARN, FAIL, SKIPPED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
