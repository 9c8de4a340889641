package dev.ladderbench.core.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/** The header of the start of a file, read the way the whole file will be ({@link CsvTokenizer}). */
final class SampleHeader {

    private SampleHeader() {
    }

    /**
     * The number of fields in the header (the first non-blank record) of the start of a file, or -1 when
     * that start does not hold the whole header followed by another record.
     */
    static int fieldCount(String start, char delimiter) {
        CsvTokenizer records = new CsvTokenizer(new StringReader(start), delimiter, start.length() + 1);
        try {
            while (records.next()) {
                if (!records.blankLine()) {
                    int fields = records.fieldCount();
                    return records.next() ? fields : -1;
                }
            }
            return -1;
        } catch (CsvTokenizer.SyntaxException e) {
            // A quote still open at the end of the sample: the header cannot be told from it
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException("A StringReader does not fail", e);
        }
    }
}
