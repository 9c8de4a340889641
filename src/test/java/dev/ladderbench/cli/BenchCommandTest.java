package dev.ladderbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The hidden bench command on a small generated file: one run of each part, as a table and as JSON. */
class BenchCommandTest {

    private static CliRun bench(Path dir, String... extra) {
        String[] base = {"bench", "--rows", "600", "--cols", "5", "--runs", "1", "--warmup", "0", "--dir",
                dir.toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    @Test
    void theTableHasALineForTheLoadEachRungTheErrorStepAndThePeakMemory(@TempDir Path dir) {
        CliRun run = bench(dir);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("synthetic-600x5.csv: ").contains("600 rows x 5 columns");
        assertThat(run.out().lines().map(String::strip)).anyMatch(l -> l.startsWith("load "))
                .anyMatch(l -> l.startsWith("rung 0 Sanity")).anyMatch(l -> l.startsWith("rung 3 Forest"))
                .anyMatch(l -> l.startsWith("rungs 0-3")).anyMatch(l -> l.startsWith("error analysis"))
                .anyMatch(l -> l.startsWith("threshold sweep")).anyMatch(l -> l.startsWith("peak resident memory"));
        assertThat(dir.resolve("synthetic-600x5.csv")).exists();
    }

    @Test
    void theJsonHoldsEachPartsTimesAndTheSampleTheModelsUsed(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("bench.json");

        bench(dir, "--sample-rows", "300", "--json", json.toString());

        JsonNode figures = new ObjectMapper().readTree(Files.readString(json));
        assertThat(figures.get("schema").asText()).isEqualTo("ladderbench/bench-v1");
        assertThat(figures.at("/load/seconds")).hasSize(1);
        assertThat(figures.at("/load/heap_ratio").isNumber()).isTrue(); // its value: the test below
        assertThat(figures.at("/ladder/rungs/forest/cpu_seconds")).hasSize(1);
        assertThat(figures.at("/ladder/rows_modelled").asInt()).isEqualTo(300);
        assertThat(figures.at("/ladder/rows_labelled").asInt()).isEqualTo(600);
        assertThat(figures.at("/errors/predictions").asInt()).isEqualTo(300);
        assertThat(figures.has("peak_rss_bytes")).isTrue();
    }

    /**
     * The retained heap is the growth of the whole heap over the load. In the tests' JVM that also counts what other
     * tests' threads let go of meanwhile (a cancelled task ending, the FX thread's caches, references the collector
     * queued for their cleaners), which made it negative when the machine was loaded and those threads lagged; the
     * bench command runs in a JVM of its own, where the load is the only work, so that is where it is measured.
     */
    @Test
    void theHeapTheLoadedDataRetainsIsMeasuredInAJvmOfItsOwn(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("bench.json");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), "dev.ladderbench.Main", "bench", "--rows", "600", "--cols", "5",
                "--runs", "1", "--warmup", "0", "--parts", "load", "--dir", dir.toString(), "--json", json.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();

        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the bench ended").isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isEqualTo(ExitCodes.OK);
        JsonNode load = new ObjectMapper().readTree(Files.readString(json)).get("load");
        assertThat(load.get("retained_heap_bytes").asLong()).isPositive();
        assertThat(load.get("heap_ratio").asDouble())
                .isEqualTo((double) load.get("retained_heap_bytes").asLong() / load.get("raw_double_bytes").asLong());
    }

    @Test
    void onlyThePartsAskedForAreMeasured(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("bench.json");

        bench(dir, "--parts", "load", "--json", json.toString());

        JsonNode figures = new ObjectMapper().readTree(Files.readString(json));
        assertThat(figures.has("load")).isTrue();
        assertThat(figures.has("ladder")).isFalse();
        assertThat(figures.has("errors")).isFalse();
    }

    @Test
    void aTargetThatIsNotInTheFileIsOneSentence(@TempDir Path dir) {
        CliRun run = bench(dir, "--parts", "ladder", "--target", "label");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("label").doesNotContain("Exception");
    }
}
