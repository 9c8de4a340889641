package dev.ladderbench.core.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SampleWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesEverySamplesFilesAndTheCards() throws IOException {
        List<Path> written = SampleWriter.writeAll(dir, Samples.all(), Sample.DEFAULT_SEED);

        List<String> expected = Samples.all().stream().flatMap(s -> s.card().files().stream()).toList();
        assertThat(written).extracting(p -> p.getFileName().toString()).containsAll(expected)
                .endsWith(SampleWriter.CARDS).hasSize(expected.size() + 1);
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(expected.size() + 1); // no temporary file left behind
        }
    }

    @Test
    void theCardsHoldEveryTitleAndFoldTheBugsAway() throws IOException {
        SampleWriter.writeAll(dir, Samples.all(), Sample.DEFAULT_SEED);

        String cards = Files.readString(dir.resolve(SampleWriter.CARDS));
        assertThat(cards).contains("## Hospital readmission (clean)", "## Readmission with a discharge code",
                "<details><summary>The bug</summary>", "Named by: `target-leakage`");
    }

    @Test
    void writingAgainReplacesItsOwnFilesWithTheSameBytesAndLeavesOthersAlone() throws IOException {
        Path mine = dir.resolve("readmission.csv");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "keep me");
        SampleWriter.writeAll(dir, Samples.all(), Sample.DEFAULT_SEED);
        byte[] first = Files.readAllBytes(mine);
        Files.writeString(mine, "edited");

        SampleWriter.writeAll(dir, Samples.all(), Sample.DEFAULT_SEED);

        assertThat(Files.readAllBytes(mine)).isEqualTo(first);
        assertThat(Files.readString(notes)).isEqualTo("keep me");
    }
}
