package dev.ladderbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ladderbench.core.AtomicFiles;
import dev.ladderbench.core.bench.LadderBenchmark;
import dev.ladderbench.core.bench.LadderFigures;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.ladder.RungId;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The ladder mode of the bench command: rungs 0 to 3 timed per file, as a table and optionally JSON. */
final class LadderBench {

    private final PrintWriter out;
    private final Path json;

    /** @param json where to write the figures as JSON too, or null */
    LadderBench(PrintWriter out, Path json) {
        this.out = out;
        this.json = json;
    }

    int run(List<Path> files, String target, int runs) throws IOException, InvalidInputException {
        out.printf(Locale.ROOT, "%-28s %8s %8s %8s %8s %8s %8s %9s %8s%n", "file", "sanity", "baseline", "linear",
                "forest", "best s", "typ s", "heap MB", "RSS MB");
        List<LadderFigures> all = new ArrayList<>();
        for (Path file : files) {
            LadderFigures figures = LadderBenchmark.measure(file, target, runs);
            all.add(figures);
            out.printf(Locale.ROOT, "%-28s", figures.file());
            for (RungId rung : RungId.values()) {
                out.printf(Locale.ROOT, " %8.2f", figures.rungSecondsOfBestRun(rung.id()));
            }
            out.printf(Locale.ROOT, " %8.2f %8.2f %9.0f %8.0f%n", figures.bestTotalSeconds(),
                    median(figures.totalSeconds()), figures.peakHeapBytes() / 1e6, figures.peakRssBytes() / 1e6);
            out.flush();
        }
        out.println("Rung times are from the best run; typ s is the median of " + runs + " runs, on "
                + Runtime.getRuntime().availableProcessors() + " cores.");
        if (json != null) {
            write(all);
        }
        return ExitCodes.OK;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private void write(List<LadderFigures> all) throws IOException {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (LadderFigures f : all) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", f.file());
            entry.put("rows", f.rows());
            entry.put("columns", f.columns());
            entry.put("threads", f.threads());
            entry.put("total_seconds", f.totalSeconds());
            entry.put("best_total_seconds", f.bestTotalSeconds());
            entry.put("median_total_seconds", median(f.totalSeconds()));
            Map<String, Object> rungs = new LinkedHashMap<>();
            for (RungId rung : RungId.values()) {
                rungs.put(rung.id(), f.rungSeconds().get(rung.id()));
            }
            entry.put("rung_seconds", rungs);
            entry.put("peak_heap_bytes", f.peakHeapBytes());
            entry.put("peak_rss_bytes", f.peakRssBytes());
            entries.add(entry);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("java", System.getProperty("java.version"));
        document.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
        document.put("settings", "rungs 0-3, 5 shuffled stratified folds, seed 42; LR C=1; RF 100 trees depth 5");
        document.put("ladders", entries);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFiles.write(json, stream -> mapper.writeValue(stream, document));
    }
}
