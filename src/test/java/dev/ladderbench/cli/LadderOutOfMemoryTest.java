package dev.ladderbench.cli;

import dev.ladderbench.core.LogFiles;
import dev.ladderbench.core.bench.SyntheticCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ladder in a JVM with too small a heap for its rungs (but enough to load the file): one sentence with the
 * heap it had, the heap it needs and how to give it more, exit code 2, the trace in the log only.
 */
class LadderOutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    void aLadderThatRunsOutOfMemorySaysHowMuchHeapItNeedsAndExitsWithTwo() throws Exception {
        Path data = dir.resolve("rows.csv");
        SyntheticCsv.write(data, 200_000, 6, 0.05, 7); // 10 MB of values, about 80 MB to climb
        Path logs = dir.resolve("logs");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx48m", "-XX:+UseSerialGC",
                "-D" + LogFiles.DIRECTORY_PROPERTY + "=" + logs, "-cp", System.getProperty("java.class.path"),
                "dev.ladderbench.Main", "ladder", data.toString(), "--target", "target", "--quiet"))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();

        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the ladder ended").isTrue();
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isEqualTo(ExitCodes.INPUT_ERROR);
        // The estimate before loading warned in a note; the failure itself is one sentence, the last line.
        List<String> lines = err.strip().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("Note: rows.csv loads in ").contains("-Xmx");
        assertThat(lines.get(1)).startsWith("The ladder ran out of memory on 200,000 rows and 6 columns: Java may use at most ")
                .containsPattern("at most \\d+ MB \\(-Xmx\\) and this needs about \\d+ MB; ")
                .contains("java -Xmx1g -jar ladderbench.jar")
                .doesNotContain("at dev.ladderbench", "Exception");
        assertThat(dir.resolve("out.txt")).isEmptyFile();
        assertThat(Files.readString(logs.resolve("ladderbench.log.0"), StandardCharsets.UTF_8))
                .contains("Out of memory running ladderbench ladder " + data, "java.lang.OutOfMemoryError");
    }
}
