package dev.ladderbench.malformed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The malformed-input corpus under {@code src/test/resources/malformed} and its table of expected outcomes. */
public final class MalformedCorpus {

    /**
     * One row of the table in the corpus README.
     *
     * @param file    the path under the corpus folder, such as {@code csv/empty.csv}
     * @param command profile, ladder, replay or session
     * @param exit    the exit code: 2 for a refusal, else 0 or 1
     * @param says    text the refusal sentence, or the output, must contain
     */
    public record Expectation(String file, String command, int exit, String says) {
        @Override
        public String toString() {
            return command + " " + file;
        }
    }

    private MalformedCorpus() {
    }

    public static Path folder() {
        try {
            return Path.of(MalformedCorpus.class.getResource("/malformed").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path file(String name) {
        return folder().resolve(name);
    }

    public static List<Expectation> table() {
        List<Expectation> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(folder().resolve("README.md"), StandardCharsets.UTF_8)) {
                if (line.startsWith("| `")) {
                    String[] cells = line.substring(1, line.length() - 1).split(" \\| ", 4);
                    rows.add(new Expectation(cells[0].trim().replace("`", ""), cells[1].trim(),
                            Integer.parseInt(cells[2].trim()), cells[3].trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The expectation of the first row naming {@code file}. */
    public static Expectation expectation(String file) {
        return table().stream().filter(row -> row.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(file + " is not in the corpus table"));
    }
}
