package dev.ladderbench.app;

import dev.ladderbench.core.data.LevelCount;
import dev.ladderbench.core.eval.FoldScores;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.finding.Severity;
import dev.ladderbench.core.ladder.ColumnHealth;
import dev.ladderbench.core.ladder.ModelFigures;
import dev.ladderbench.core.ladder.ModelRows;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;
import dev.ladderbench.core.ladder.RungStatus;
import dev.ladderbench.core.ladder.SanityFigures;
import dev.ladderbench.core.model.FeatureLeakage;
import dev.ladderbench.core.model.FeatureWeight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-built rung results with figures close to what the ladder measures on credit-g (1,000 rows, 30 %
 * bad), for tests of the wizard that must not depend on the core ladder.
 */
final class LadderFixtures {

    static final double[] LINEAR_FOLDS = {0.812, 0.765, 0.782, 0.801, 0.758};
    static final List<String> TOP_COEFFICIENTS = List.of("checking_status=no checking", "checking_status=<0",
            "purpose=used car", "credit_history=critical/other existing credit", "duration");

    private LadderFixtures() {
    }

    /**
     * Rung 0 on credit-g with 30 % of age and credit_amount missing; with {@code leak}, a noisy copy of
     * the label as a feature, which the probe flags as {@code target-leakage} (a fail).
     */
    static RungResult sanity(boolean leak) {
        List<ColumnHealth> health = new ArrayList<>(List.of(
                categorical("checking_status", 4), numeric("duration", 41, 4, 72, 20.9, 12.05, 33),
                categorical("credit_history", 5), categorical("purpose", 10),
                numeric("credit_amount", 300, 250, 18424, 3271.3, 2822.7, 921), categorical("savings_status", 5),
                categorical("employment", 5), numeric("installment_commitment", 0, 1, 4, 2.97, 1.12, 4),
                categorical("personal_status", 4), categorical("other_parties", 3),
                numeric("residence_since", 0, 1, 4, 2.85, 1.10, 4), categorical("property_magnitude", 4),
                numeric("age", 300, 19, 75, 35.5, 11.37, 53), categorical("other_payment_plans", 3),
                categorical("housing", 3), numeric("existing_credits", 0, 1, 4, 1.41, 0.58, 4), categorical("job", 4),
                numeric("num_dependents", 0, 1, 2, 1.16, 0.36, 2), categorical("own_telephone", 2),
                categorical("foreign_worker", 2)));
        List<FeatureLeakage> leakage = new ArrayList<>(List.of(
                probe("checking_status", true, 0.692), probe("duration", false, 0.613),
                probe("credit_history", true, 0.604), probe("savings_status", true, 0.584),
                probe("credit_amount", false, 0.571), probe("age", false, 0.566), probe("purpose", true, 0.561),
                probe("property_magnitude", true, 0.558), probe("housing", true, 0.551),
                probe("employment", true, 0.548), probe("other_payment_plans", true, 0.542),
                probe("installment_commitment", false, 0.533), probe("personal_status", true, 0.532),
                probe("foreign_worker", true, 0.516), probe("other_parties", true, 0.514), probe("job", true, 0.509),
                probe("own_telephone", true, 0.507), probe("existing_credits", false, 0.506),
                probe("residence_since", false, 0.503), probe("num_dependents", false, 0.500)));
        List<Finding> findings = new ArrayList<>();
        if (leak) {
            health.add(numeric("label_noisy", 0, 0, 1, 0.31, 0.46, 2));
            leakage.add(0, new FeatureLeakage("label_noisy", false, 0.975, true));
            findings.add(new Finding(FindingCode.TARGET_LEAKAGE, Severity.FAIL, RungId.SANITY,
                    "label_noisy alone reaches a cross-validated AUC of 0.975 (above 0.95).", List.of("label_noisy"),
                    Map.of("auc", 0.975, "threshold", 0.95)));
        }
        findings.add(new Finding(FindingCode.MISSING_VALUES, Severity.WARN, RungId.SANITY,
                "age and credit_amount are missing in 30.0 % of rows; duration in 4.1 %.",
                List.of("age", "credit_amount", "duration"), Map.of("worst_share", 0.30)));
        findings.add(new Finding(FindingCode.SCALE_DIFFERENCES, Severity.WARN, RungId.SANITY,
                "credit_amount's std (2,822.7) is 7,841 times num_dependents' (0.36).",
                List.of("credit_amount", "num_dependents"), Map.of("ratio", 7841.0)));
        SanityFigures figures = new SanityFigures(1000, health.size() + 1, 1000, 0, 641, 0, health,
                List.of(new LevelCount("good", 700), new LevelCount("bad", 300)), 0.30, 0, 0, leakage, ModelRows.all(1000, 42));
        return new RungResult(RungId.SANITY, leak ? RungStatus.FAIL : RungStatus.WARN, 0.8, findings,
                Optional.of(figures), Optional.empty(), Optional.empty());
    }

