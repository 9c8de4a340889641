package dev.ladderbench.core.data;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;

/** The one CSV dialect Ladderbench reads, parameterised by delimiter. */
final class CsvFormats {

    private CsvFormats() {
    }

    /**
     * Double quotes, no escape character, no trimming (numbers are trimmed when parsed; level text is
     * kept exactly). Empty lines are returned as records so that the parser's line count stays exact;
     * the reader skips them with {@link #isBlankLine}. No header handling: duplicate names must not fail.
     */
    static CSVFormat of(char delimiter) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrim(false)
                .get();
    }

    /**
     * The number of fields in the header (the first non-blank record) of the start of a file, or -1 when
     * that start does not hold the whole header followed by another record.
     */
    static int headerFieldCount(String start, char delimiter) {
        try (CSVParser parser = of(delimiter).parse(new StringReader(start))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (!isBlankLine(record)) {
                    return records.hasNext() ? record.size() : -1;
                }
            }
            return -1;
        } catch (IOException | UncheckedIOException e) {
            // A quote still open at the end of the sample: the header cannot be told from it
            return -1;
        }
    }

    static boolean isBlankLine(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }
}
