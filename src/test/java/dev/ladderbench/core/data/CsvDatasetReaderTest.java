package dev.ladderbench.core.data;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.CancelledException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.ladderbench.core.data.CsvTestFiles.categorical;
import static dev.ladderbench.core.data.CsvTestFiles.gzip;
import static dev.ladderbench.core.data.CsvTestFiles.numeric;
import static dev.ladderbench.core.data.CsvTestFiles.read;
import static dev.ladderbench.core.data.CsvTestFiles.resource;
import static dev.ladderbench.core.data.CsvTestFiles.write;
import static dev.ladderbench.core.data.CsvTestFiles.writeBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("core")
class CsvDatasetReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(chars = {',', ';', '\t', '|'})
    void sniffsEachDelimiter(char delimiter) throws Exception {
        String d = String.valueOf(delimiter);
        Path file = write(dir, "d.csv", String.join(d, "a", "b", "c") + "\n" + String.join(d, "1", "x", "2.5") + "\n"
                + String.join(d, "3", "y", "4") + "\n");

        LoadResult result = read(file);

        assertThat(result.delimiter()).isEqualTo(delimiter);
        assertThat(result.dataset().columnNames()).containsExactly("a", "b", "c");
        assertThat(numeric(result.dataset(), "c").value(0)).isEqualTo(2.5);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|||", value = {
            "';'|||',;|'", "','|||';\t|'", "'\t'|||',;|'", "'|'|||',;\t'"})
    void quotedFieldsHoldingOtherDelimitersDoNotFoolTheSniffer(char delimiter, String others) throws Exception {
        String d = String.valueOf(delimiter);
        String quoted = "\"" + others + "\"";
        Path file = write(dir, "q.csv", "id" + d + "note\n1" + d + quoted + "\n2" + d + quoted + "\n3" + d + "plain\n");

        LoadResult result = read(file);

        assertThat(result.delimiter()).isEqualTo(delimiter);
        assertThat(categorical(result.dataset(), "note").text(0)).isEqualTo(others);
    }

    @Test
    void givenDelimiterOverridesSniffing() throws Exception {
        Path file = write(dir, "semi.csv", "a;b,c\n1;2,3\n");

        LoadResult result = read(file, CsvReadOptions.defaults().withDelimiter(','));

        assertThat(result.dataset().columnNames()).containsExactly("a;b", "c");
    }

    @Test
    void tsvFileIsReadWithTabs() throws Exception {
        Path file = write(dir, "data.tsv", "a\tb\n1\t2\n3\t4\n");

        LoadResult result = read(file);

        assertThat(result.delimiter()).isEqualTo('\t');
        assertThat(numeric(result.dataset(), "b").toArray()).containsExactly(2, 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"data.csv.gz", "data.tsv.gz", "named-without-gz.csv"})
    void gzipIsDetectedByItsMagicBytes(String name) throws Exception {
        Path file = gzip(dir, name, "a\tb\n1\tx\n2\ty\n");

        LoadResult result = read(file);

        assertThat(result.dataset().rowCount()).isEqualTo(2);
        assertThat(categorical(result.dataset(), "b").levels()).containsExactly("x", "y");
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheFirstName() throws Exception {
        byte[] text = "größe,b\n1,ä\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        LoadResult result = read(writeBytes(dir, "bom.csv", withBom));

        assertThat(result.dataset().columnNames()).containsExactly("größe", "b");
        assertThat(result.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(result.notices()).isEmpty();
    }

    @Test
    void fileThatIsNotUtf8IsReadAsWindows1252WithANotice() throws Exception {
        LoadResult result = read(resource("windows1252.csv"));

        assertThat(result.charset().name()).isEqualTo("windows-1252");
        assertThat(categorical(result.dataset(), "name").text(0)).isEqualTo("René");
        assertThat(categorical(result.dataset(), "city").text(0)).isEqualTo("Zürich");
        assertThat(result.notices()).singleElement().asString()
                .contains("windows1252.csv is not valid UTF-8", "Windows-1252");
    }

    @Test
    void badUtf8AfterTheFirstBlockStillFallsBackToWindows1252() throws Exception {
        StringBuilder text = new StringBuilder("id,name\n");
        for (int i = 0; text.length() < 3 * TextSample.SIZE; i++) {
            text.append(i).append(",plain\n");
        }
        byte[] head = text.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "99999,Ren\u00e9\n".getBytes(TextSample.WINDOWS_1252);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);

        LoadResult result = read(writeBytes(dir, "late.csv", all));

        CategoricalColumn names = categorical(result.dataset(), "name");
        assertThat(names.text(names.size() - 1)).isEqualTo("René");
        assertThat(result.notices()).singleElement().asString().contains("Windows-1252");
    }

    @Test
    void crlfLineEndsAreReadLikeLf() throws Exception {
        LoadResult result = read(write(dir, "crlf.csv", "a,b\r\n1,x\r\n2,y\r\n"));

        assertThat(categorical(result.dataset(), "b").levels()).containsExactly("x", "y");
        assertThat(result.dataset().lineNumber(1)).isEqualTo(3);
    }

    @Test
    void embeddedNewlinesKeepTheLineNumbersOfLaterRows() throws Exception {
        Path file = write(dir, "multi.csv", "id,note\n1,\"two\nlines\"\n2,plain\n\n3,\"three\r\nline\nnote\"\n4,end\n");

        Dataset dataset = read(file).dataset();

        assertThat(categorical(dataset, "note").text(0)).isEqualTo("two\nlines");
        assertThat(List.of(dataset.lineNumber(0), dataset.lineNumber(1), dataset.lineNumber(2), dataset.lineNumber(3)))
                .containsExactly(2, 4, 6, 9);
    }

    @Test
    void headerSpanningTwoLinesShiftsTheRowsLines() throws Exception {
        Dataset dataset = read(write(dir, "h.csv", "id,\"long\nname\"\n1,x\n2,y\n")).dataset();

        assertThat(dataset.columnNames()).containsExactly("id", "long\nname");
        assertThat(List.of(dataset.lineNumber(0), dataset.lineNumber(1))).containsExactly(3, 4);
    }

    @Test
    void oldMacLineEndsAreLineEndsToo() throws Exception {
        Dataset dataset = read(write(dir, "cr.csv", "a,b\r1,x\r2,y\r")).dataset();

        assertThat(dataset.rowCount()).isEqualTo(2);
        assertThat(dataset.lineNumber(1)).isEqualTo(3);
    }

    @Test
    void simpleFilesNeedNoLineNumberTable() throws Exception {
        Dataset dataset = read(write(dir, "simple.csv", "a\n1\n2\n3\n")).dataset();

        assertThat(dataset.lineNumber(2)).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NA", "N/A", "NaN", "null", "None", "?", " NA ", "  "})
    void missingTokensAreMissingInNumericColumns(String token) throws Exception {
        Dataset dataset = read(write(dir, "m.csv", "x,y\n1,a\n" + token + ",b\n3,c\n")).dataset();

        NumericColumn x = numeric(dataset, "x");
        assertThat(x.isMissing(1)).isTrue();
        assertThat(x.value(2)).isEqualTo(3);
    }

    @Test
    void missingTokensAreMissingInTextColumnsButOtherTextIsKeptExactly() throws Exception {
        Dataset dataset = read(write(dir, "t.csv", "c,n\nred,1\nNA,2\n?,3\n blue ,4\n,5\n")).dataset();

        CategoricalColumn c = categorical(dataset, "c");
        assertThat(c.levels()).containsExactly("red", " blue ");
        assertThat(List.of(c.isMissing(1), c.isMissing(2), c.isMissing(4))).containsOnly(true);
    }

    @Test
    void missingTokensAreConfigurable() throws Exception {
        Path file = write(dir, "m.csv", "x\n1\n-999\nNA\n");

        Dataset dataset = read(file, CsvReadOptions.defaults().withMissingTokens(Set.of("-999"))).dataset();

        assertThat(categorical(dataset, "x").levels()).containsExactly("1", "NA");
        assertThat(categorical(dataset, "x").isMissing(1)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"Inf,Infinity", "+Inf,Infinity", "-Inf,-Infinity", "Infinity,Infinity", "-Infinity,-Infinity",
            "' 1.5 ',1.5", "-0.25,-0.25", "+7,7", "1e-3,0.001", ".5,0.5"})
    void numbersAndInfinitiesParseExactly(String cell, double expected) throws Exception {
        Dataset dataset = read(write(dir, "n.csv", "x\n\"" + cell + "\"\n2\n")).dataset();

        assertThat(numeric(dataset, "x").value(0)).isEqualTo(expected);
    }

    @Test
    void numbersParseAsDoubleParseDoubleDoes() throws Exception {
        String[] cells = {"0.1", "2.2250738585072011e-308", "1.7976931348623157E308", "123456789012345678901234567890",
                "4.9e-324", "0.30000000000000004"};
        Dataset dataset = read(write(dir, "exact.csv", "x\n" + String.join("\n", cells) + "\n")).dataset();

        for (int i = 0; i < cells.length; i++) {
            assertThat(numeric(dataset, "x").value(i)).isEqualTo(Double.parseDouble(cells[i]));
        }
    }

    @Test
    void integerValuedColumnsAreRemembered() throws Exception {
        Dataset dataset = read(write(dir, "i.csv", "whole,fraction\n1,1\n-2,2.5\n,3\n4.0,4\n")).dataset();

        assertThat(numeric(dataset, "whole").integerValued()).isTrue();
        assertThat(numeric(dataset, "fraction").integerValued()).isFalse();
    }

    @Test
    void typeIsInferredOverAllRowsAndTextAfterNumbersKeepsItsExactText() throws Exception {
        StringBuilder text = new StringBuilder("code,v\n");
        for (int i = 0; i < 100_000; i++) {
            text.append(i % 3 == 0 ? "007" : "1.50").append(',').append(i).append('\n');
        }
        text.append("A12,1\n");

        Dataset dataset = read(write(dir, "late-text.csv", text.toString())).dataset();

        CategoricalColumn code = categorical(dataset, "code");
        assertThat(code.levels()).containsExactly("007", "1.50", "A12");
        assertThat(code.text(dataset.rowCount() - 1)).isEqualTo("A12");
        assertThat(numeric(dataset, "v").value(99_999)).isEqualTo(99_999);
    }

    @Test
    void columnThatStartsMissingAndTurnsToTextNeedsNoSecondPass() throws Exception {
        Dataset dataset = read(write(dir, "s.csv", "c,n\n,1\nNA,2\nred,3\n")).dataset();

        CategoricalColumn c = categorical(dataset, "c");
        assertThat(c.levels()).containsExactly("red");
        assertThat(List.of(c.isMissing(0), c.isMissing(1), c.isMissing(2))).containsExactly(true, true, false);
    }

    @Test
    void allMissingColumnIsNumeric() throws Exception {
        Dataset dataset = read(write(dir, "e.csv", "a,b\n1,\n2,NA\n")).dataset();

        assertThat(dataset.column("b")).get().isInstanceOf(NumericColumn.class);
    }

    @Test
    void repeatedAndEmptyHeaderNamesAreMadeUniqueWithANotice() throws Exception {
        Path file = write(dir, "h.csv", "x,y,x,,x,y\n1,2,3,4,5,6\n");

        LoadResult result = read(file);

        assertThat(result.dataset().columnNames()).containsExactly("x", "y", "x_2", "column_4", "x_3", "y_2");
        assertThat(result.notices()).singleElement().asString()
                .contains("h.csv", "column 3 'x' is now 'x_2'", "column 4 (no name) is now 'column_4'");
    }

    @Test
    void generatedNamesAvoidNamesTheHeaderAlreadyUses() throws Exception {
        LoadResult result = read(write(dir, "h.csv", "x,x_2,x,\n1,2,3,4\n"));

        assertThat(result.dataset().columnNames()).containsExactly("x", "x_2", "x_3", "column_4");
    }

    @Test
    void progressRisesToOneAsBytesAreRead() throws Exception {
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 0; i < 50_000; i++) {
            text.append(i).append(",").append(i * 0.5).append('\n');
        }
        List<Double> fractions = new ArrayList<>();

        new CsvDatasetReader().read(write(dir, "p.csv", text.toString()), CsvReadOptions.defaults(),
                (fraction, message) -> fractions.add(fraction), CancellationToken.none());

        assertThat(fractions).hasSizeGreaterThan(2).isSorted();
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void cancellingStopsTheReadWithCancelledException() throws Exception {
        StringBuilder text = new StringBuilder("a\n");
        for (int i = 0; i < 100_000; i++) {
            text.append(i).append('\n');
        }
        Path file = write(dir, "c.csv", text.toString());
        CancellationToken cancel = new CancellationToken();

        assertThatThrownBy(() -> new CsvDatasetReader().read(file, CsvReadOptions.defaults(),
                (fraction, message) -> cancel.cancel(), cancel))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void theInputFileIsNotModified() throws Exception {
        Path file = write(dir, "keep.csv", "a,,a\n1,2,3\n");
        byte[] before = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);

        read(file);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }
}
