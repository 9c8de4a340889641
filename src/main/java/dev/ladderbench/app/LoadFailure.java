package dev.ladderbench.app;

import java.nio.file.Path;

/**
 * Why a file could not be opened, for the dialog that names it.
 *
 * @param sentence  one plain sentence for a person, never a stack trace
 * @param skippable true when reading again while skipping bad lines would load the rest of the file
 */
public record LoadFailure(Path file, String sentence, boolean skippable) {

    public String title() {
        return "Cannot open " + file.getFileName();
    }
}
