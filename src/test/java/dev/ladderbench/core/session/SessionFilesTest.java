package dev.ladderbench.core.session;

import dev.ladderbench.core.checklist.ManualCheck;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.ladder.CvScheme;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.Thresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionFilesTest {

    private static final String SHA = "a".repeat(64);

    @TempDir
    Path dir;

    private Session session() {
        return new Session(dir.resolve("credit.csv").toAbsolutePath(), SHA, "class", Optional.of("bad"),
                List.of("age", "duration"), new LadderSettings(10, 7, CvScheme.ORDERED, Thresholds.defaults(),
                250_000),
                RungId.LINEAR, 0.35, Set.of(RungId.SANITY, RungId.LINEAR),
                Map.of("test-set-once", new ManualCheck(true, "Scored once — «ok» 検証"),
                        "rolling-auc", new ManualCheck(false, "later")));
    }

    @Test
    void aSessionReadsBackAsWritten() throws Exception {
        Path file = dir.resolve("work.ladder");

        SessionFiles.write(file, session());

        assertThat(SessionFiles.read(file)).isEqualTo(session());
        assertThat(Files.readString(file)).startsWith("{\n  \"schema\" : \"ladderbench/session-v1\"");
    }

    @Test
    void aSessionWithoutPositiveClassOverridesOrChecksReadsBack() throws Exception {
        Path file = dir.resolve("plain.ladder");
        Session plain = new Session(dir.resolve("d.csv").toAbsolutePath(), SHA, "y", Optional.empty(), List.of(),
                LadderSettings.defaults(), RungId.FOREST, 0.5, Set.of(), Map.of());

        SessionFiles.write(file, plain);

        assertThat(SessionFiles.read(file)).isEqualTo(plain);
    }

    @Test
    void aSessionSavedBeforeTheSampleCouldBeSetModelsTheDefaultSample() throws Exception {
        Path file = dir.resolve("older.ladder");
        SessionFiles.write(file, session());
        Files.writeString(file, Files.readString(file).replaceAll(",\\s*\"sample_rows\" : 250000", ""));

        assertThat(SessionFiles.read(file).settings().sampleRows()).isEqualTo(LadderSettings.DEFAULT_SAMPLE_ROWS);
    }

    @Test
    void theSameSessionWritesTheSameBytes() throws Exception {
        SessionFiles.write(dir.resolve("a.ladder"), session());
        SessionFiles.write(dir.resolve("b.ladder"), session());

        assertThat(Files.readString(dir.resolve("b.ladder"))).isEqualTo(Files.readString(dir.resolve("a.ladder")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not json | {\"schema\": | is not a Ladderbench session: it is not valid JSON (line 1, column 11); choose a .ladder file saved by File > Save session.",
            "empty | '' | is empty, not a Ladderbench session; choose a .ladder file saved by File > Save session.",
            "an array | [1, 2] | is not a Ladderbench session (it has no \"schema\"",
            "another schema | {\"schema\": \"ladderbench/report-v1\"} | is not a Ladderbench session (it has no",
            "a later version | {\"schema\": \"ladderbench/session-v2\"} | was saved as ladderbench/session-v2, and this Ladderbench reads ladderbench/session-v1 only;",
            "a bad hash | {\"schema\":\"ladderbench/session-v1\",\"data\":{\"path\":\"d.csv\",\"sha256\":\"" + "x"
                    + "\"}} | is not a valid session: data.sha256 is not a SHA-256 in hex; fix that field, or open the data and save the session again.",
    })
    void malformedFilesGiveOneSentence(String name, String content, String sentence) throws IOException {
        Path file = dir.resolve("bad.ladder");
        Files.writeString(file, content);

        assertThatThrownBy(() -> SessionFiles.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(sentence).hasMessageStartingWith("bad.ladder ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "target | \"class\" | 12 | target must be text; fix that field, or open the data and save the session again.",
            "excluded | [ \"age\", \"duration\" ] | \"age\" | excluded must be a list of names; fix that field, or open the data and save the session again.",
            "overrides | [ \"sanity\", \"linear\" ] | [\"../../etc\"] | overrides holds \"../../etc\", which is no rung; fix that field, or open the data and save the session again.",
            "folds | 10 | 1 | settings.folds must be a whole number from 2 to 1000; fix that field, or open the data and save the session again.",
            "seed | 7 | 4.5 | settings.seed must be a whole number; fix that field, or open the data and save the session again.",
            "cv | \"ordered\" | \"random\" | settings.cv must be one of shuffled, ordered; fix that field, or open the data and save the session again.",
            "model | \"linear\" | \"sanity\" | errors.model must be one of linear, forest; fix that field, or open the data and save the session again.",
            "threshold | 0.35 | 7 | errors.threshold must be between 0 and 1; fix that field, or open the data and save the session again.",
            "ticked | true | \"yes\" | checklist.test-set-once must hold \"ticked\" (true or false) and \"note\" (text); fix that field, or open the data and save the session again.",
    })
    void aFieldOfTheWrongTypeIsNamed(String field, String written, String replacement, String sentence)
            throws Exception {
        Path file = dir.resolve("bad.ladder");
        SessionFiles.write(file, session());
        String json = Files.readString(file);
        String key = "\"" + field + "\" : ";
        assertThat(json).contains(key + written);
        Files.writeString(file, json.replaceFirst(java.util.regex.Pattern.quote(key + written),
                java.util.regex.Matcher.quoteReplacement(key + replacement)));

        assertThatThrownBy(() -> SessionFiles.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage("bad.ladder is not a valid session: " + sentence);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithoutParsing() throws IOException {
        Path file = dir.resolve("huge.ladder");
        Files.writeString(file, "{\"schema\":\"ladderbench/session-v1\",\"pad\":\"" + "x".repeat(1 << 20) + "\"}");

        assertThatThrownBy(() -> SessionFiles.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage("huge.ladder is larger than 1 MB, too large for a session file; choose the .ladder file"
                        + " saved by File > Save session.");
    }

    @Test
    void aVeryLongNoteIsRefused() throws Exception {
        Path file = dir.resolve("notes.ladder");
        SessionFiles.write(file, new Session(dir.resolve("d.csv"), SHA, "y", Optional.empty(), List.of(),
                LadderSettings.defaults(), RungId.FOREST, 0.5, Set.of(),
                Map.of("rolling-auc", new ManualCheck(true, "n".repeat(SessionFiles.MAX_NOTE_CHARS + 1)))));

        assertThatThrownBy(() -> SessionFiles.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage("notes.ladder is not a valid session: the note of rolling-auc is longer than 10000"
                        + " characters; fix that field, or open the data and save the session again.");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("gone.ladder");

        assertThatThrownBy(() -> SessionFiles.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage("The session file " + file + " does not exist.");
    }
}
