package dev.ladderbench.cli;

import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.report.LadderFixtures;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class LadderPrinterTest {

    static String printed(LadderResult result) {
        StringWriter text = new StringWriter();
        new LadderPrinter(new PrintWriter(text)).print(result, ExitCodes.of(result));
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
}
