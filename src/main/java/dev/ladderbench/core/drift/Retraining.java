package dev.ladderbench.core.drift;

import java.util.List;

/** Whether to retrain, and why: one sentence per reason (empty when not recommended). */
public record Retraining(boolean recommended, List<String> reasons) {

    public Retraining {
        reasons = List.copyOf(reasons);
    }
}
