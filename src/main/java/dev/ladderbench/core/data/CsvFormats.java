package dev.ladderbench.core.data;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

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

    static boolean isBlankLine(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }
}
