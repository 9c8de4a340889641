package dev.ladderbench.cli;

import dev.ladderbench.core.eval.FoldScores;
import dev.ladderbench.core.ladder.ModelFigures;
import dev.ladderbench.core.ladder.RungId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The console lines of a model rung's figures: fold AUCs, PR-AUC against the prevalence, train AUC, weights. */
final class ModelLines {

    private ModelLines() {
    }

    static List<String> of(RungId rung, ModelFigures m) {
        List<String> lines = new ArrayList<>();
        lines.add(m.model());
        if (m.rows().sampled()) {
            lines.add("On " + m.rows().describe() + "; every figure below is from it");
        }
        // The baseline rung is the dummy itself; the others are judged against it.
        String dummy = rung == RungId.BASELINE ? "" : String.format(Locale.ROOT, " (dummy %.3f)", m.baselineRocAuc());
        lines.add(String.format(Locale.ROOT, "ROC AUC %s, folds %s%s", meanStd(m.rocAuc()), folds(m.rocAuc()), dummy));
        lines.add(String.format(Locale.ROOT, "PR-AUC %s against a prevalence of %.3f", meanStd(m.averagePrecision()),
                m.prevalence()));
        lines.add(String.format(Locale.ROOT, "Train ROC AUC %.3f (validation %.3f)", m.trainRocAuc().mean(),
                m.rocAuc().mean()));
        if (!m.weights().isEmpty()) {
            String label = rung == RungId.FOREST ? "Top importances: " : "Top standardised coefficients: ";
            lines.add(label + LadderPrinter.joined(m.weights().stream().limit(LadderPrinter.TOP).toList(),
                    w -> String.format(Locale.ROOT, "%s %.3f", w.feature(), w.weight())));
        }
        return lines;
    }

    private static String meanStd(FoldScores scores) {
        return String.format(Locale.ROOT, "%.3f +/- %.3f", scores.mean(), scores.std());
    }

    private static String folds(FoldScores scores) {
        return Arrays.stream(scores.folds()).mapToObj(f -> String.format(Locale.ROOT, "%.3f", f))
                .collect(Collectors.joining(" "));
    }
}
