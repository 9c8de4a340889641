package dev.ladderbench.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.CategoricalColumn;
import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.LoadResult;
import dev.ladderbench.core.data.NumericColumn;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV reader on any bytes, and its type inference on any cells. A plain test run replays the corpus
 * (and the inputs under {@code CsvReaderFuzzTestInputs}); {@code JAZZER_FUZZ=1} fuzzes one method.
 */
class CsvReaderFuzzTest {

    static Stream<Arguments> csvCorpus() {
        return FuzzInputs.corpus("csv");
    }

    /** Any bytes: a dataset whose columns all have its row count, or one sentence. */
    @MethodSource("csvCorpus")
    @FuzzTest(maxDuration = "5m")
    void csvReaderReturnsADatasetOrOneSentence(byte[] bytes) {
        Path file = FuzzInputs.file("fuzz.csv", bytes);
        try {
            LoadResult loaded = new CsvDatasetReader().read(file, CsvReadOptions.defaults(), ProgressListener.NONE,
                    CancellationToken.none());
            Dataset dataset = loaded.dataset();
            assertThat(dataset.rowCount()).isPositive();
            for (Column column : dataset.columns()) {
                assertThat(column.size()).isEqualTo(dataset.rowCount());
            }
            assertThat(loaded.notices()).allSatisfy(notice -> assertThat(notice).doesNotContain("\n"));
        } catch (InvalidInputException refusal) {
            FuzzInputs.assertOneSentence(refusal, file);
        }
    }

    /**
     * Cells written as a well-formed CSV (every cell quoted): each column is numeric exactly when every
     * non-missing cell is a number as {@link TypeOracle} reads it, with those numbers, and text columns keep
     * every cell's exact text.
     */
    @FuzzTest(maxDuration = "5m")
    void typeInferenceAgreesWithTheCellsWritten(FuzzedDataProvider data) {
        int columns = data.consumeInt(1, 4);
        int rows = data.consumeInt(1, 12);
        List<String[]> table = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            String[] row = new String[columns];
            for (int c = 0; c < columns; c++) {
                row[c] = TypeOracle.roundTrip(cell(data));
            }
            table.add(row);
        }
        StringBuilder csv = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            csv.append(c == 0 ? "" : ",").append("c").append(c);
        }
        csv.append('\n');
        for (String[] row : table) {
            for (int c = 0; c < columns; c++) {
                csv.append(c == 0 ? "" : ",").append('"').append(row[c].replace("\"", "\"\"")).append('"');
            }
            csv.append('\n');
        }
        Path file = FuzzInputs.file("cells.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        // A one-column row holding an empty cell is a blank line to the reader, and blank lines are skipped.
        List<String[]> kept = table.stream().filter(row -> !(columns == 1 && row[0].isEmpty())).toList();
        LoadResult loaded;
        try {
            loaded = new CsvDatasetReader().read(file, CsvReadOptions.defaults().withDelimiter(','),
                    ProgressListener.NONE, CancellationToken.none());
        } catch (InvalidInputException refusal) {
            FuzzInputs.assertOneSentence(refusal, file);
            assertThat(kept.isEmpty() || csv.indexOf("\u0000") >= 0).as(refusal.getMessage()).isTrue();
            return;
        }
        Dataset dataset = loaded.dataset();
        assertThat(dataset.rowCount()).isEqualTo(kept.size());
        for (int c = 0; c < columns; c++) {
            int column = c;
            List<String> cells = kept.stream().map(row -> row[column]).toList();
            double[] numbers = TypeOracle.numbers(cells);
            Column read = dataset.column(c);
            if (numbers != null) {
                assertThat(read).as("column %d of %s", c, cells).isInstanceOf(NumericColumn.class);
                for (int row = 0; row < numbers.length; row++) {
                    // Boxed, so that NaN (a missing cell) equals NaN
                    assertThat(Double.valueOf(((NumericColumn) read).value(row))).as("row %d of %s", row, cells)
                            .isEqualTo(Double.valueOf(numbers[row]));
                }
            } else {
                assertThat(read).as("column %d of %s", c, cells).isInstanceOf(CategoricalColumn.class);
                for (int row = 0; row < cells.size(); row++) {
                    assertThat(read.isMissing(row)).isEqualTo(TypeOracle.missing(cells.get(row)));
                    if (!read.isMissing(row)) {
                        assertThat(read.text(row)).isEqualTo(cells.get(row));
                    }
                }
            }
        }
    }

    /** Mostly cells that sit on the boundary between numbers, missing values and text. */
    private static String cell(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 7)) {
            case 0 -> Double.toString(data.consumeDouble());
            case 1 -> Long.toString(data.consumeLong());
            case 2 -> data.pickValue(List.of("", "NA", "N/A", "NaN", "null", "None", "?", " ", "Inf", "-Infinity", "+inf",
                    "1,5", "1.234,5", "12,345", "-4,500.25", "0x1p3", "1d", "1e400", ".5", "-", "+", "1e", " 7 "));
            case 3 -> data.consumeInt(-9999, 9999) + (data.consumeBoolean() ? "," : ".") + data.consumeInt(0, 999);
            default -> data.consumeString(8);
        };
    }
}
