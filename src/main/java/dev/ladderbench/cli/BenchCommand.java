package dev.ladderbench.cli;

import dev.ladderbench.core.bench.BenchFigures;
import dev.ladderbench.core.bench.Benchmark;
import dev.ladderbench.core.bench.SyntheticCsv;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.ladder.LadderSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

/** Measures loading, the ladder and the error step on one file and prints the figures; kept out of the main help. */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = {"Time loading a CSV (MB/s, retained heap), rungs 0 to 3 (5 shuffled folds, seed 42), the error"
                + " analysis and the threshold sweep on one file, generated (numeric, 2 %% missing cells, a 0/1"
                + " target, seed 42) or given, and the peak resident memory.",
                "Each part runs --warmup times unmeasured, then --runs times measured (wall and CPU time)."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--file", description = "Measure this file instead of a generated one.")
    private Path file;

    @Option(names = "--target", defaultValue = "target",
            description = "The 0/1 target column (default: ${DEFAULT-VALUE}, as in the generated files).")
    private String target;

    @Option(names = "--rows", defaultValue = "100000", description = "Rows of the generated file (default: ${DEFAULT-VALUE}).")
    private int rows;

    @Option(names = {"--cols", "--columns"}, defaultValue = "20",
            description = "Columns of the generated file, the target included (default: ${DEFAULT-VALUE}).")
    private int columns;

    @Option(names = "--dir", defaultValue = "target/bench-data",
            description = "Where generated files are kept and reused (default: ${DEFAULT-VALUE}).")
    private Path dir;

    @Option(names = "--parts", split = ",", defaultValue = "load,ladder,errors",
            converter = BenchPartConverter.class,
            description = "What to measure: load, ladder, errors (default: ${DEFAULT-VALUE}).")
    private List<Benchmark.Part> parts;

    @Option(names = "--runs", defaultValue = "3", description = "Measured runs of each part (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--warmup", defaultValue = "1",
            description = "Unmeasured runs of each part first (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--sample-rows", defaultValue = "" + LadderSettings.DEFAULT_SAMPLE_ROWS,
            description = "Above this many labelled rows the model rungs fit on a stratified sample of this size;"
                    + " 0 = all rows (default: ${DEFAULT-VALUE}).")
    private int sampleRows;

    @Option(names = "--json", description = "Also write the figures as JSON to this file.")
    private Path json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (runs < 1 || warmup < 0 || sampleRows < 0 || rows < 1 || columns < 2) {
            throw new ParameterException(spec.commandLine(), "--runs must be at least 1, --warmup, --sample-rows at"
                    + " least 0, --rows at least 1 and --cols at least 2.");
        }
        Path measured = file != null ? file : generated(out);
        Benchmark benchmark = new Benchmark(new Benchmark.Settings(runs, warmup, EnumSet.copyOf(parts), target,
                LadderSettings.defaults().withSampleRows(sampleRows)), what -> {
            out.println("  " + what + " ...");
            out.flush();
        });
        BenchFigures figures;
        try {
            figures = benchmark.measure(measured);
        } catch (InvalidInputException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
        new BenchTable(out).print(figures);
        if (json != null) {
            BenchJson.write(figures, json);
        }
        return ExitCodes.OK;
    }

    private Path generated(PrintWriter out) throws IOException {
        Path generated = dir.resolve("synthetic-" + rows + "x" + columns + ".csv");
        if (!Files.exists(generated)) {
            out.println("Generating " + generated + " ...");
            out.flush();
            Files.createDirectories(dir);
            SyntheticCsv.write(generated, rows, columns, 0.02, 42);
        }
        return generated;
    }
}
