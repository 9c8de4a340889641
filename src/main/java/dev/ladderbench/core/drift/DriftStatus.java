package dev.ladderbench.core.drift;

import java.util.Locale;

/** How far one feature drifted, by its PSI against the thresholds in force. */
public enum DriftStatus {
    OK, WARN, FAIL;

    static DriftStatus of(double psi, DriftThresholds thresholds) {
        if (psi > thresholds.psiFail()) {
            return FAIL;
        }
        return psi > thresholds.psiWarn() ? WARN : OK;
    }

    /** The word the report and the JSON use. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
