package dev.ladderbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ladderbench.core.AtomicFiles;
import dev.ladderbench.core.bench.LoadBenchmark;
import dev.ladderbench.core.bench.LoadFigures;
import dev.ladderbench.core.bench.SyntheticCsv;
import dev.ladderbench.core.data.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Measures loading, or the whole ladder, on generated files and prints the figures; kept out of the main help. */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = {"Generate numeric CSV files (2 %% missing cells) and measure how fast they load.",
                "With --ladder, time rungs 0 to 3 (5 shuffled folds, seed 42) on them instead."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--rows", split = ",",
            description = "Row counts of the generated files (default: 100000,1000000; with --ladder 100000).")
    private List<Integer> rows;

    @Option(names = "--ladder", description = "Time rungs 0 to 3 instead of loading.")
    private boolean ladder;

    @Option(names = "--target", defaultValue = "target",
            description = "With --ladder and --file: the target column (default: ${DEFAULT-VALUE}).")
    private String target;

    @Option(names = "--columns", defaultValue = "20", description = "Columns per file, the 0/1 target included.")
    private int columns;

    @Option(names = "--file", description = "Measure this file instead of generated ones.")
    private Path file;

    @Option(names = "--dir", defaultValue = "target/bench-data",
            description = "Where generated files are kept and reused (default: ${DEFAULT-VALUE}).")
    private Path dir;

    @Option(names = "--runs", defaultValue = "3", description = "Loads or climbs per file; the best is reported.")
    private int runs;

    @Option(names = "--json", description = "Also write the figures as JSON to this file.")
    private Path json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = new ArrayList<>();
        if (file != null) {
            files.add(file);
        } else {
            List<Integer> counts = rows != null ? rows : ladder ? List.of(100_000) : List.of(100_000, 1_000_000);
            for (int n : counts) {
                files.add(generated(n, out));
            }
        }
        try {
            return ladder ? new LadderBench(out, json).run(files, target, runs) : measureLoads(files, out);
        } catch (InvalidInputException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
    }

    private int measureLoads(List<Path> files, PrintWriter out) throws IOException, InvalidInputException {
        out.printf(Locale.ROOT, "%-28s %9s %4s %9s %9s %12s %8s %11s %6s%n",
                "file", "MB", "cols", "rows", "best s", "rows/s", "MB/s", "heap MB", "xraw");
        List<LoadFigures> all = new ArrayList<>();
        for (Path f : files) {
            LoadFigures figures = LoadBenchmark.measure(f, runs);
            all.add(figures);
            out.printf(Locale.ROOT, "%-28s %9.1f %4d %9d %9.3f %12.0f %8.1f %11.1f %6.2f%n",
                    figures.file(), figures.fileBytes() / 1e6, figures.columns(), figures.rows(),
                    figures.bestSeconds(), figures.rowsPerSecond(), figures.megabytesPerSecond(),
                    figures.retainedBytes() / 1e6, figures.heapRatio());
            out.flush();
        }
        if (json != null) {
            writeJson(all);
        }
        return ExitCodes.OK;
    }

    private Path generated(int n, PrintWriter out) throws IOException {
        Path target = dir.resolve("synthetic-" + n + "x" + columns + ".csv");
        if (!Files.exists(target)) {
            out.println("Generating " + target + " ...");
            out.flush();
            SyntheticCsv.write(target, n, columns, 0.02, 42);
        }
        return target;
    }

    private void writeJson(List<LoadFigures> all) throws IOException {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (LoadFigures f : all) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", f.file());
            entry.put("bytes", f.fileBytes());
            entry.put("rows", f.rows());
            entry.put("columns", f.columns());
            entry.put("seconds", f.seconds());
            entry.put("best_seconds", f.bestSeconds());
            entry.put("rows_per_second", f.rowsPerSecond());
            entry.put("mb_per_second", f.megabytesPerSecond());
            entry.put("retained_heap_bytes", f.retainedBytes());
            entry.put("raw_double_bytes", f.rawDoubleBytes());
            entry.put("heap_ratio", f.heapRatio());
            entries.add(entry);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("java", System.getProperty("java.version"));
        document.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
        document.put("loads", entries);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFiles.write(json, stream -> mapper.writeValue(stream, document));
    }
}
