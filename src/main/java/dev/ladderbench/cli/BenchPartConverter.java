package dev.ladderbench.cli;

import dev.ladderbench.core.bench.Benchmark;

import java.util.Map;

/** Reads {@code bench --parts}: load, ladder, errors. */
final class BenchPartConverter extends WordConverter<Benchmark.Part> {

    BenchPartConverter() {
        super(Map.entry("load", Benchmark.Part.LOAD), Map.entry("ladder", Benchmark.Part.LADDER),
                Map.entry("errors", Benchmark.Part.ERRORS));
    }
}
