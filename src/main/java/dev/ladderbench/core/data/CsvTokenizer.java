package dev.ladderbench.core.data;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits delimited text into records and fields, in the one dialect Ladderbench reads (RFC 4180 as Commons
 * CSV's default format reads it, with the given delimiter):
 * <ul>
 *   <li>a field that starts with a double quote runs to the next lone double quote, may hold delimiters and
 *   line ends, and writes a double quote as two; whitespace between the closing quote and the delimiter is
 *   ignored, anything else there is an error; a quote inside an unquoted field is plain text;
 *   <li>a record ends at CR, LF or CRLF, or at the end of the text; an empty line is a record of one empty
 *   field, and a delimiter at the very end of the text ends the record with an empty field.
 * </ul>
 *
 * <p>It runs over every character of a file, so it makes no String per field: the fields of the current
 * record stay in the buffer (quotes taken off, doubled quotes undone in place), where a number is parsed as it
 * lies. Lines are counted as Commons CSV counts them (CR, LF and CRLF each end one, inside quotes too), so
 * that sentences name the same lines as before.
 */
final class CsvTokenizer {

    /** Characters read at a time from a file; a record longer than this grows the buffer. */
    static final int BUFFER = 1 << 19;

    private static final char QUOTE = '"';
    private static final int END_OF_TEXT = -1;

    /** A quote problem that stops reading; lines are 1-based, counted from the start of the text. */
    static final class SyntaxException extends Exception {

        private final boolean unclosedQuote;
        private final int recordLine;
        private final int line;

        private SyntaxException(boolean unclosedQuote, int recordLine, int line) {
            super(null, null, false, false);
            this.unclosedQuote = unclosedQuote;
            this.recordLine = recordLine;
            this.line = line;
        }

        /** True when the text ended inside a quoted field; else text followed a closing quote. */
        boolean unclosedQuote() {
            return unclosedQuote;
        }

        /** The line the record in trouble starts on. */
        int recordLine() {
            return recordLine;
        }

        /** The line of the opening quote (unclosed) or of the text after the closing quote. */
        int line() {
            return line;
        }
    }

    private final Reader in;
    private final char delimiter;
    /** The greatest of the characters that end a plain field: the delimiter, CR and LF. */
    private final char lastSpecial;

    private char[] buffer;
    private int limit;
    private int position;
    private boolean textEnded;
    private long charsDropped;

    private int linesEnded;
    private boolean lastLineUnended;

    private int recordStart;
    private int recordLine;
    private int fieldCount;
    // Relative to recordStart, so that moving the record to the front of the buffer keeps them valid
    private int[] starts = new int[16];
    private int[] ends = new int[16];

    /** @param delimiter neither a double quote nor a line break */
    CsvTokenizer(Reader in, char delimiter) {
        this(in, delimiter, BUFFER);
    }

    /** @param bufferSize characters read at a time: the text's length when it is short and known */
    CsvTokenizer(Reader in, char delimiter, int bufferSize) {
        if (delimiter == QUOTE || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("Not a usable delimiter: " + (int) delimiter);
        }
        this.in = in;
        this.delimiter = delimiter;
        this.lastSpecial = (char) Math.max(delimiter, '\r');
        this.buffer = new char[Math.max(1, bufferSize)];
    }

    /** Reads the next record; false at the end of the text. */
    boolean next() throws IOException, SyntaxException {
        recordStart = position;
        recordLine = linesEnded + 1;
        fieldCount = 0;
        if (position == limit && !fill()) {
            lastLineUnended |= charsDropped + limit == 0; // Commons CSV counts empty text as one line
            return false;
        }
        while (true) {
            int end = buffer[position] == QUOTE ? quotedField() : plainField();
            if (end == delimiter) {
                if (position == limit && !fill()) {
                    addField(position, position);
                    lastLineUnended = true;
                    return true;
                }
            } else {
                if (end == '\r') {
                    linesEnded++;
                    if ((position < limit || fill()) && buffer[position] == '\n') {
                        position++;
                    }
                } else if (end == '\n') {
                    linesEnded++;
                } else {
                    lastLineUnended = true;
                }
                return true;
            }
        }
    }

    /** A field not in quotes, from {@code position}; returns what ended it: the delimiter, CR, LF or the end. */
    private int plainField() throws IOException {
        int start = position;
        int p = position;
        char[] b = buffer;
        int l = limit;
        char d = delimiter;
        while (true) {
            while (p < l) {
                char c = b[p];
                // One comparison passes the usual character (a digit, a letter, a dot past a comma delimiter)
                if (c > lastSpecial || (c != d && c != '\n' && c != '\r')) {
                    p++;
                    continue;
                }
                addField(start, p);
                position = p + 1;
                return c;
            }
            position = p;
            int before = recordStart;
            boolean more = fill();
            int shift = before - recordStart;
            start -= shift;
            p = position;
            b = buffer;
            l = limit;
            if (!more) {
                addField(start, p);
                return END_OF_TEXT;
            }
        }
    }

    /** A field in quotes, {@code position} at its opening quote; returns what ended it, as {@link #plainField}. */
    private int quotedField() throws IOException, SyntaxException {
        int quoteLine = linesEnded + 1;
        int p = position + 1;
        int start = p;
        int written = p;
        char previous = QUOTE;
        while (true) {
            if (p == limit) {
                position = p;
                int before = recordStart;
                boolean more = fill();
                int shift = before - recordStart;
                p -= shift;
                start -= shift;
                written -= shift;
                if (!more) {
                    throw new SyntaxException(true, recordLine, quoteLine);
                }
            }
            char c = buffer[p++];
            if (c == QUOTE) {
                if (p == limit) {
                    position = p;
                    int before = recordStart;
                    fill();
                    int shift = before - recordStart;
                    p -= shift;
                    start -= shift;
                    written -= shift;
                }
                if (p < limit && buffer[p] == QUOTE) {
                    buffer[written++] = QUOTE;
                    p++;
                    previous = QUOTE;
                    continue;
                }
                addField(start, written);
                position = p;
                return afterClosingQuote();
            }
            if (c == '\r' || (c == '\n' && previous != '\r')) {
                linesEnded++;
            }
            buffer[written++] = c;
            previous = c;
        }
    }

    private int afterClosingQuote() throws IOException, SyntaxException {
        while (true) {
            if (position == limit && !fill()) {
                return END_OF_TEXT;
            }
            char c = buffer[position++];
            if (c == delimiter || c == '\n' || c == '\r') {
                return c;
            }
            if (!Character.isWhitespace(c)) {
                throw new SyntaxException(false, recordLine, linesEnded + 1);
            }
        }
    }

    private void addField(int start, int end) {
        if (fieldCount == starts.length) {
            starts = Arrays.copyOf(starts, fieldCount * 2);
            ends = Arrays.copyOf(ends, fieldCount * 2);
        }
        starts[fieldCount] = start - recordStart;
        ends[fieldCount] = end - recordStart;
        fieldCount++;
    }

    /**
     * Reads more text after {@code limit}, first moving the current record to the front of the buffer (or
     * growing the buffer when the record fills it); false when the text has ended.
     */
    private boolean fill() throws IOException {
        if (textEnded) {
            return false;
        }
        if (recordStart > 0) {
            System.arraycopy(buffer, recordStart, buffer, 0, limit - recordStart);
            limit -= recordStart;
            position -= recordStart;
            charsDropped += recordStart;
            recordStart = 0;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n;
        do {
            n = in.read(buffer, limit, buffer.length - limit);
        } while (n == 0);
        if (n < 0) {
            textEnded = true;
            return false;
        }
        limit += n;
        return true;
    }

    int fieldCount() {
        return fieldCount;
    }

    /** The buffer the current record's fields lie in, from {@link #start} to {@link #end}; valid until {@link #next}. */
    char[] chars() {
        return buffer;
    }

    int start(int field) {
        return recordStart + starts[field];
    }

    int end(int field) {
        return recordStart + ends[field];
    }

    String field(int field) {
        int start = start(field);
        return new String(buffer, start, end(field) - start);
    }

    String[] fields() {
        String[] fields = new String[fieldCount];
        for (int i = 0; i < fieldCount; i++) {
            fields[i] = field(i);
        }
        return fields;
    }

    /** An empty line, or a line holding just {@code ""}: one empty field. */
    boolean blankLine() {
        return fieldCount == 1 && starts[0] == ends[0];
    }

    /** The 1-based line the current record starts on. */
    int line() {
        return recordLine;
    }

    /** Lines read so far: after the last record, the lines of the text (a last line without a line end counts). */
    int linesRead() {
        return linesEnded + (lastLineUnended ? 1 : 0);
    }

    /** Characters taken from the reader and consumed so far. */
    long charsRead() {
        return charsDropped + position;
    }
}
