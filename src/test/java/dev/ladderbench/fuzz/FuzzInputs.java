package dev.ladderbench.fuzz;

import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.malformed.MalformedCorpus;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the fuzz tests share: the malformed-input corpus as seeds (replayed in every test run, and handed to
 * the fuzzer as its starting inputs when fuzzing), a scratch file per input, and the property every loader
 * keeps: a value, or {@link InvalidInputException} with one plain sentence; anything else is a bug.
 */
final class FuzzInputs {

    private FuzzInputs() {
    }

    /** The corpus files of one family ("csv", "pipeline", "session"), as test arguments named by file. */
    static Stream<Arguments> corpus(String family) {
        try {
            Path folder = MalformedCorpus.folder().resolve(family);
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> sorted = files.sorted().toList();
                return sorted.stream().map(file -> Arguments.of(Named.of(file.getFileName().toString(), read(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code bytes} to a file named {@code name} in a folder of its own, for loaders that read files. */
    static Path file(String name, byte[] bytes) {
        try {
            Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "ladderbench-fuzz-"
                    + ProcessHandle.current().pid()));
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The refusal a person would read: one line, naming the file, no exception text. */
    static void assertOneSentence(InvalidInputException refusal, Path file) {
        String sentence = refusal.getMessage();
        assertThat(sentence).isNotBlank().doesNotContain("\n").doesNotContain("Exception")
                .contains(file.getFileName().toString());
    }
}
