package dev.ladderbench.app.errors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RowsCsvTest {

    @TempDir
    Path directory;

    @Test
    void writesTheHeaderAndTheRowsQuotingWhereCsvNeedsIt() throws Exception {
        Path file = directory.resolve("rows.csv");

        RowsCsv.write(file, List.of("line", "purpose", "probability"),
                List.of(List.of("2", "used car", "0.8123"), List.of("7", "radio, tv", "0.1000")));

        assertThat(Files.readAllLines(file)).containsExactly("line,purpose,probability", "2,used car,0.8123",
                "7,\"radio, tv\",0.1000");
    }

    @Test
    void replacesAnEarlierFileWholeAndLeavesNoTemporaryFileBehind() throws Exception {
        Path file = directory.resolve("rows.csv");
        Files.writeString(file, "an older export with more lines\n1\n2\n3\n");

        RowsCsv.write(file, List.of("line"), List.of(List.of("5")));

        assertThat(Files.readAllLines(file)).containsExactly("line", "5");
        try (var files = Files.list(directory)) {
            assertThat(files).containsExactly(file);
        }
    }
}
