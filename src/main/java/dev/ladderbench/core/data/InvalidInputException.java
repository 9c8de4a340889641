package dev.ladderbench.core.data;

import java.nio.file.Path;

/**
 * Input a person must fix or work around. The message is one plain sentence that names the file (and
 * the line and column where known) and says what to do next; it is shown as is, never with a stack trace.
 */
public class InvalidInputException extends Exception {

    private final Path file;
    private final boolean skippable;

    public InvalidInputException(Path file, String sentence) {
        this(file, sentence, false, null);
    }

    public InvalidInputException(Path file, String sentence, boolean skippable, Throwable cause) {
        super(sentence, cause);
        this.file = file;
        this.skippable = skippable;
    }

    public Path file() {
        return file;
    }

    /** True when reading again with {@link CsvReadOptions#skipBadLines()} would load the rest of the file. */
    public boolean skippable() {
        return skippable;
    }
}
