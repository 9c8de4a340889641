package dev.ladderbench.cli;

import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.report.LadderFixtures;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LadderPrinterTest {

    static String printed(LadderResult result) {
        return printed(result, Optional.empty());
    }

    static String printed(LadderResult result, Optional<String> errorsSkipped) {
        StringWriter text = new StringWriter();
        new LadderPrinter(new PrintWriter(text)).print(result, errorsSkipped, ExitCodes.of(result));
        return text.toString();
    }

    @Test
    void theHeaderNamesTheFileTheTargetThePositiveClassAndTheFolds() {
        assertThat(printed(LadderFixtures.failing()))
                .startsWith("toy.csv: 8 rows x 4 columns\n"
                        + "Target: label (binary classification), positive class: yes\n"
                        + "Excluded: id\n"
                        + "Cross-validation: 5 folds, ordered, seed 7\n");
    }

    @Test
    void eachRungShowsItsLabelStatusAndKeyFigures() {
        assertThat(printed(LadderFixtures.failing()))
                .contains("0 Sanity: FAIL (0.3 s)")
                .contains("8 rows x 4 columns, 0 without a label; 1 missing cell, 0 infinite cells, 2 duplicate rows,"
                        + " 0 conflicting groups")
                .contains("Classes: no 5 (62.5 %), yes 3 (37.5 %)")
                .contains("Leakage probe, single-feature AUC: balance 0.980 (flagged), colour 0.550")
                .contains("2 Linear: PASS (1.5 s)")
                .contains("ROC AUC 0.800 +/- 0.014, folds 0.780 0.790 0.800 0.810 0.820 (dummy 0.500)")
                .contains("PR-AUC 0.675 +/- 0.014 against a prevalence of 0.375")
                .contains("Train ROC AUC 0.900 (validation 0.800)")
                .contains("Top standardised coefficients: balance 1.250, colour=red -0.500")
                .contains("Top importances: balance 0.700");
    }

    @Test
    void aFindingShowsSeverityCodeLayerTitleDetailAndFix() {
        assertThat(printed(LadderFixtures.failing())).contains(
                "  [FAIL] target-leakage (data): A single feature predicts the label almost perfectly\n"
                        + "         'balance' alone reaches a cross-validated AUC of 0.98.\n"
                        + "         Fix: Find out when and how the feature is recorded;");
    }

    @Test
    void theLastLineTalliesTheFindingsAndNamesTheExitCode() {
        assertThat(printed(LadderFixtures.failing())).endsWith("\n1 fail, 1 warn, 0 info findings. Exit 1.\n");
        assertThat(printed(LadderFixtures.warning())).endsWith("\n0 fail, 2 warn, 0 info findings. Exit 0.\n");
    }

    @Test
    void aSkippedRungSaysWhy() {
        assertThat(printed(LadderFixtures.regression()))
                .contains("Target: label (regression)\n")
                .contains("3 Forest: SKIPPED (the target is continuous (regression-target))");
    }

    @Test
    void aFailFindingExitsOneAndWarningsAloneExitZero() {
        assertThat(ExitCodes.of(LadderFixtures.failing())).isEqualTo(ExitCodes.FAILED_FINDING);
        assertThat(ExitCodes.of(LadderFixtures.warning())).isEqualTo(ExitCodes.OK);
    }

    @Test
    void theErrorsSectionFollowsRungThreeWithTheMatrixRatesConfidenceAndFlaggedFeatures() {
        String printed = printed(LadderFixtures.withErrors());

        assertThat(printed.indexOf("\nErrors: ")).isGreaterThan(printed.indexOf("3 Forest: "));
        assertThat(printed).contains("\nErrors: forest, out-of-fold predictions, 8 rows at threshold 0.5\n"
                + "                       at 0.5\n"
                + "                       TP 2  FP 1\n"
                + "                       FN 1  TN 4\n"
                + "  false negative rate  0.333 (1 of 3 positives)\n"
                + "  false positive rate  0.200 (1 of 5 negatives)\n"
                + "  precision            0.667\n"
                + "  recall               0.667\n"
                + "  F1                   0.667\n"
                + "  ROC AUC 0.800, PR-AUC 0.750 on these predictions\n"
                + "  Mean confidence: false negatives 0.300, false positives 0.600\n"
                + "  1 low-confidence error (within 0.15 of the threshold: more data may help), 1 high-confidence"
                + " (systematic: investigate)\n"
                + "  Missed positives differ from caught ones in: colour=red 0.71, colour=blue 0.71 (effect in std)\n"
                + "  False alarms differ from true negatives in: ");
    }

    @Test
    void theThresholdSectionListsEachSuggestionAndTheUntunedFinding() {
        assertThat(printed(LadderFixtures.withErrors())).contains(
                "\nThreshold: suggestions chosen on validation (out-of-fold) predictions\n"
                        + "  at 0.5      threshold 0.5     precision 0.667  recall 0.667  F1 0.667  FN 1 (0.333)  FP 1 (0.200)\n"
                        + "  best F1     threshold 0.7     precision 1.000  recall 0.667  F1 0.800  FN 1 (0.333)  FP 0 (0.000)\n"
                        + "  Youden's J  threshold 0.7     precision 1.000  recall 0.667  F1 0.800  FN 1 (0.333)  FP 0 (0.000)\n"
                        + "  recall 0.9  threshold 0.3     precision 0.600  recall 1.000  F1 0.750  FN 0 (0.000)  FP 2 (0.400)\n"
                        + "  cost 5      threshold 0.3     precision 0.600  recall 1.000  F1 0.750  FN 0 (0.000)  FP 2 (0.400)\n"
                        + "  [WARN] threshold-untuned (evaluation): The threshold in force is far from the best one\n");
    }

    @Test
    void aChosenThresholdIsPrintedBesideHalfInBothSections() {
        String printed = printed(LadderFixtures.withErrorsAt(0.7));

        assertThat(printed).contains("\nErrors: forest, out-of-fold predictions, 8 rows at threshold 0.7\n"
                + "                       at 0.7                    at 0.5\n"
                + "                       TP 2  FP 0                TP 2  FP 1\n"
                + "                       FN 1  TN 5                FN 1  TN 4\n"
                + "  false negative rate  0.333 (1 of 3 positives)  0.333 (1 of 3 positives)\n"
                + "  false positive rate  0.000 (0 of 5 negatives)  0.200 (1 of 5 negatives)\n"
                + "  precision            1.000                     0.667\n"
                + "  recall               0.667                     0.667\n"
                + "  F1                   0.800                     0.667\n");
        assertThat(printed).contains("\n  at 0.5      threshold 0.5     precision 0.667  recall 0.667  F1 0.667  FN 1 (0.333)"
                + "  FP 1 (0.200)\n  chosen      threshold 0.7     precision 1.000  recall 0.667  F1 0.800  FN 1 (0.333)"
                + "  FP 0 (0.000)\n  best F1 ");
        assertThat(printed).doesNotContain("threshold-untuned");
    }

    @Test
    void thresholdUntunedCountsInTheTallyButAWarningStillExitsZero() {
        assertThat(ExitCodes.of(LadderFixtures.withErrors())).isEqualTo(ExitCodes.OK);
        assertThat(printed(LadderFixtures.withErrors())).endsWith("\n0 fail, 3 warn, 0 info findings. Exit 0.\n");
    }

    @Test
    void anErrorStepThatCouldNotRunSaysWhy() {
        assertThat(printed(LadderFixtures.regression(), Optional.of("Error analysis needs rung 3 Forest, which was"
                + " skipped: the target is continuous.")))
                .contains("\nErrors: SKIPPED (Error analysis needs rung 3 Forest, which was skipped: the target is"
                        + " continuous.)\n")
                .doesNotContain("Threshold:");
    }
}
