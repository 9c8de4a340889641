package dev.ladderbench.core.data;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.CancelledException;
import dev.ladderbench.core.ProgressListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.ladderbench.core.data.CsvTestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Reading a file as two halves at once gives exactly what reading it in one go gives. */
@Tag("core")
class SplitReadTest {

    private static final int ROWS = 2000;

    @TempDir
    Path dir;

    private final CsvDatasetReader inHalves = new CsvDatasetReader(HeapModel.of(Long.MAX_VALUE, Long.MAX_VALUE), 0);
    private final CsvDatasetReader inOneGo = new CsvDatasetReader(HeapModel.of(Long.MAX_VALUE, Long.MAX_VALUE),
            Long.MAX_VALUE);

    /** Rows "i,x,t,c": x numeric, t numeric until {@code textAt}, c a level first seen in the second half. */
    private static String table(int textAt, String extraLine, int extraAt) {
        StringBuilder text = new StringBuilder("i,x,t,c\n");
        for (int r = 0; r < ROWS; r++) {
            if (r == extraAt) {
                text.append(extraLine);
            }
            text.append(r).append(',').append(r % 7 == 0 ? "" : String.valueOf(r * 0.5)).append(',')
                    .append(r == textAt ? "late text" : String.valueOf(r % 3)).append(',')
                    .append(r < ROWS * 3 / 4 ? "early" : "late").append('\n');
        }
        return text.toString();
    }

    @Test
    void halvesJoinToTheSameDatasetAsOnePass() throws Exception {
        Path file = write(dir, "t.csv", table(-1, "", -1));

        assertSameRead(file, CsvReadOptions.defaults());
    }

    @Test
    void columnTurningToTextInTheSecondHalfKeepsItsExactText() throws Exception {
        Path file = write(dir, "t.csv", table(ROWS - 10, "", -1));

        LoadResult result = assertSameRead(file, CsvReadOptions.defaults());

        assertThat(((CategoricalColumn) result.dataset().column("t").orElseThrow()).levels())
                .containsExactly("0", "1", "2", "late text");
    }

    @Test
    void multiLineRecordsAcrossTheMiddleAreReadInOneGo() throws Exception {
        StringBuilder text = new StringBuilder("i,note\n");
        for (int r = 0; r < ROWS; r++) {
            text.append(r).append(",\"line one\nline two\nline three\"\n");
        }
        Path file = write(dir, "quoted.csv", text.toString());

        LoadResult result = assertSameRead(file, CsvReadOptions.defaults());

        assertThat(result.dataset().lineNumber(ROWS - 1)).isEqualTo(2 + 3 * (ROWS - 1));
    }

    @Test
    void raggedRowInTheSecondHalfNamesItsLineInTheFile() throws Exception {
        Path file = write(dir, "ragged.csv", table(-1, "1,2\n", ROWS - 5));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(inHalves, file,
                CsvReadOptions.defaults()));

        assertThat(e).hasMessageStartingWith("ragged.csv line " + (ROWS - 5 + 2) + " has 2 fields but the header has 4");
    }

    @Test
    void skippedLinesInBothHalvesAreCountedOnce() throws Exception {
        String text = table(-1, "1,2\n", ROWS - 5).replace("\n10,", "\n10,5,");
        Path file = write(dir, "ragged.csv", text);

        LoadResult result = assertSameRead(file, CsvReadOptions.defaults().withSkipBadLines(true));

        assertThat(result.skippedLines()).isEqualTo(2);
        assertThat(result.notices()).singleElement().asString().contains("Skipped 2 lines", "the first on line 12");
    }

    @Test
    void unclosedQuoteInTheFirstHalfIsReportedWhereItOpened() throws Exception {
        Path file = write(dir, "open.csv", table(-1, "5,\"never closed,1,x\n", 10));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(inHalves, file,
                CsvReadOptions.defaults()));

        assertThat(e).hasMessageStartingWith("open.csv line 12 opens a quote that is never closed");
    }

    @Test
    void cancellingStopsBothHalves() throws Exception {
        Path file = write(dir, "t.csv", table(-1, "", -1) + rows(50_000));
        CancellationToken cancel = new CancellationToken();

        assertThatThrownBy(() -> inHalves.read(file, CsvReadOptions.defaults(), (fraction, message) -> cancel.cancel(),
                cancel)).isInstanceOf(CancelledException.class);
    }

    private static String rows(int count) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < count; r++) {
            text.append(r).append(",1,2,late\n");
        }
        return text.toString();
    }

    private LoadResult assertSameRead(Path file, CsvReadOptions options) throws InvalidInputException {
        LoadResult split = read(inHalves, file, options);
        LoadResult whole = read(inOneGo, file, options);
        Dataset a = split.dataset();
        Dataset b = whole.dataset();
        assertThat(a.columnNames()).isEqualTo(b.columnNames());
        assertThat(a.rowCount()).isEqualTo(b.rowCount());
        for (int c = 0; c < a.columnCount(); c++) {
            assertThat(a.column(c).getClass()).isEqualTo(b.column(c).getClass());
            assertThat(cells(a.column(c))).as(a.column(c).name()).isEqualTo(cells(b.column(c)));
            if (a.column(c) instanceof CategoricalColumn ca) {
                assertThat(ca.levels()).isEqualTo(((CategoricalColumn) b.column(c)).levels());
            }
        }
        for (int r = 0; r < a.rowCount(); r++) {
            assertThat(a.lineNumber(r)).isEqualTo(b.lineNumber(r));
        }
        assertThat(split.notices()).isEqualTo(whole.notices());
        assertThat(split.skippedLines()).isEqualTo(whole.skippedLines());
        return split;
    }

    private static List<String> cells(Column column) {
        List<String> cells = new ArrayList<>(column.size());
        for (int r = 0; r < column.size(); r++) {
            cells.add(column.isMissing(r) ? null : column.text(r));
        }
        return cells;
    }

    private static LoadResult read(CsvDatasetReader reader, Path file, CsvReadOptions options)
            throws InvalidInputException {
        return reader.read(file, options, ProgressListener.NONE, CancellationToken.none());
    }
}
