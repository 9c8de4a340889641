package dev.ladderbench.core.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.ladderbench.core.data.CsvTestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

/** The estimate made before reading: from the file's size and first lines, with the -Xmx to use. */
class MemoryEstimateTest {

    @TempDir
    Path dir;

    /** 10,000 rows of 4 numbers: about 320 KB of values. */
    private Path numbers() throws Exception {
        StringBuilder text = new StringBuilder("a,b,c,d\n");
        for (int i = 0; i < 10_000; i++) {
            text.append(i).append(",1.25,2.5,").append(i % 2).append('\n');
        }
        return write(dir, "numbers.csv", text.toString());
    }

    private static MemoryEstimate estimate(Path file, long available, int sampleRows) throws Exception {
        return new CsvDatasetReader(HeapModel.of(1L << 30, available))
                .estimateMemory(file, CsvReadOptions.defaults(), sampleRows, 5);
    }

    @Test
    void theRowsAndTheBytesAreEstimatedFromTheSizeAndTheFirstLines() throws Exception {
        MemoryEstimate estimate = estimate(numbers(), 1L << 30, 0);

        assertThat(estimate.estimatedRows()).isBetween(9_000L, 11_000L);
        assertThat(estimate.loadBytes()).isBetween(320_000L, 5_000_000L); // values, plus records in flight
        assertThat(estimate.climbBytes()).isGreaterThan(estimate.loadBytes());
        assertThat(estimate.advice()).isEmpty();
    }

    @Test
    void aFileThatLoadsButCannotBeClimbedIsToldInOneSentenceWithTheHeapToUse() throws Exception {
        MemoryEstimate tight = estimate(numbers(), 1L << 30, 0);
        MemoryEstimate estimate = estimate(numbers(), (tight.loadBytes() + tight.climbBytes()) / 2, 0);

        assertThat(estimate.fitsToLoad()).isTrue();
        assertThat(estimate.fitsToClimb()).isFalse();
        assertThat(estimate.advice().orElseThrow()).matches("numbers\\.csv loads in \\d+ MB, but climbing the ladder"
                + " on it needs about \\d+ MB and only \\d+ MB is available; start Ladderbench with more heap, for"
                + " example java -Xmx\\d+g -jar ladderbench\\.jar, or model a smaller sample \\(--sample-rows\\)\\.");
    }

    @Test
    void aSmallerSampleNeedsLessToClimb() throws Exception {
        Path file = numbers();

        assertThat(estimate(file, 1L << 30, 1000).climbBytes()).isLessThan(estimate(file, 1L << 30, 0).climbBytes());
    }

    @Test
    void aFileThatCannotLoadSaysSoFirst() throws Exception {
        MemoryEstimate estimate = estimate(numbers(), 10_000, 0);

        assertThat(estimate.fitsToLoad()).isFalse();
        assertThat(estimate.advice().orElseThrow()).startsWith("numbers.csv needs about").contains("-Xmx");
    }
}
