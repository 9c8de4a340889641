package dev.ladderbench.core.data;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static dev.ladderbench.core.data.CsvTestFiles.gzip;
import static dev.ladderbench.core.data.CsvTestFiles.read;
import static dev.ladderbench.core.data.CsvTestFiles.readError;
import static dev.ladderbench.core.data.CsvTestFiles.resource;
import static dev.ladderbench.core.data.CsvTestFiles.write;
import static dev.ladderbench.core.data.CsvTestFiles.writeBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Every way a file can be unusable ends in one sentence that names the file and says what to do. */
@Tag("core")
class CsvBadInputTest {

    @TempDir
    Path dir;

    @Test
    void emptyFileIsNamedAsEmpty() {
        InvalidInputException e = readError(resource("empty.csv"));

        assertThat(e).hasMessage("empty.csv is empty: choose a file with a header line and at least one row of data.");
        assertThat(e.skippable()).isFalse();
    }

    @Test
    void fileOfBlankLinesIsEmptyToo() throws Exception {
        assertThat(readError(write(dir, "blank.csv", "\n \r\n\n"))).hasMessageStartingWith("blank.csv is empty");
    }

    @Test
    void headerWithoutDataRowsSaysSo() {
        assertThat(readError(resource("header_only.csv")))
                .hasMessage("header_only.csv has a header line but no rows of data; choose a file with at least one"
                        + " row below the header.");
    }

    @Test
    void raggedRowNamesTheLineAndTheFieldCounts() {
        InvalidInputException e = readError(resource("ragged.csv"));

        assertThat(e).hasMessage("ragged.csv line 4 has 4 fields but the header has 3; fix that line, or read the file"
                + " again skipping bad lines.");
        assertThat(e.skippable()).isTrue();
        assertThat(e.file()).isEqualTo(resource("ragged.csv"));
    }

    @Test
    void skippingBadLinesLoadsTheRestAndSaysHowManyWereSkipped() throws Exception {
        LoadResult result = read(resource("ragged.csv"), CsvReadOptions.defaults().withSkipBadLines(true));

        assertThat(result.dataset().rowCount()).isEqualTo(4);
        assertThat(result.skippedLines()).isEqualTo(2);
        assertThat(result.notices()).singleElement().asString()
                .isEqualTo("Skipped 2 lines of ragged.csv whose field count differs from the header's 3"
                        + " (the first on line 4).");
        assertThat(result.dataset().lineNumber(3)).isEqualTo(7);
    }

    @Test
    void unclosedQuoteNamesTheLineWhereItOpenedEvenWhenALaterQuoteSeemsToCloseIt() {
        InvalidInputException e = readError(resource("unclosed_quote.csv"));

        assertThat(e).hasMessage("unclosed_quote.csv line 3 opens a quote that is never properly closed (the next"
                + " quote, on line 4, is followed by other text); add the closing quote or remove the stray one.");
        assertThat(e.skippable()).isFalse();
    }

    @Test
    void quoteLeftOpenToTheEndNamesItsLineCountingEarlierMultiLineRecords() throws Exception {
        Path file = write(dir, "late-quote.csv", "a,b\n1,\"x\ny\"\n2,ok\n3,\"open\n4,z\n");

        assertThat(readError(file)).hasMessage("late-quote.csv line 5 opens a quote that is never closed; add the"
                + " closing quote or remove the stray one.");
    }

    @Test
    void textAfterAClosingQuoteNamesTheLine() throws Exception {
        Path file = write(dir, "stray.csv", "a,b\n1,ok\n2,\"quoted\"tail\n");

        assertThat(readError(file)).hasMessageStartingWith("stray.csv line 3 has text right after a closing quote");
    }

    @Test
    void theFirstProblemInTheFileIsTheOneNamed() throws Exception {
        Path file = write(dir, "two.csv", "a,b\n1,2,3\n4,\"open\n");

        assertThat(readError(file)).hasMessageStartingWith("two.csv line 2 has 3 fields but the header has 2");
    }

    @Test
    void imageIsNotATextFile() {
        assertThat(readError(resource("image.csv")))
                .hasMessage("image.csv is not a text file (it is a PNG image); export the data as CSV and open that file.");
    }

    @Test
    void nulBytesMarkABinaryFile() throws Exception {
        Path file = writeBytes(dir, "data.bin", new byte[] {'a', ',', 'b', '\n', 1, 0, 2, '\n'});

        assertThat(readError(file)).hasMessageStartingWith("data.bin is not a text file (it holds a NUL byte at offset 5)");
    }

    @Test
    void excelWorkbookIsNotATextFile() throws Exception {
        Path file = writeBytes(dir, "book.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 20, 0, 6, 0});

        assertThat(readError(file)).hasMessageContaining("book.xlsx is not a text file (it is a ZIP archive, such as an"
                + " Excel workbook)");
    }

    @Test
    void fileTooBigForTheHeapIsRefusedBeforeParsingWithTheHeapItNeeds() throws Exception {
        StringBuilder text = new StringBuilder("a,b,c\n");
        for (int i = 0; i < 1000; i++) {
            text.append(i).append(",1.5,2\n");
        }
        Path file = write(dir, "big.csv", text.toString());
        CsvDatasetReader reader = new CsvDatasetReader(HeapModel.of(10_000, 10_000));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () ->
                reader.read(file, CsvReadOptions.defaults(), ProgressListener.NONE, CancellationToken.none()));

        assertThat(e).hasMessageMatching("big\\.csv needs about \\d+ MB of memory to load but only 1 MB is available;"
                + " start Ladderbench with more heap, for example java -Xmx\\d+g -jar ladderbench\\.jar, or load a"
                + " smaller file\\.");
    }

    @Test
    void gzipFileIsMeasuredByItsUncompressedSize() throws Exception {
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("1,2\n");
        }
        Path file = gzip(dir, "zeros.csv.gz", text.toString());
        long compressed = Files.size(file);

        assertThat(InputFile.open(file).estimatedTextBytes()).isEqualTo(text.length()).isGreaterThan(compressed);
    }

    @Test
    void enoughHeapLoadsTheFile() throws Exception {
        Path file = write(dir, "small.csv", "a\n1\n");
        CsvDatasetReader reader = new CsvDatasetReader(HeapModel.of(1L << 30, 1L << 30));

        assertThat(reader.read(file, CsvReadOptions.defaults(), ProgressListener.NONE, CancellationToken.none())
                .dataset().rowCount()).isEqualTo(1);
    }

    @Test
    void missingFileIsNamed() {
        assertThat(readError(dir.resolve("nowhere.csv")))
                .hasMessage("nowhere.csv does not exist; check the folder and the file name.");
    }

    @Test
    void folderIsNotAFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("exports"));

        assertThat(readError(folder)).hasMessage("exports is a folder, not a file; choose a CSV file inside it.");
    }

    @Test
    void unreadableFileSaysPermissionIsDenied() throws Exception {
        Path file = write(dir, "secret.csv", "a\n1\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(file)).as("running as a user who can read anything, such as root").isFalse();

        assertThat(readError(file)).hasMessageStartingWith("secret.csv cannot be read because permission is denied");
    }

    @Test
    void truncatedGzipFileCannotBeRead() throws Exception {
        Path whole = gzip(dir, "whole.csv.gz", "a,b\n" + "1,2\n".repeat(10_000));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = writeBytes(dir, "cut.csv.gz", java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(readError(cut)).hasMessageStartingWith("cut.csv.gz cannot be read (")
                .hasMessageEndingWith("); check that the file is complete and not locked by another program.");
    }
}
