package dev.ladderbench.cli;

import dev.ladderbench.core.analysis.ErrorReport;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.LevelCount;
import dev.ladderbench.core.data.Task;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.Severity;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungResult;
import dev.ladderbench.core.ladder.RungStatus;
import dev.ladderbench.core.ladder.SanityFigures;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prints a climbed ladder as a person reads it: what was analysed, then each rung with its figures and its
 * findings (with their fixes), the errors of the analysed model and the suggested thresholds, then a
 * one-line tally. ASCII only, so a CI log in any locale shows it right.
 */
final class LadderPrinter {

    /** How many leakage AUCs and model weights a rung shows; the JSON report has them all. */
    static final int TOP = 5;

    private final PrintWriter out;

    LadderPrinter(PrintWriter out) {
        this.out = out;
    }

    /** @param errorsSkipped why the error step did not run, if it did not */
    void print(LadderResult result, Optional<String> errorsSkipped, int exitCode) {
        printHeader(result);
        for (RungResult rung : result.rungs()) {
            out.println();
            printRung(rung);
        }
        result.errors().ifPresent(this::printErrors);
        errorsSkipped.ifPresent(why -> {
            out.println();
            out.printf(Locale.ROOT, "Errors: SKIPPED (%s)%n", why);
        });
        out.println();
        out.println(tally(result.findings()) + " Exit " + exitCode + ".");
        out.flush();
    }

    private void printHeader(LadderResult result) {
        LadderRequest request = result.request();
        Dataset dataset = request.dataset();
        out.printf(Locale.ROOT, "%s: %d rows x %d columns%n", dataset.name(), dataset.rowCount(),
                dataset.columnCount());
        String positive = result.task() == Task.REGRESSION ? ""
                : ", positive class: " + (result.positiveLabel().isEmpty()
                        ? "none (macro one-vs-rest AUC)" : result.positiveLabel());
        out.printf(Locale.ROOT, "Target: %s (%s)%s%n", request.target(), result.task().label(), positive);
        if (!request.excluded().isEmpty()) {
            out.println("Excluded: " + String.join(", ", request.excluded().stream().sorted().toList()));
        }
        LadderSettings settings = request.settings();
        out.printf(Locale.ROOT, "Cross-validation: %d folds, %s, seed %d%n", settings.folds(), settings.cv().id(),
                settings.seed());
    }

    private void printRung(RungResult rung) {
        if (rung.status() == RungStatus.SKIPPED) {
            out.printf(Locale.ROOT, "%s: SKIPPED (%s)%n", rung.id().label(), rung.skippedBecause().orElse("not run"));
            return;
        }
        out.printf(Locale.ROOT, "%s: %s (%.1f s)%n", rung.id().label(), rung.status().name(), rung.seconds());
        rung.sanity().ifPresent(this::printSanity);
        rung.model().ifPresent(figures -> ModelLines.of(rung.id(), figures).forEach(line -> out.println("  " + line)));
        rung.findings().forEach(this::printFinding);
    }

    private void printErrors(ErrorReport report) {
        out.println();
        out.println(ErrorLines.errorsHeading(report));
        ErrorLines.errors(report).forEach(line -> out.println("  " + line));
        out.println();
        out.println(ErrorLines.thresholdHeading());
        ErrorLines.thresholds(report).forEach(line -> out.println("  " + line));
        report.untuned().ifPresent(this::printFinding);
    }

    private void printSanity(SanityFigures s) {
        out.printf(Locale.ROOT, "  %d rows x %d columns, %d without a label; %s, %s, %s, %s%n", s.rows(),
                s.columns(), s.labelMissing(), counted(s.missingCells(), "missing cell"),
                counted(s.infiniteCells(), "infinite cell"), counted(s.duplicateRows(), "duplicate row"),
                counted(s.conflictingGroups(), "conflicting group"));
        int labelled = s.classCounts().stream().mapToInt(LevelCount::count).sum();
        if (labelled > 0) {
            out.println("  Classes: " + joined(s.classCounts(), c -> String.format(Locale.ROOT, "%s %d (%.1f %%)",
                    c.level(), c.count(), 100.0 * c.count() / labelled)));
        }
        if (!s.leakage().isEmpty()) {
            if (s.probeRows().sampled()) {
                out.println("  Leakage probe on " + s.probeRows().describe() + "; the checks above cover every row");
            }
            out.println("  Leakage probe, single-feature AUC: " + joined(s.leakage().stream().limit(TOP).toList(),
                    f -> String.format(Locale.ROOT, "%s %.3f%s", f.feature(), f.treeAuc(), f.flagged() ? " (flagged)" : "")));
        }
    }

    private void printFinding(Finding finding) {
        out.printf(Locale.ROOT, "  [%s] %s (%s): %s%n", finding.severity().name(), finding.code().id(),
                finding.layer().id(), finding.code().title());
        out.println("         " + finding.detail());
        out.println("         Fix: " + finding.code().fix());
    }

    /** "2 fail, 3 warn, 1 info findings." */
    static String tally(List<Finding> findings) {
        return joined(List.of(Severity.FAIL, Severity.WARN, Severity.INFO), severity -> findings.stream()
                .filter(f -> f.severity() == severity).count() + " " + severity.id()) + " findings.";
    }

    /** "1 missing cell", "3 missing cells". */
    static String counted(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static <T> String joined(List<T> items, Function<T, String> text) {
        return items.stream().map(text).collect(Collectors.joining(", "));
    }
}
