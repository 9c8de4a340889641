package dev.ladderbench.core.finding;

import java.util.Locale;

/** The layer of the error taxonomy a finding belongs to. */
public enum Layer {
    DATA, PIPELINE, MODEL, EVALUATION, PRODUCTION;

    /** The lower-case word the report and the JSON use. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
