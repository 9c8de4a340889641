package dev.ladderbench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SamplesCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesEverySampleAndTheCardsAndListsThem() {
        Path out = dir.resolve("samples");

        CliRun run = CliRun.of("samples", "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(out.resolve("readmission.csv")).isRegularFile();
        assertThat(out.resolve("readmission-production.csv")).isRegularFile();
        assertThat(out.resolve("samples.md")).isRegularFile();
        assertThat(run.out()).contains("readmission-leak.csv", "Readmission with a discharge code; target readmitted")
                .contains("Wrote 10 samples into " + out);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theSameCommandWritesTheSameBytes() throws IOException {
        CliRun.of("samples", "--out", dir.resolve("a").toString());
        CliRun.of("samples", "--out", dir.resolve("b").toString());

        assertThat(Files.readAllBytes(dir.resolve("b/readmission-grams.csv")))
                .isEqualTo(Files.readAllBytes(dir.resolve("a/readmission-grams.csv")));
    }

    @Test
    void aFileInsteadOfADirectoryIsOneSentenceAndExitTwo() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "not a directory");

        CliRun run = CliRun.of("samples", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err().strip()).isEqualTo(file + " is a file, not a directory; give --out a directory.");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("not a directory");
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsOneSentenceAndExitTwo() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "not a directory");

        CliRun run = CliRun.of("samples", "--out", file.resolve("inside").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).startsWith("Cannot write the samples into " + file.resolve("inside"))
                .doesNotContain("Exception");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void withoutOutItIsAUsageError() {
        CliRun run = CliRun.of("samples");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("--out");
    }
}
