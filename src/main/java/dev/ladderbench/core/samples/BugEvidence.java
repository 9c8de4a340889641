package dev.ladderbench.core.samples;

import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.ladder.RungId;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What in an analysis shows a planted bug, for one code on the sample's card: the findings of that code, and
 * the rung that raises it (to go and look at, or to run when it has not run).
 *
 * @param rung     the rung that raises the code; empty for the production codes of the drift pair, which the
 *                 drift comparison raises, not a rung
 * @param findings the findings of this code in the rungs that ran; empty when none raised it
 */
public record BugEvidence(FindingCode code, Optional<RungId> rung, Status status, List<Finding> findings) {

    /** Where the ladder raises the codes the planted samples are named by. */
    private static final Map<FindingCode, RungId> RAISED_BY = Map.of(
            FindingCode.TARGET_LEAKAGE, RungId.SANITY,
            FindingCode.NO_SIGNAL, RungId.LINEAR,
            FindingCode.CLASS_IMBALANCE, RungId.SANITY,
            FindingCode.USE_PR_AUC, RungId.SANITY,
            FindingCode.MISSING_VALUES, RungId.SANITY,
            FindingCode.SCALE_DIFFERENCES, RungId.SANITY,
            FindingCode.CONSTANT_FEATURE, RungId.SANITY,
            FindingCode.DUPLICATE_ROWS, RungId.SANITY,
            FindingCode.ID_LIKE_FEATURE, RungId.SANITY,
            FindingCode.REGRESSION_TARGET, RungId.SANITY);

    public BugEvidence {
        findings = List.copyOf(findings);
    }

    /** Whether the analysis shows the code, or why not. */
    public enum Status {
        /** A rung that ran raised it. */
        RAISED,
        /** The rung that raises it has not run (or its result is stale). */
        NOT_RUN,
        /** The rung ran and did not raise it, e.g. the column was excluded; or no rung raises it. */
        NOT_RAISED
    }

    /**
     * The evidence for each code on {@code card}, in the card's order.
     *
     * @param ran the findings of each rung with a current result; a rung missing from it has not run
     */
    public static List<BugEvidence> of(SampleCard card, Map<RungId, List<Finding>> ran) {
        return card.codes().stream().map(code -> of(code, ran)).toList();
    }

    private static BugEvidence of(FindingCode code, Map<RungId, List<Finding>> ran) {
        Optional<RungId> rung = raisedBy(code);
        List<Finding> raised = ran.values().stream().flatMap(List::stream).filter(f -> f.code() == code).toList();
        Status status = !raised.isEmpty() ? Status.RAISED
                : rung.isPresent() && !ran.containsKey(rung.get()) ? Status.NOT_RUN : Status.NOT_RAISED;
        return new BugEvidence(code, rung, status, raised);
    }

    /** The rung that raises {@code code} on a planted sample; empty for a code no rung raises. */
    public static Optional<RungId> raisedBy(FindingCode code) {
        return Optional.ofNullable(RAISED_BY.get(code));
    }
}
