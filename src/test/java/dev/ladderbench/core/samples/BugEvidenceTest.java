package dev.ladderbench.core.samples;

import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.samples.BugEvidence.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The evidence for a planted bug: the findings of its codes, or the rung to run. */
class BugEvidenceTest {

    private static final SampleCard RARE = Samples.byId("readmission-rare").orElseThrow().card();
    private static final SampleCard MISALIGNED = Samples.byId("readmission-misaligned").orElseThrow().card();

    private static Finding finding(FindingCode code, RungId rung) {
        return new Finding(code, code.defaultSeverity(), rung, "detail of " + code.id(), List.of(), Map.of());
    }

    @Test
    void eachCodeOnTheCardListsTheFindingsThatRaisedIt() {
        Finding imbalance = finding(FindingCode.CLASS_IMBALANCE, RungId.SANITY);
        Finding prAuc = finding(FindingCode.USE_PR_AUC, RungId.SANITY);
        Finding other = finding(FindingCode.MISSING_VALUES, RungId.SANITY);

        List<BugEvidence> evidence = BugEvidence.of(RARE, Map.of(RungId.SANITY, List.of(other, imbalance, prAuc)));

        assertThat(evidence).extracting(BugEvidence::code).containsExactly(FindingCode.CLASS_IMBALANCE, FindingCode.USE_PR_AUC);
        assertThat(evidence).extracting(BugEvidence::status).containsOnly(Status.RAISED);
        assertThat(evidence.get(0).findings()).containsExactly(imbalance);
        assertThat(evidence.get(0).rung()).contains(RungId.SANITY);
    }

    @Test
    void aCodeWhoseRungHasNotRunSaysWhichRungToRun() {
        BugEvidence evidence = BugEvidence.of(MISALIGNED, Map.of(RungId.SANITY, List.of())).get(0);

        assertThat(evidence.status()).isEqualTo(Status.NOT_RUN);
        assertThat(evidence.rung()).contains(RungId.LINEAR);
        assertThat(evidence.findings()).isEmpty();
    }

    @Test
    void aCodeItsRungRanWithoutRaisingIsNotRaised() {
        BugEvidence evidence = BugEvidence.of(MISALIGNED, Map.of(RungId.LINEAR,
                List.of(finding(FindingCode.USE_PR_AUC, RungId.LINEAR)))).get(0);

        assertThat(evidence.status()).isEqualTo(Status.NOT_RAISED);
    }

    @Test
    void theCleanCardHasNoEvidence() {
        SampleCard clean = Samples.byId("readmission").orElseThrow().card();

        assertThat(BugEvidence.of(clean, Map.of(RungId.SANITY, List.of(finding(FindingCode.MISSING_VALUES,
                RungId.SANITY))))).isEmpty();
    }

    @Test
    void everyCodeOnACardDealtHasARungThatRaisesIt() {
        assertThat(Exercise.deck()).flatExtracting(s -> s.card().codes())
                .allSatisfy(code -> assertThat(BugEvidence.raisedBy(code)).as(code.id()).isPresent());
    }
}
