package dev.ladderbench.cli;

import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.replay.ImputedValue;
import dev.ladderbench.core.replay.InputValue;
import dev.ladderbench.core.replay.LoadedPipeline;
import dev.ladderbench.core.replay.ModelKind;
import dev.ladderbench.core.replay.Replay;
import dev.ladderbench.core.replay.ReplayFailure;
import dev.ladderbench.core.replay.ReplayStage;
import dev.ladderbench.core.replay.SavedPipeline;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Prints a replayed row as a person reads it: the pipeline, then each stage in turn, the score and the
 * decision, what pushed the score, the findings, and where the row broke if it did. ASCII only.
 */
final class ReplayPrinter {

    /** How many contributions are printed; the JSON has them all. */
    static final int TOP = 10;

    private final PrintWriter out;

    ReplayPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(LoadedPipeline loaded, Replay replay) {
        SavedPipeline p = loaded.pipeline();
        out.printf(Locale.ROOT, "Pipeline %s: %s, written by Ladderbench %s (format %d)%n",
                loaded.file().getFileName(), p.kind().label(), p.ladderbenchVersion(), p.formatVersion());
        out.printf(Locale.ROOT, "Trained on %s (%d rows, sha256 %s...), target %s, positive class %s, threshold %s%n",
                p.dataFile(), p.rows(), p.dataSha256().substring(0, 12), p.target(), p.positiveLabel(),
                NumericColumn.format(p.threshold()));
        int width = Stream.concat(replay.raw().stream().map(Replay.RawValue::column),
                replay.encoded().stream().map(InputValue::input)).mapToInt(String::length).max().orElse(10);
        String row = "  %-" + Math.min(width, 40) + "s  %s%n";

        stage(ReplayStage.RAW, "as the row gave it");
        for (Replay.RawValue value : replay.raw()) {
            out.printf(Locale.ROOT, row, value.column(), value.value().text() + (value.ignored() ? "  (not a feature:"
                    + " ignored)" : ""));
        }
        if (!replay.imputed().isEmpty()) {
            stage(ReplayStage.IMPUTED, "missing numbers get the training median");
            for (ImputedValue value : replay.imputed()) {
                String mark = value.imputed() ? "  IMPUTED: " : value.outOfRange() ? "  OUT OF RANGE: "
                        : value.unseen() ? "  UNSEEN: " : value.note().isEmpty() ? "" : "  ";
                out.printf(Locale.ROOT, row, value.column(), value.value() + mark + value.note());
            }
        }
        if (!replay.encoded().isEmpty()) {
            printInputs(replay.encoded(), "one-hot: numbers, then a 0/1 input per level; levels at 0 not shown",
                    ReplayStage.ENCODED, row);
            if (p.kind() == ModelKind.LINEAR) {
                printInputs(replay.scaled(), "numbers minus the training mean, divided by the training std",
                        ReplayStage.SCALED, row);
            } else {
                stage(ReplayStage.SCALED, "none: the forest reads the encoded inputs unscaled");
            }
        }
        replay.score().ifPresent(score -> {
            stage(ReplayStage.SCORED, p.kind().label());
            out.printf(Locale.ROOT, "  score %.4f (probability of %s); at threshold %s: %s%n", score,
                    p.positiveLabel(), NumericColumn.format(p.threshold()), replay.decision().orElseThrow());
            printContributions(replay, p.kind());
        });
        List<Finding> findings = Stream.concat(loaded.findings().stream(), replay.findings().stream()).toList();
        if (!findings.isEmpty()) {
            out.println();
            out.println("Findings:");
            for (Finding f : findings) {
                out.printf(Locale.ROOT, "  [%s] %s (%s): %s%n", f.severity().name(), f.code().id(), f.layer().id(),
                        f.code().title());
                out.println("         " + f.detail());
                out.println("         Fix: " + f.code().fix());
            }
        }
        replay.failure().ifPresent(this::printFailure);
        out.flush();
    }

    private void stage(ReplayStage stage, String what) {
        out.println();
        out.printf(Locale.ROOT, "Stage %d, %s: %s%n", stage.ordinal() + 1, stage.label(), what);
    }

    private void printInputs(List<InputValue> inputs, String what, ReplayStage stage, String row) {
        stage(stage, what);
        for (InputValue value : inputs) {
            boolean oneHot = !value.input().equals(value.column());
            if (!oneHot || value.value() != 0) {
                out.printf(Locale.ROOT, row, value.input(), number(value.value()));
            }
        }
    }

    private void printContributions(Replay replay, ModelKind kind) {
        out.println();
        out.println(kind == ModelKind.LINEAR
                ? "What pushed the score (coefficient x scaled value, in log-odds; + towards the positive class):"
                : "What pushed the score (score minus the score with the feature at its training median or"
                        + " commonest level):");
        replay.contributions().stream().limit(TOP).forEach(c -> out.printf(Locale.ROOT, "  %-30s %+.4f%n",
                c.column(), c.value()));
        if (replay.contributions().size() > TOP) {
            out.printf(Locale.ROOT, "  (%d more; --json has them all)%n", replay.contributions().size() - TOP);
        }
    }

    private void printFailure(ReplayFailure failure) {
        out.println();
        out.printf(Locale.ROOT, "BROKEN at stage %d, %s, column '%s':%n", failure.stage().ordinal() + 1,
                failure.stage().label(), failure.column());
        out.println("  " + failure.sentence());
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? NumericColumn.format(v) : String.format(Locale.ROOT, "%.6g", v);
    }
}
