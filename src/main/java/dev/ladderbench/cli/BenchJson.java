package dev.ladderbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ladderbench.core.AtomicFiles;
import dev.ladderbench.core.bench.BenchFigures;
import dev.ladderbench.core.bench.ErrorFigures;
import dev.ladderbench.core.bench.LadderFigures;
import dev.ladderbench.core.bench.LoadFigures;
import dev.ladderbench.core.bench.Timing;
import dev.ladderbench.core.ladder.RungId;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The bench command's figures as JSON ({@code ladderbench/bench-v1}), which bench/compare.sh reads. */
final class BenchJson {

    static final String SCHEMA = "ladderbench/bench-v1";

    private BenchJson() {
    }

    static void write(BenchFigures f, Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, Object> document = document(f);
        AtomicFiles.write(file, stream -> mapper.writeValue(stream, document));
    }

    static Map<String, Object> document(BenchFigures f) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("schema", SCHEMA);
        document.put("java", System.getProperty("java.version"));
        document.put("file", f.file());
        document.put("bytes", f.fileBytes());
        document.put("rows", f.rows());
        document.put("columns", f.columns());
        document.put("cores", f.cores());
        document.put("max_heap_bytes", f.maxHeapBytes());
        document.put("runs", f.runs());
        document.put("warmup", f.warmup());
        f.load().ifPresent(load -> document.put("load", load(load)));
        f.ladder().ifPresent(ladder -> document.put("ladder", ladder(ladder)));
        f.errors().ifPresent(errors -> document.put("errors", errors(errors)));
        document.put("peak_rss_bytes", f.peakResidentBytes().isPresent() ? f.peakResidentBytes().getAsLong() : null);
        return document;
    }

    private static Map<String, Object> load(LoadFigures load) {
        Map<String, Object> entry = timing(load.timing());
        entry.put("mb_per_second", load.megabytesPerSecond());
        entry.put("retained_heap_bytes", load.retainedBytes());
        entry.put("raw_double_bytes", load.rawDoubleBytes());
        entry.put("heap_ratio", load.heapRatio());
        return entry;
    }

    private static Map<String, Object> ladder(LadderFigures ladder) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("settings", "rungs 0-3, 5 shuffled stratified folds, seed 42; LR C=1; RF 100 trees depth 5");
        entry.put("rows_modelled", ladder.modelRows());
        entry.put("rows_labelled", ladder.labelledRows());
        entry.put("sampled", ladder.sampled());
        Map<String, Object> rungs = new LinkedHashMap<>();
        for (RungId rung : RungId.values()) {
            rungs.put(rung.id(), timing(ladder.rungs().get(rung)));
        }
        entry.put("rungs", rungs);
        entry.put("total", timing(ladder.total()));
        return entry;
    }

    private static Map<String, Object> errors(ErrorFigures errors) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("model", "forest");
        entry.put("predictions", errors.rows());
        entry.put("analysis", timing(errors.analysis()));
        entry.put("sweep", timing(errors.sweep()));
        return entry;
    }

    private static Map<String, Object> timing(Timing timing) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("seconds", timing.wallSeconds());
        entry.put("cpu_seconds", timing.cpuSeconds());
        entry.put("best_seconds", timing.bestWall());
        entry.put("median_seconds", timing.medianWall());
        entry.put("cpu_seconds_of_best", timing.cpuOfBest());
        return entry;
    }
}
