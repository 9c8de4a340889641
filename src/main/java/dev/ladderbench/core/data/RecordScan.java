package dev.ladderbench.core.data;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;

/**
 * One pass over the records of a file: the first record is the header, blank lines are skipped,
 * records with the wrong number of fields stop the pass (or are skipped and counted), and parsing
 * problems become one sentence naming the line. What to do with each row is up to the {@link Visitor}.
 */
final class RecordScan {

    interface Visitor {
        void header(String[] fields);

        /** A record with as many fields as the header, read from {@code record} before it moves on. */
        void row(CsvTokenizer record, int line);
    }

    /** Called about every 64K characters of text, and once at the end, on the scanning thread. */
    interface Progress {
        void progress(long bytesRead, int rows);
    }

    /** The file turned out not to be UTF-8 after the sample that said it was: read it again as Windows-1252. */
    static final class NotUtf8Exception extends Exception {
        NotUtf8Exception(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    /**
     * @param rows             rows visited
     * @param skippedLines     records skipped for their field count
     * @param firstSkippedLine the line the first of them started on, 0 when none
     * @param headerFields     fields in the header, 0 when the file had no records
     * @param linesRead        lines of the part read
     */
    record Outcome(int rows, int skippedLines, int firstSkippedLine, int headerFields, int linesRead) {
    }

    /** Characters read between progress reports and checks for cancellation. */
    private static final int REPORT_EVERY = 1 << 16;

    private final InputFile file;
    private final Charset charset;
    private final char delimiter;
    private final boolean skipBadLines;
    private final FilePart part;
    private final int knownHeaderFields;

    /** Reads the whole file; its first record is the header. */
    RecordScan(InputFile file, Charset charset, char delimiter, boolean skipBadLines) {
        this(file, charset, delimiter, skipBadLines, FilePart.WHOLE, -1);
    }

    /**
     * @param headerFields the header's field count when {@code part} starts after the header, else -1
     */
    RecordScan(InputFile file, Charset charset, char delimiter, boolean skipBadLines, FilePart part,
               int headerFields) {
        this.file = file;
        this.charset = charset;
        this.delimiter = delimiter;
        this.skipBadLines = skipBadLines;
        this.part = part;
        this.knownHeaderFields = headerFields;
    }

    /** Reads the whole file, naming lines as they are in the file. */
    Outcome run(Visitor visitor, String task, ProgressListener progress, CancellationToken cancel)
            throws InvalidInputException, NotUtf8Exception {
        try {
            return run(visitor, (bytes, rows) -> progress.progress(
                    file.size() == 0 ? -1 : Math.min(1.0, (double) bytes / file.size()),
                    task + " " + file.name() + ": " + rows + " rows"), cancel);
        } catch (BadRecordException e) {
            throw e.toInvalidInput(0);
        }
    }

    Outcome run(Visitor visitor, Progress progress, CancellationToken cancel)
            throws BadRecordException, NotUtf8Exception {
        cancel.throwIfCancelled();
        int expected = knownHeaderFields;
        int rows = 0;
        int skipped = 0;
        int firstSkipped = 0;
        try (CountingInputStream counted = part.whole() ? file.openCounted() : file.openCounted(part.from(), part.to());
             InputStream content = part.whole() ? file.openContentToReadAll(counted) : counted;
             Reader reader = new InputStreamReader(part.from() == 0 ? skipBom(content) : content,
                     TextSample.decoder(charset))) {
            CsvTokenizer records = new CsvTokenizer(reader, delimiter);
            long nextReport = REPORT_EVERY;
            while (records.next()) {
                if (records.charsRead() >= nextReport) {
                    cancel.throwIfCancelled();
                    progress.progress(counted.count(), rows);
                    nextReport = records.charsRead() + REPORT_EVERY;
                }
                if (records.blankLine()) {
                    continue;
                }
                if (expected < 0) {
                    visitor.header(records.fields());
                    expected = records.fieldCount();
                } else if (records.fieldCount() == expected) {
                    visitor.row(records, records.line());
                    rows++;
                } else if (skipBadLines) {
                    skipped++;
                    firstSkipped = firstSkipped == 0 ? records.line() : firstSkipped;
                } else {
                    int line = records.line();
                    int found = records.fieldCount();
                    int header = expected;
                    throw new BadRecordException(offset -> new InvalidInputException(file.path(), file.name()
                            + " line " + (offset + line) + " has " + found + " fields but the header has " + header
                            + "; fix that line, or read the file again skipping bad lines.", true, null), false);
                }
            }
            progress.progress(counted.count(), rows);
            return new Outcome(rows, skipped, firstSkipped, Math.max(0, expected), records.linesRead());
        } catch (CsvTokenizer.SyntaxException e) {
            throw quoteProblem(e);
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(e);
        } catch (IOException e) {
            throw new BadRecordException(offset -> InputFile.cannotRead(file.path(), e), false);
        }
    }

    private BadRecordException quoteProblem(CsvTokenizer.SyntaxException e) {
        int line = e.recordLine();
        int at = e.line();
        if (e.unclosedQuote()) {
            return new BadRecordException(offset -> new InvalidInputException(file.path(), file.name() + " line "
                    + (offset + at) + " opens a quote that is never closed; add the closing quote or remove the"
                    + " stray one."), true);
        }
        // A quote "closed" on a later line than its record started is usually an unclosed quote that
        // swallowed the following lines until the next quote: name where the record began.
        return new BadRecordException(offset -> new InvalidInputException(file.path(), file.name() + (at > line
                ? " line " + (offset + line) + " opens a quote that is never properly closed (the next quote, on"
                + " line " + (offset + at) + ", is followed by other text); add the closing quote or remove the"
                + " stray one."
                : " line " + (offset + at) + " has text right after a closing quote; put the whole field in quotes"
                + " or remove the stray quote.")), false);
    }

    private static InputStream skipBom(InputStream content) throws IOException {
        InputStream buffered = new BufferedInputStream(content, 1 << 16);
        buffered.mark(3);
        byte[] start = buffered.readNBytes(3);
        if (!(start.length == 3 && (start[0] & 0xff) == 0xEF && (start[1] & 0xff) == 0xBB && (start[2] & 0xff) == 0xBF)) {
            buffered.reset();
        }
        return buffered;
    }
}