    static RungResult baseline() {
        ModelFigures figures = new ModelFigures("most-frequent dummy classifier", FoldScores.of(new double[]{0.5, 0.5, 0.5, 0.5, 0.5}),
                FoldScores.of(new double[]{0.5, 0.5, 0.5, 0.5, 0.5}), FoldScores.of(new double[]{0.3, 0.3, 0.3, 0.3, 0.3}),
                0.30, 0.5, 0.01, List.of(), 1, Optional.empty(), ModelRows.all(1000, 42));
        return model(RungId.BASELINE, RungStatus.PASS, figures, List.of());
    }

    static RungResult linear() {
        List<FeatureWeight> weights = List.of(
                new FeatureWeight("checking_status=no checking", -0.812), new FeatureWeight("checking_status=<0", 0.553),
                new FeatureWeight("purpose=used car", -0.451),
                new FeatureWeight("credit_history=critical/other existing credit", -0.423),
                new FeatureWeight("duration", 0.381), new FeatureWeight("purpose=new car", 0.332),
                new FeatureWeight("installment_commitment", 0.298), new FeatureWeight("savings_status=<100", 0.271),
                new FeatureWeight("credit_amount", 0.252), new FeatureWeight("other_payment_plans=none", -0.221),
                new FeatureWeight("foreign_worker=yes", 0.207), new FeatureWeight("personal_status=male single", -0.191),
                new FeatureWeight("property_magnitude=real estate", -0.183), new FeatureWeight("age", -0.171),
                new FeatureWeight("housing=own", -0.158), new FeatureWeight("employment=<1", 0.139),
                new FeatureWeight("job=skilled", 0.051));
        ModelFigures figures = new ModelFigures("median imputer -> standard scaler -> logistic regression",
                FoldScores.of(LINEAR_FOLDS), FoldScores.of(new double[]{0.834, 0.841, 0.837, 0.832, 0.843}),
                FoldScores.of(new double[]{0.641, 0.588, 0.602, 0.631, 0.575}), 0.30, 0.5, 0.42, weights, 2, Optional.empty(),
                ModelRows.all(1000, 42));
        return model(RungId.LINEAR, RungStatus.PASS, figures, List.of());
    }

    static RungResult forest() {
        List<FeatureWeight> weights = List.of(new FeatureWeight("checking_status=no checking", 0.182),
                new FeatureWeight("duration", 0.121), new FeatureWeight("credit_amount", 0.104),
                new FeatureWeight("checking_status=<0", 0.091), new FeatureWeight("age", 0.072),
                new FeatureWeight("credit_history=critical/other existing credit", 0.051),
                new FeatureWeight("savings_status=<100", 0.038), new FeatureWeight("purpose=new car", 0.031));
        ModelFigures figures = new ModelFigures("median imputer -> random forest (100 trees, max depth 5)",
                FoldScores.of(new double[]{0.791, 0.762, 0.771, 0.799, 0.748}),
                FoldScores.of(new double[]{0.928, 0.931, 0.925, 0.934, 0.929}),
                FoldScores.of(new double[]{0.611, 0.566, 0.581, 0.622, 0.559}), 0.30, 0.5, 2.3, weights, 2, Optional.empty(),
                ModelRows.all(1000, 42));
        List<Finding> findings = List.of(
                new Finding(FindingCode.FOREST_WORSE_THAN_LINEAR, Severity.WARN, RungId.FOREST,
                        "The forest's mean AUC 0.774 is below the linear model's 0.784.", List.of(), Map.of()),
                new Finding(FindingCode.OVERFITTING, Severity.WARN, RungId.FOREST,
                        "Train AUC 0.929 is 0.155 above validation AUC 0.774.", List.of(), Map.of("gap", 0.155)));
        return model(RungId.FOREST, RungStatus.WARN, figures, findings);
    }

    private static RungResult model(RungId id, RungStatus status, ModelFigures figures, List<Finding> findings) {
        return new RungResult(id, status, figures.fitSeconds() + 0.1, findings, Optional.empty(), Optional.of(figures),
                Optional.empty());
    }

    private static ColumnHealth categorical(String name, int levels) {
        return new ColumnHealth(name, false, 0, 0, levels, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    private static ColumnHealth numeric(String name, int missing, double min, double max, double mean, double std,
                                        int distinct) {
        return new ColumnHealth(name, true, missing, 0, distinct, min, max, mean, std);
    }

    private static FeatureLeakage probe(String feature, boolean categorical, double auc) {
        return new FeatureLeakage(feature, categorical, auc, false);
    }
}
