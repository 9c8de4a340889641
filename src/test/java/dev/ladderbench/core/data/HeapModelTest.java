package dev.ladderbench.core.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The one heap model: what data and the ladder need, and how a person is told when it will not fit. */
class HeapModelTest {

    private static final long MB = 1L << 20;

    @TempDir
    Path dir;

    /** Four rows: one numeric column, one text column. */
    private static Dataset fourRows() {
        return Columns.dataset(Columns.numbers("x", 1, 2, 3, 4), Columns.texts("t", "a", "b", "a", "b"));
    }

    @Test
    void loadedDataTakesADoubleANumericCellACodeATextCellALineNumberARowAndAStringALevel() {
        assertThat(HeapModel.dataBytes(fourRows())).isEqualTo(4 * (8 + 4 + 4) + 2 * (HeapModel.LEVEL_BYTES + 1));
    }

    @Test
    void aLevelBeyondLatin1TakesTwoBytesACharacter() {
        Dataset greek = Columns.dataset(Columns.texts("t", "αβ", "αβ"));

        assertThat(HeapModel.dataBytes(greek)).isEqualTo(2 * (4 + 4) + HeapModel.LEVEL_BYTES + 4);
    }

    @Test
    void aColumnArrayOfHalfARegionOrMoreTakesWholeRegions() {
        assertThat(HeapModel.columnBytes(100_000, 4, MB)).isEqualTo(16 + 400_000); // below half a region
        assertThat(HeapModel.columnBytes(200_000, 4, MB)).isEqualTo(MB);
        assertThat(HeapModel.columnBytes(1_000_000, 8, MB)).isEqualTo(8 * MB); // 7.6 MB
    }

    @Test
    void theRegionIsA2048thOfTheHeapRoundedUpToAPowerOfTwoFrom1To32Mb() {
        assertThat(HeapModel.regionBytes(256 * MB)).isEqualTo(MB);
        assertThat(HeapModel.regionBytes(4096 * MB)).isEqualTo(2 * MB);
        assertThat(HeapModel.regionBytes(6144 * MB)).isEqualTo(4 * MB);
        assertThat(HeapModel.regionBytes(Long.MAX_VALUE)).isEqualTo(32 * MB);
    }

    @Test
    void theModelRungsNeedLessOnASampleThanOnEveryRow() {
        long all = HeapModel.climbBytes(10_000_000, 20, 10_000_000, 2);
        long sampled = HeapModel.climbBytes(10_000_000, 20, HeapModel.modelledRows(10_000_000, 1_000_000), 2);

        assertThat(sampled).isLessThan(all / 5);
    }

    @Test
    void noNoteWhenTheClimbFitsTheHeap() {
        assertThat(HeapModel.of(1L << 30, 1L << 30).climbNote(fourRows(), 0, 5)).isEmpty();
    }

    @Test
    void aClimbLargerThanTheHeapIsNotedWithWhatItNeedsAndTheHeapToUse() {
        Dataset data = fourRows();
        long needed = HeapModel.dataBytes(data) + HeapModel.climbBytes(data, 0, 5);

        assertThat(HeapModel.of(needed - 1, needed - 1).climbNote(data, 0, 5).orElseThrow())
                .startsWith("toy.csv is open, but climbing the ladder on it may run out of memory: with the data it needs about 1 MB")
                .contains("more than the 1 MB Java may use (-Xmx); start Ladderbench with more heap, for example"
                        + " java -Xmx1g -jar ladderbench.jar, or exclude columns you do not need.");
    }

    @Test
    void runningOutNamesAtLeastAQuarterMoreThanTheHeapItHad() {
        String sentence = HeapModel.of(800 * MB, 0).ranOut("Drift", 1000, 4, 1);

        assertThat(sentence).isEqualTo("Drift ran out of memory on 1,000 rows and 4 columns: Java may use at most"
                + " 800 MB (-Xmx) and this needs about 1000 MB; start Ladderbench with more heap, for example"
                + " java -Xmx2g -jar ladderbench.jar, or exclude columns.");
    }

    @Test
    void theInstalledAppIsGivenMoreHeapThroughJavaToolOptionsOrItsLauncherConfig() throws Exception {
        Path launcher = Files.createDirectories(dir.resolve("ladderbench/bin")).resolve("ladderbench");
        Path cfg = Files.createDirectories(dir.resolve("ladderbench/lib/app")).resolve("ladderbench.cfg");
        Files.writeString(launcher, "");
        Files.writeString(cfg, "[JavaOptions]\n");

        assertThat(HeapModel.howToRaise(6, Optional.of(launcher))).isEqualTo("start Ladderbench with the environment"
                + " variable JAVA_TOOL_OPTIONS=-Xmx6g set (or add the line java-options=-Xmx6g to " + cfg + ")");
    }

    @Test
    void aJarIsGivenMoreHeapOnTheJavaCommandLine() {
        assertThat(HeapModel.howToRaise(6, Optional.empty()))
                .isEqualTo("start Ladderbench with more heap, for example java -Xmx6g -jar ladderbench.jar");
    }
}
