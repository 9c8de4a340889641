package dev.ladderbench.core.checklist;

import dev.ladderbench.core.eval.FoldScores;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.finding.Severity;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.ModelFigures;
import dev.ladderbench.core.ladder.ModelRows;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;
import dev.ladderbench.core.ladder.RungStatus;
import dev.ladderbench.core.ladder.SanityFigures;
import dev.ladderbench.core.model.FeatureLeakage;
import dev.ladderbench.report.LadderFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each checklist item evaluated from hand-built climbs (the report's fixtures, varied one figure at a time). */
class ChecklistEvaluatorTest {

    private static final SanityFigures CLEAN = new SanityFigures(8, 4, 8, 0, 0, 0, List.of(), List.of(), 0.375, 0, 0,
            List.of(new FeatureLeakage("balance", false, 0.71, false), new FeatureLeakage("colour", true, 0.55, false)),
            ModelRows.all(8, 42));

    @Test
    void theItemsComeInTheArticlesOrderWithStableIds() {
        Checklist checklist = ChecklistEvaluator.evaluate(LadderFixtures.withErrors(), Map.of());

        assertThat(checklist.development()).extracting(ChecklistItem::id).containsExactly("no-nan-or-inf",
                "lengths-match", "no-target-leakage", "splits-do-not-overlap", "preprocessing-in-folds", "beats-dummy",
                "optimiser-converged", "train-validation-gap", "threshold-tuned", "right-metric", "cv-for-comparison",
                "test-set-once");
        assertThat(checklist.production()).extracting(ChecklistItem::id).containsExactly("pipeline-serialised",
                "schema-validated", "predictions-monitored", "feature-drift-monitored", "rolling-auc", "ood-detected",
                "alerts-tested", "retrain-trigger");
        assertThat(Stream.concat(checklist.development().stream(), checklist.production().stream()))
                .allSatisfy(item -> assertThat(item.id()).matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @ParameterizedTest(name = "{0} is {1} on a clean climb")
    @CsvSource({
            "no-nan-or-inf, PASS, SANITY",
            "lengths-match, PASS, SANITY",
            "no-target-leakage, PASS, SANITY",
            "splits-do-not-overlap, PASS, SANITY",
            "preprocessing-in-folds, PASS, LINEAR",
            "beats-dummy, PASS, LINEAR",
            "optimiser-converged, PASS, LINEAR",
            "right-metric, PASS, LINEAR",
            "cv-for-comparison, PASS, FOREST",
            "test-set-once, MANUAL, NONE"})
    void aCleanClimbPassesWhatItCanEvidence(String id, ChecklistStatus status, EvidenceStep step) {
        ChecklistItem item = item(withSanity(LadderFixtures.withErrors(), CLEAN), id);

        assertThat(item.status()).isEqualTo(status);
        assertThat(item.step()).isEqualTo(step);
    }

    @Test
    void aFlaggedFeatureFailsTheLeakageItemWithItsAuc() {
        ChecklistItem item = item(LadderFixtures.failing(), "no-target-leakage");

        assertThat(item.status()).isEqualTo(ChecklistStatus.FAIL);
        assertThat(item.evidence()).contains("balance").contains("0.980").contains("target-leakage");
    }

    @Test
    void theStrongestUnflaggedFeatureIsNamedWhenNothingLeaks() {
        assertThat(item(withSanity(LadderFixtures.warning(), CLEAN), "no-target-leakage").evidence())
                .contains("balance").contains("0.710").contains("0.95");
    }

    @Test
    void duplicateRowsMakeTheFoldsOverlap() {
        ChecklistItem item = item(LadderFixtures.warning(), "splits-do-not-overlap");

        assertThat(item.status()).isEqualTo(ChecklistStatus.WARN);
        assertThat(item.evidence()).startsWith("2 rows repeat an earlier row");
    }

    @Test
    void infiniteCellsFail() {
        SanityFigures infinite = new SanityFigures(8, 4, 8, 0, 0, 3, List.of(), List.of(), 0.375, 0, 0, List.of(),
                ModelRows.all(8, 42));

        ChecklistItem item = item(withSanity(LadderFixtures.warning(), infinite), "no-nan-or-inf");

        assertThat(item.status()).isEqualTo(ChecklistStatus.FAIL);
        assertThat(item.evidence()).startsWith("3 feature cells hold Inf");
    }

    @Test
    void fewMissingCellsPassBecauseTheyAreImputedInsideTheFolds() {
        ChecklistItem item = item(LadderFixtures.warning(), "no-nan-or-inf");

        assertThat(item.status()).isEqualTo(ChecklistStatus.PASS);
        assertThat(item.evidence()).startsWith("1 feature cells are missing").contains("inside each training fold");
    }

    @Test
    void aColumnMostlyMissingMakesTheNanItemAWarning() {
        LadderResult warned = withSanityFindings(LadderFixtures.warning(), List.of(new Finding(
                FindingCode.MISSING_VALUES, Severity.WARN, RungId.SANITY, "balance is missing in 40 % of rows.",
                List.of("balance"), Map.of())));

        assertThat(item(warned, "no-nan-or-inf").status()).isEqualTo(ChecklistStatus.WARN);
    }

    @Test
    void rowsWithoutALabelFailTheLengthItem() {
        SanityFigures unlabelled = new SanityFigures(8, 4, 6, 2, 0, 0, List.of(), List.of(), 0.375, 0, 0, List.of(),
                ModelRows.all(8, 42));

        ChecklistItem item = item(withSanity(LadderFixtures.warning(), unlabelled), "lengths-match");

        assertThat(item.status()).isEqualTo(ChecklistStatus.FAIL);
        assertThat(item.evidence()).isEqualTo("2 of 8 rows have features but no label (missing-labels).");
    }

    @Test
    void theForestsTrainValidationGapWarnsAndPointsAtTheForest() {
        ChecklistItem item = item(LadderFixtures.warning(), "train-validation-gap");

        assertThat(item.status()).isEqualTo(ChecklistStatus.WARN);
        assertThat(item.step()).isEqualTo(EvidenceStep.FOREST);
        assertThat(item.evidence()).contains("linear 0.100").contains("forest 0.220");
    }

    @Test
    void aLinearModelBarelyAboveTheDummyFailsTheMarginItem() {
        LadderResult weak = replace(LadderFixtures.warning(), linear(0.51));

        ChecklistItem item = item(weak, "beats-dummy");

        assertThat(item.status()).isEqualTo(ChecklistStatus.FAIL);
        assertThat(item.evidence()).contains("0.510").contains("+0.010").contains("no-signal");
    }

    @Test
    void aNonConvergedOptimiserWarns() {
        RungResult linear = rung(LadderFixtures.warning(), RungId.LINEAR);
        LadderResult diverged = replace(LadderFixtures.warning(), new RungResult(RungId.LINEAR, RungStatus.WARN, 1,
                List.of(new Finding(FindingCode.NOT_CONVERGED, Severity.WARN, RungId.LINEAR, "NaN.", List.of(),
                        Map.of())), Optional.empty(), linear.model(), Optional.empty()));

        assertThat(item(diverged, "optimiser-converged").status()).isEqualTo(ChecklistStatus.WARN);
    }

    @Test
    void anUntunedThresholdWarnsWithTheBestF1() {
        ChecklistItem item = item(LadderFixtures.withErrors(), "threshold-tuned");

        assertThat(item.status()).isEqualTo(ChecklistStatus.WARN);
        assertThat(item.step()).isEqualTo(EvidenceStep.THRESHOLD);
        assertThat(item.evidence()).contains("0.800 at 0.700").contains("threshold-untuned");
    }

    @Test
    void withoutTheErrorStepTheThresholdItemWaitsForIt() {
        ChecklistItem item = item(LadderFixtures.warning(), "threshold-tuned");

        assertThat(item.status()).isEqualTo(ChecklistStatus.MANUAL);
        assertThat(item.evidence()).startsWith("Not evaluated yet: the Errors step");
    }

    @Test
    void itemsOfRungsNotRunSayWhichRungTheyWaitFor() {
        LadderResult sanityOnly = withRungs(LadderFixtures.warning(), List.of(rung(LadderFixtures.warning(),
                RungId.SANITY)));

        ChecklistItem item = item(sanityOnly, "beats-dummy");

        assertThat(item.status()).isEqualTo(ChecklistStatus.MANUAL);
        assertThat(item.evidence()).isEqualTo("Not evaluated yet: 2 Linear has not run.");
        assertThat(item.step()).isEqualTo(EvidenceStep.LINEAR);
    }

    @Test
    void itemsOfAStaleRungSaySoInsteadOfShowingItsFigures() {
        LadderResult withoutLinear = withRungs(LadderFixtures.warning(), List.of(rung(LadderFixtures.warning(),
                RungId.SANITY), rung(LadderFixtures.warning(), RungId.BASELINE)));

        ChecklistItem item = ChecklistEvaluator.evaluate(withoutLinear, Map.of(),
                Map.of(RungId.LINEAR, "is stale: the settings changed; re-run it")).development().stream()
                .filter(i -> i.id().equals("beats-dummy")).findFirst().orElseThrow();

        assertThat(item.status()).isEqualTo(ChecklistStatus.MANUAL);
        assertThat(item.evidence()).isEqualTo("Not evaluated yet: 2 Linear is stale: the settings changed;"
                + " re-run it.");
    }

    @Test
    void itemsOfSkippedRungsSayWhy() {
        ChecklistItem item = item(LadderFixtures.regression(), "cv-for-comparison");

        assertThat(item.status()).isEqualTo(ChecklistStatus.MANUAL);
        assertThat(item.evidence()).isEqualTo("Not evaluated yet: 1 Baseline was skipped: the target is continuous"
                + " (regression-target).");
    }

    @Test
    void productionItemsAreManualAndPointAtTheProductionStep() {
        assertThat(ChecklistEvaluator.evaluate(LadderFixtures.withErrors(), Map.of()).production())
                .allSatisfy(item -> {
                    assertThat(item.status()).isEqualTo(ChecklistStatus.MANUAL);
                    assertThat(item.step()).isEqualTo(EvidenceStep.PRODUCTION);
                    assertThat(item.evidence()).startsWith("Check that");
                });
    }

    @Test
    void ticksAndNotesAreAttachedByIdAndUnknownIdsIgnored() {
        ManualCheck done = new ManualCheck(true, "Scored once on 2026-11-01.");

        Checklist checklist = ChecklistEvaluator.evaluate(LadderFixtures.warning(),
                Map.of("test-set-once", done, "renamed-long-ago", done));

        assertThat(item(checklist, "test-set-once").check()).isEqualTo(done);
        assertThat(item(checklist, "rolling-auc").check()).isEqualTo(ManualCheck.NONE);
    }

    static ChecklistItem item(LadderResult result, String id) {
        return item(ChecklistEvaluator.evaluate(result, Map.of()), id);
    }

    static ChecklistItem item(Checklist checklist, String id) {
        return Stream.concat(checklist.development().stream(), checklist.production().stream())
                .filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private static RungResult rung(LadderResult result, RungId id) {
        return result.rungs().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private static LadderResult withSanity(LadderResult result, SanityFigures figures) {
        RungResult sanity = rung(result, RungId.SANITY);
        return replace(result, new RungResult(RungId.SANITY, sanity.status(), sanity.seconds(), List.of(),
                Optional.of(figures), Optional.empty(), Optional.empty()));
    }

    private static LadderResult withSanityFindings(LadderResult result, List<Finding> findings) {
        RungResult sanity = rung(result, RungId.SANITY);
        return replace(result, new RungResult(RungId.SANITY, RungStatus.WARN, sanity.seconds(), findings,
                sanity.sanity(), Optional.empty(), Optional.empty()));
    }

    private static RungResult linear(double auc) {
        FoldScores scores = FoldScores.of(new double[]{auc, auc, auc, auc, auc});
        ModelFigures figures = new ModelFigures("logistic regression", scores, scores, scores, 0.375, 0.5, 0.1,
                List.of(), 2, Optional.empty(), ModelRows.all(8, 42));
        return new RungResult(RungId.LINEAR, RungStatus.FAIL, 1, List.of(), Optional.empty(), Optional.of(figures),
                Optional.empty());
    }

    private static LadderResult replace(LadderResult result, RungResult replacement) {
        List<RungResult> rungs = new ArrayList<>(result.rungs());
        rungs.replaceAll(r -> r.id() == replacement.id() ? replacement : r);
        return withRungs(result, rungs);
    }

    private static LadderResult withRungs(LadderResult result, List<RungResult> rungs) {
        return new LadderResult(result.request(), result.sha256(), result.task(), result.positiveLabel(),
                result.classCounts(), rungs, result.overridden(), result.errors());
    }
}
