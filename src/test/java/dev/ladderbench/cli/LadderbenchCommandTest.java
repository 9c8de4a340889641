package dev.ladderbench.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class LadderbenchCommandTest {

    @Test
    void versionPrintsTheProductVersionAndExitsZero() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Ladderbench ").doesNotContain("unknown");
    }

    @Test
    void helpListsTheProfileCommandButNotTheBenchmark() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: ladderbench").containsPattern("\\n +profile ").doesNotContainPattern("\\n +bench ");
    }

    @Test
    void withoutArgumentsTheWorkbenchOpens() {
        AtomicBoolean opened = new AtomicBoolean();

        CliRun run = CliRun.withWorkbench(() -> opened.set(true));

        assertThat(opened).isTrue();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aFileArgumentOpensTheWorkbenchOnThatFile() {
        AtomicReference<Optional<Path>> opened = new AtomicReference<>();

        CliRun run = CliRun.withWorkbenchOn(opened::set, "data/credit.csv");

        assertThat(opened.get()).contains(Path.of("data/credit.csv"));
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void withoutArgumentsTheWorkbenchOpensOnNoFile() {
        AtomicReference<Optional<Path>> opened = new AtomicReference<>();

        CliRun.withWorkbenchOn(opened::set);

        assertThat(opened.get()).isEmpty();
    }

    @Test
    void aWorkbenchThatCannotOpenSaysWhyAndExitsTwo() {
        CliRun run = CliRun.withWorkbench(() -> {
            throw new IllegalStateException("There is no display to open the workbench window on.");
        });

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).isEqualToIgnoringNewLines("There is no display to open the workbench window on.");
    }

    @Test
    void theLaunchWithoutArgumentsOpensTheWorkbenchOnNoFile() {
        AtomicReference<Optional<Path>> opened = new AtomicReference<>();

        int exitCode = LadderbenchCommand.execute(new String[0], opened::set);

        assertThat(opened.get()).isEmpty();
        assertThat(exitCode).isZero();
    }

    @Test
    void theLaunchWithoutArgumentsWhereNoWindowCanOpenSaysWhyAndExitsTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exitCode;
        try {
            exitCode = LadderbenchCommand.execute(new String[0], file -> {
                throw new IllegalStateException("There is no display to open the workbench window on.");
            });
        } finally {
            System.setErr(original);
        }

        assertThat(exitCode).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualToIgnoringNewLines(
                "There is no display to open the workbench window on.");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitTwo() {
        CliRun run = CliRun.of("profile", "x.csv", "--no-such-option");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("--no-such-option").contains("--help");
        assertThat(run.out()).isEmpty();
    }
}
