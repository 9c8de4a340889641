package dev.ladderbench.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RecentFilesTest {

    @TempDir
    Path settings;

    @TempDir
    Path data;

    @Test
    void theMostRecentFileComesFirstAndSurvivesARestart() {
        RecentFiles recent = RecentFiles.in(settings);
        recent.add(data.resolve("a.csv"));
        recent.add(data.resolve("b.csv"));

        assertThat(RecentFiles.in(settings).entries()).containsExactly(data.resolve("b.csv"), data.resolve("a.csv"));
    }

    @Test
    void openingAFileAgainMovesItToTheFrontWithoutDuplicatingIt() {
        RecentFiles recent = RecentFiles.in(settings);
        recent.add(data.resolve("a.csv"));
        recent.add(data.resolve("b.csv"));
        recent.add(data.resolve("sub/../a.csv"));

        assertThat(RecentFiles.in(settings).entries()).containsExactly(data.resolve("a.csv"), data.resolve("b.csv"));
    }

    @Test
    void onlyTheTenMostRecentFilesAreKept() {
        RecentFiles recent = RecentFiles.in(settings);
        IntStream.range(0, 12).forEach(i -> recent.add(data.resolve(i + ".csv")));

        assertThat(RecentFiles.in(settings).entries()).hasSize(RecentFiles.CAPACITY)
                .startsWith(data.resolve("11.csv")).endsWith(data.resolve("2.csv"));
    }

    @Test
    void clearingEmptiesTheStoredList() {
        RecentFiles recent = RecentFiles.in(settings);
        recent.add(data.resolve("a.csv"));
        recent.clear();

        assertThat(RecentFiles.in(settings).entries()).isEmpty();
    }

    @Test
    void savingLeavesNoTemporaryFileBehind() throws IOException {
        RecentFiles.in(settings).add(data.resolve("a.csv"));

        try (var files = Files.list(settings)) {
            assertThat(files).containsExactly(settings.resolve(RecentFiles.FILE_NAME));
        }
    }

    @Test
    void theSettingsDirectoryCanBeOverriddenBySystemProperty() {
        String previous = System.getProperty(SettingsDirectory.PROPERTY);
        System.setProperty(SettingsDirectory.PROPERTY, settings.toString());
        try {
            assertThat(SettingsDirectory.resolve()).isEqualTo(settings);
        } finally {
            if (previous == null) {
                System.clearProperty(SettingsDirectory.PROPERTY);
            } else {
                System.setProperty(SettingsDirectory.PROPERTY, previous);
            }
        }
    }
}
