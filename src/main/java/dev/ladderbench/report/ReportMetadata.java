package dev.ladderbench.report;

import dev.ladderbench.core.data.Task;
import dev.ladderbench.core.ladder.LadderSettings;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where a report came from, printed on its title page so a reader can reproduce it.
 *
 * @param dataFile      the data file's name (not its path: the hash says which file it was)
 * @param positiveLabel empty for a macro one-vs-rest multiclass run
 * @param generated     when the report was made
 */
public record ReportMetadata(String dataFile, String sha256, String target, String positiveLabel, Task task,
                             int rows, int columns, LadderSettings settings, String ladderbenchVersion,
                             String smileVersion, String javaVersion, Instant generated) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The generation time as people read it, in UTC so that it means the same to every reader. */
    public String generatedText() {
        return UTC.format(generated);
    }

    public String versionsText() {
        return "Ladderbench " + ladderbenchVersion + ", Smile " + smileVersion + ", Java " + javaVersion;
    }

    public String settingsText() {
        return settings.folds() + " folds, " + settings.cv().id() + " cross-validation";
    }
}
