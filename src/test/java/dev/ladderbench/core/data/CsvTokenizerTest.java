package dev.ladderbench.core.data;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Splitting text into records and fields, with the lines they start on. */
@Tag("core")
class CsvTokenizerTest {

    /** A record as read: the line it starts on and its fields. */
    record Read(int line, List<String> fields) {
        @Override
        public String toString() {
            return line + ":" + fields;
        }
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("plain fields", "a,b\n1,2\n", List.of(read(1, "a", "b"), read(2, "1", "2"))),
                Arguments.of("no line end after the last record", "a,b\n1,2", List.of(read(1, "a", "b"), read(2, "1", "2"))),
                Arguments.of("empty last field", "a,b,\n1,,", List.of(read(1, "a", "b", ""), read(2, "1", "", ""))),
                Arguments.of("CR line ends", "a,b\r1,2\r3,4", List.of(read(1, "a", "b"), read(2, "1", "2"), read(3, "3", "4"))),
                Arguments.of("CRLF line ends", "a,b\r\n1,2\r\n", List.of(read(1, "a", "b"), read(2, "1", "2"))),
                Arguments.of("mixed line ends", "a\r\nb\rc\nd", List.of(read(1, "a"), read(2, "b"), read(3, "c"), read(4, "d"))),
                Arguments.of("empty line is one empty field", "a\n\nb\n", List.of(read(1, "a"), read(2, ""), read(3, "b"))),
                Arguments.of("quoted delimiter", "\"a,b\",c\n", List.of(read(1, "a,b", "c"))),
                Arguments.of("doubled quotes are one", "\"say \"\"hi\"\"\",\"\"\"\"\n", List.of(read(1, "say \"hi\"", "\""))),
                Arguments.of("quoted empty field", "\"\",x\n\"\"\n", List.of(read(1, "", "x"), read(2, ""))),
                Arguments.of("line ends inside quotes", "id,note\n1,\"two\nlines\"\n2,\"cr\rand crlf\r\n\"\n3,x\n",
                        List.of(read(1, "id", "note"), read(2, "1", "two\nlines"), read(4, "2", "cr\rand crlf\r\n"),
                                read(7, "3", "x"))),
                Arguments.of("quote inside a plain field is text", "ab\"c,d\"\n", List.of(read(1, "ab\"c", "d\""))),
                Arguments.of("space before a quote makes it plain text", " \"a\",b\n", List.of(read(1, " \"a\"", "b"))),
                Arguments.of("whitespace after a closing quote is dropped", "\"a\" \t,\"b\"  \n", List.of(read(1, "a", "b"))),
                Arguments.of("quoted field at the end of the text", "x,\"y\"", List.of(read(1, "x", "y"))),
                Arguments.of("spaces are kept in plain fields", " 1 , 2 \n", List.of(read(1, " 1 ", " 2 "))),
                Arguments.of("a byte order mark is not taken off here", "\uFEFFa,b\n", List.of(read(1, "\uFEFFa", "b"))),
                Arguments.of("empty text has no records", "", List.of()));
    }

    private static Read read(int line, String... fields) {
        return new Read(line, List.of(fields));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void splitsRecordsAndFieldsAndNamesTheLineEachStartsOn(String what, String text, List<Read> expected)
            throws Exception {
        assertThat(readAll(new StringReader(text), ',')).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void textArrivingACharacterAtATimeSplitsTheSame(String what, String text, List<Read> expected) throws Exception {
        assertThat(readAll(new OneCharAtATime(text), ',')).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(chars = {';', '\t', '|'})
    void otherDelimitersSplitAndCommasAreText(char delimiter) throws Exception {
        String d = String.valueOf(delimiter);
        String text = "a" + d + "b,c\n\"x" + d + "y\"" + d + "1,5\n";

        assertThat(readAll(new StringReader(text), delimiter))
                .containsExactly(read(1, "a", "b,c"), read(2, "x" + d + "y", "1,5"));
    }

    static Stream<Arguments> textsAndTheirLines() {
        return Stream.of(Arguments.of("a\nb\n", 2), Arguments.of("a\nb", 2), Arguments.of("a\r\nb\r\n", 2),
                Arguments.of("a\rb", 2), Arguments.of("\"a\nb\"\n\"c\"", 3), Arguments.of("a,\n", 1),
                Arguments.of("a,", 1), Arguments.of("", 1));
    }

    /** As Commons CSV counted them: a last line without a line end counts, and so does empty text. */
    @ParameterizedTest
    @MethodSource("textsAndTheirLines")
    void linesReadCountAnUnendedLastLineAndEmptyText(String text, int lines) throws Exception {
        CsvTokenizer records = new CsvTokenizer(new StringReader(text), ',');
        while (records.next()) {
            assertThat(records.fieldCount()).isPositive();
        }

        assertThat(records.linesRead()).isEqualTo(lines);
    }

    @Test
    void fieldsLongerThanTheBufferAreReadWhole() throws Exception {
        String huge = "x".repeat(CsvTokenizer.BUFFER * 2 + 7);
        String quoted = "q\"\"".repeat(CsvTokenizer.BUFFER);
        String text = "a,b\n" + huge + ",\"" + quoted + "\"\n1,2\n";

        List<Read> records = readAll(new StringReader(text), ',');

        assertThat(records).hasSize(3);
        assertThat(records.get(1).fields()).containsExactly(huge, "q\"".repeat(CsvTokenizer.BUFFER));
        assertThat(records.get(2)).isEqualTo(read(3, "1", "2"));
    }

    @Test
    void numberCellsLieInTheBufferWithoutAString() throws Exception {
        CsvTokenizer records = new CsvTokenizer(new StringReader("x,\"2.5\"\n"), ',');
        records.next();

        assertThat(new String(records.chars(), records.start(1), records.end(1) - records.start(1))).isEqualTo("2.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\"\"\n", "\r\n"})
    void emptyFieldAloneOnALineIsABlankLine(String line) throws Exception {
        CsvTokenizer records = new CsvTokenizer(new StringReader("a\n" + line), ',');
        records.next();
        assertThat(records.blankLine()).isFalse();

        records.next();

        assertThat(records.blankLine()).isTrue();
    }

    static Stream<Arguments> quoteProblems() {
        return Stream.of(
                Arguments.of("a,b\n1,\"open\n2,x\n", true, 2, 2),
                Arguments.of("a,b\n1,\"x\ny\"\n2,ok\n3,\"open\n4,z\n", true, 5, 5),
                Arguments.of("\"", true, 1, 1),
                Arguments.of("a,b\n2,\"quoted\"tail\n", false, 2, 2),
                Arguments.of("a,b\n1,\"never closed\n2,3\n4,\"x\"y\n", false, 2, 4));
    }

    @ParameterizedTest
    @MethodSource("quoteProblems")
    void quoteProblemsNameTheRecordsLineAndTheLineOfTheTrouble(String text, boolean unclosed, int recordLine, int line) {
        CsvTokenizer.SyntaxException e = catchThrowableOfType(CsvTokenizer.SyntaxException.class,
                () -> readAll(new StringReader(text), ','));

        assertThat(e.unclosedQuote()).isEqualTo(unclosed);
        assertThat(e.recordLine()).isEqualTo(recordLine);
        assertThat(e.line()).isEqualTo(line);
    }

    /**
     * Random texts of the characters that matter read exactly as Commons CSV's default format read them (the
     * reader used before this tokenizer): the same records, starting on the same lines, the same lines read, and
     * the same quote problems on the same lines, whatever the size of the buffer.
     */
    @Test
    void readsRandomTextsAsCommonsCsvDid() throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        String alphabet = "ab1,,;\"\"\"\r\n\n  \t\u2003";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            char delimiter = random.nextBoolean() ? ',' : ';';
            String expected = commonsCsv(text.toString(), delimiter);
            assertThat(ours(new CsvTokenizer(new StringReader(text.toString()), delimiter, 1 + random.nextInt(8))))
                    .as("%s", text).isEqualTo(expected);
            assertThat(ours(new CsvTokenizer(new OneCharAtATime(text.toString()), delimiter, 64)))
                    .as("%s", text).isEqualTo(expected);
        }
    }

    private static String ours(CsvTokenizer records) throws IOException {
        StringBuilder out = new StringBuilder();
        try {
            while (records.next()) {
                out.append(records.line()).append(List.of(records.fields())).append('|');
            }
            return out.append("lines ").append(records.linesRead()).toString();
        } catch (CsvTokenizer.SyntaxException e) {
            return out.append(e.unclosedQuote() ? "unclosed at " : "text after quote at ").append(e.line()).toString();
        }
    }

    private static final Pattern LINE = Pattern.compile("(?:startline|at line:) ([\\d,.\\s\u00a0\u202f']+)");

    private static String commonsCsv(String text, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrim(false).get();
        StringBuilder out = new StringBuilder();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long start = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                out.append(start).append(List.of(records.next().values())).append('|');
            }
            return out.append("lines ").append(parser.getCurrentLineNumber()).toString();
        } catch (UncheckedIOException e) {
            String message = e.getCause().getMessage();
            Matcher m = LINE.matcher(message);
            assertThat(m.find()).as(message).isTrue();
            return out.append(message.contains("EOF reached") ? "unclosed at " : "text after quote at ")
                    .append(m.group(1).replaceAll("\\D", "")).toString();
        }
    }

    private static List<Read> readAll(Reader reader, char delimiter) throws Exception {
        CsvTokenizer records = new CsvTokenizer(reader, delimiter);
        List<Read> all = new ArrayList<>();
        while (records.next()) {
            all.add(new Read(records.line(), List.of(records.fields())));
        }
        return all;
    }

    /** A reader that hands over one character per call, so that every record crosses refills of the buffer. */
    private static final class OneCharAtATime extends Reader {
        private final String text;
        private int at;

        OneCharAtATime(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (at == text.length()) {
                return -1;
            }
            buffer[offset] = text.charAt(at++);
            return 1;
        }

        @Override
        public void close() {
        }
    }
}
