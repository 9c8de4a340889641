package dev.ladderbench.cli;

import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.session.Session;
import dev.ladderbench.core.session.SessionFiles;
import dev.ladderbench.malformed.MalformedCorpus;
import dev.ladderbench.malformed.MalformedCorpus.Expectation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every file of the malformed-input corpus through the real command line: refused in one sentence (exit 2)
 * or read with the interpretation stated, within 10 s, never a stack trace. The expected outcomes are the
 * table in {@code src/test/resources/malformed/README.md}.
 */
class MalformedCorpusTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    static List<Expectation> table() {
        return MalformedCorpus.table();
    }

    @Test
    void everyCorpusFileHasAnExpectedOutcomeAndEveryOutcomeAFile() throws IOException {
        Set<String> files;
        try (Stream<Path> all = Files.walk(MalformedCorpus.folder())) {
            files = all.filter(Files::isRegularFile).map(f -> MalformedCorpus.folder().relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("README.md")).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = table().stream().map(Expectation::file).collect(Collectors.toCollection(TreeSet::new));

        assertThat(listed).isEqualTo(files);
        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachFileIsRefusedInOneSentenceOrReadWithItsInterpretationStated(Expectation expected) throws IOException {
        Path file = MalformedCorpus.file(expected.file());

        Outcome outcome = assertTimeoutPreemptively(LIMIT, () -> run(expected.command(), file));

        assertOutcome(outcome, expected.exit(), expected.says(), file.getFileName().toString());
    }

    @Test
    void anEightMegabyteFieldIsRead() throws IOException {
        Path file = dir.resolve("eight-mb-field.csv");
        Files.writeString(file, "x,blob,label\n1," + "y".repeat(8 << 20) + ",yes\n2,short,no\n");

        Outcome outcome = assertTimeoutPreemptively(LIMIT, () -> run("profile", file));

        assertOutcome(outcome, ExitCodes.OK, "eight-mb-field.csv: 2 rows, 3 columns", "eight-mb-field.csv");
    }

    @Test
    void aSessionLargerThanOneMegabyteIsRefusedUnread() throws IOException {
        Path file = dir.resolve("huge.ladder");
        Files.writeString(file, "{\"schema\":\"ladderbench/session-v1\",\"pad\":\"" + "x".repeat(3 << 20) + "\"}");

        Outcome outcome = assertTimeoutPreemptively(LIMIT, () -> run("session", file));

        assertOutcome(outcome, ExitCodes.INPUT_ERROR, "is larger than 1 MB, too large for a session file", "huge.ladder");
    }

    private record Outcome(int exit, String out, String err) {
    }

    private Outcome run(String command, Path file) {
        return switch (command) {
            case "session" -> session(file);
            case "replay" -> cli("replay", file.toString(), "--input", row().toString());
            case "ladder" -> cli("ladder", file.toString(), "--target", lastColumnIsLabel(file), "--quiet");
            default -> cli(command, file.toString());
        };
    }

    /** The corpus names its target "label"; the wide file's last column is its target. */
    private static String lastColumnIsLabel(Path file) {
        return file.getFileName().toString().startsWith("10000-columns") ? "c9999" : "label";
    }

    private Path row() {
        try {
            return Files.writeString(dir.resolve("row.json"), "{}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Outcome cli(String... args) {
        CliRun run = CliRun.of(args);
        return new Outcome(run.exitCode(), run.out(), run.err());
    }

    /** Sessions have no command: the loader's answer, as the window words it. */
    private static Outcome session(Path file) {
        try {
            Session session = SessionFiles.read(file);
            return new Outcome(ExitCodes.OK, session.toString(), "");
        } catch (InvalidInputException e) {
            return new Outcome(ExitCodes.INPUT_ERROR, "", e.getMessage() + System.lineSeparator());
        }
    }

    private static void assertOutcome(Outcome outcome, int exit, String says, String fileName) {
        String everything = outcome.out() + outcome.err();
        assertThat(everything).as("no stack trace").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(outcome.exit()).as("exit code; stderr: %s", outcome.err()).isEqualTo(exit);
        if (exit == ExitCodes.INPUT_ERROR) {
            assertThat(outcome.out()).isBlank();
            List<String> lines = outcome.err().strip().lines().toList();
            assertThat(lines.subList(0, lines.size() - 1)).allMatch(line -> line.startsWith("Note: "));
            String sentence = lines.get(lines.size() - 1);
            assertThat(sentence).contains(fileName).contains(says).endsWith(".");
            assertThat(sentence.substring(0, sentence.length() - 1)).as("one sentence").doesNotContain(". ");
        } else {
            assertThat(everything).contains(says);
        }
    }
}
