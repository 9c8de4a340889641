package dev.ladderbench.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.session.Session;
import dev.ladderbench.core.session.SessionFiles;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The session loader on any bytes: a session, or one sentence. */
class SessionFileFuzzTest {

    static Stream<Arguments> sessionCorpus() {
        return FuzzInputs.corpus("session");
    }

    @MethodSource("sessionCorpus")
    @FuzzTest(maxDuration = "5m")
    void sessionLoaderReturnsASessionOrOneSentence(byte[] bytes) {
        Path file = FuzzInputs.file("fuzz.ladder", bytes);
        try {
            Session session = SessionFiles.read(file);
            assertThat(session.data().isAbsolute()).isTrue();
            assertThat(session.threshold()).isBetween(0.0, 1.0);
        } catch (InvalidInputException refusal) {
            FuzzInputs.assertOneSentence(refusal, file);
        }
    }
}
