package dev.ladderbench.cli;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.data.ColumnProfile;
import dev.ladderbench.core.data.ColumnProfiler;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.LevelCount;
import dev.ladderbench.core.data.LoadResult;
import dev.ladderbench.core.data.TargetAnalyzer;
import dev.ladderbench.core.data.TargetSummary;
import dev.ladderbench.core.data.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Reads a file and prints what the workbench's Data step shows: columns, types and the target. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Read a CSV file and print its columns (type, missing, distinct, values) and the target.")
final class ProfileCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA", description = "A CSV or TSV file, optionally gzip-compressed.")
    private Path file;

    @Option(names = "--target", paramLabel = "COL", description = "The target column (default: the last column).")
    private String target;

    @Option(names = "--positive", paramLabel = "LABEL",
            description = "The positive class (default: the larger of two sorted labels).")
    private String positive;

    @Mixin
    private ReadOptions readOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            LoadResult loaded = readOptions.read(file, err);
            Dataset dataset = loaded.dataset();
            TargetSummary summary = TargetAnalyzer.summarize(dataset,
                    target != null ? target : TargetAnalyzer.proposedTarget(dataset));
            PositiveLabel.check(positive, summary, dataset);
            printDataset(out, loaded);
            printColumns(out, ColumnProfiler.profile(dataset, (f, m) -> { }, CancellationToken.none()));
            printTarget(out, summary, positive != null ? positive : summary.defaultPositive());
            return ExitCodes.OK;
        } catch (InvalidInputException e) {
            err.println(e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
    }

    private static void printDataset(PrintWriter out, LoadResult loaded) {
        Dataset dataset = loaded.dataset();
        out.printf(Locale.ROOT, "%s: %d %s, %d %s (%s-separated, %s)%n", dataset.name(), dataset.rowCount(),
                dataset.rowCount() == 1 ? "row" : "rows", dataset.columnCount(),
                dataset.columnCount() == 1 ? "column" : "columns", DelimiterNames.of(loaded.delimiter()),
                loaded.charset().displayName());
        if (loaded.skippedLines() > 0) {
            out.printf(Locale.ROOT, "%d bad line%s skipped.%n", loaded.skippedLines(),
                    loaded.skippedLines() == 1 ? "" : "s");
        }
        out.println();
    }

    private static void printColumns(PrintWriter out, List<ColumnProfile> profiles) {
        int width = Math.max(6, profiles.stream().mapToInt(p -> p.name().length()).max().orElse(6));
        String row = "%-" + width + "s  %-13s %8s %9s  %s%n";
        out.printf(Locale.ROOT, row, "column", "type", "missing", "distinct", "values");
        for (ColumnProfile p : profiles) {
            String infinite = p.infinite() > 0 ? " (" + p.infinite() + " infinite)" : "";
            out.printf(Locale.ROOT, row, p.name(), p.kind().label(), p.missing(), p.distinct(), p.summary() + infinite);
        }
        out.println();
    }

    private static void printTarget(PrintWriter out, TargetSummary summary, String positiveLabel) {
        out.printf(Locale.ROOT, "Target: %s (%s)%n", summary.column(), summary.task().label());
        if (summary.task() != Task.REGRESSION) {
            out.printf(Locale.ROOT, "Positive class: %s%n", positiveLabel);
            int total = summary.classCounts().stream().mapToInt(LevelCount::count).sum();
            int width = summary.labels().stream().mapToInt(String::length).max().orElse(5);
            for (LevelCount c : summary.classCounts()) {
                out.printf(Locale.ROOT, "  %-" + width + "s %8d  %5.1f %%%n", c.level(), c.count(),
                        100.0 * c.count() / total);
            }
        }
        if (summary.missing() > 0) {
            out.printf(Locale.ROOT, "%d rows have no target value.%n", summary.missing());
        }
    }
}
