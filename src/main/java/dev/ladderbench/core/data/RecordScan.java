package dev.ladderbench.core.data;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.CancelledException;
import dev.ladderbench.core.ProgressListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over the records of a file: the first record is the header, blank lines are skipped,
 * records with the wrong number of fields stop the pass (or are skipped and counted), and parsing
 * problems become one sentence naming the line. What to do with each row is up to the {@link Visitor}.
 */
final class RecordScan {

    interface Visitor {
        void header(String[] fields);

        void row(String[] fields, int line);
    }

    /** Called after each batch of records, on the scanning thread. */
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

    private static final Pattern START_LINE = Pattern.compile("startline ([\\d,.\\s\u00a0\u202f']+)\\)");
    private static final Pattern AT_LINE = Pattern.compile("at line: ([\\d,.\\s\u00a0\u202f']+),");

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
        int expected = knownHeaderFields;
        int rows = 0;
        int skipped = 0;
        int firstSkipped = 0;
        int linesRead;
        try (RecordPipeline pipeline = RecordPipeline.start(file, charset, delimiter, part)) {
            RecordPipeline.Batch batch;
            do {
                cancel.throwIfCancelled();
                batch = pipeline.next();
                if (batch.failure() != null) {
                    throw failure(batch.failure(), batch.failureLine());
                }
                String[][] records = batch.records();
                int[] lines = batch.lines();
                int start = 0;
                if (expected < 0 && batch.size() > 0) {
                    visitor.header(records[0]);
                    expected = records[0].length;
                    start = 1;
                }
                for (int i = start; i < batch.size(); i++) {
                    String[] record = records[i];
                    if (record.length == expected) {
                        visitor.row(record, lines[i]);
                        rows++;
                    } else if (skipBadLines) {
                        skipped++;
                        firstSkipped = firstSkipped == 0 ? lines[i] : firstSkipped;
                    } else {
                        int line = lines[i];
                        int found = record.length;
                        int header = expected;
                        throw new BadRecordException(offset -> new InvalidInputException(file.path(), file.name()
                                + " line " + (offset + line) + " has " + found + " fields but the header has " + header
                                + "; fix that line, or read the file again skipping bad lines.", true, null), false);
                    }
                }
                progress.progress(batch.bytesRead(), rows);
            } while (!batch.last());
            linesRead = batch.linesRead();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        return new Outcome(rows, skipped, firstSkipped, Math.max(0, expected), linesRead);
    }

    private BadRecordException failure(Throwable failure, int line) throws NotUtf8Exception {
        Throwable cause = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        if (cause instanceof CharacterCodingException) {
            throw new NotUtf8Exception(cause);
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (!(cause instanceof IOException io)) {
            throw (RuntimeException) failure; // a bug, not bad input: let it surface as it is
        }
        String message = String.valueOf(io.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            long opened = lineIn(message, START_LINE, line);
            return new BadRecordException(offset -> new InvalidInputException(file.path(), file.name() + " line "
                    + (offset + opened) + " opens a quote that is never closed; add the closing quote or remove the"
                    + " stray one.", false, io), true);
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            long at = lineIn(message, AT_LINE, line);
            // A quote "closed" on a later line than its record started is usually an unclosed quote that
            // swallowed the following lines until the next quote: name where the record began.
            return new BadRecordException(offset -> new InvalidInputException(file.path(), file.name() + (at > line
                    ? " line " + (offset + line) + " opens a quote that is never properly closed (the next quote, on"
                    + " line " + (offset + at) + ", is followed by other text); add the closing quote or remove the"
                    + " stray one."
                    : " line " + (offset + at) + " has text right after a closing quote; put the whole field in quotes"
                    + " or remove the stray quote."), false, io), false);
        }
        return new BadRecordException(offset -> InputFile.cannotRead(file.path(), io), false);
    }

    /** Commons CSV names the line in its message (digits grouped by the default locale); else the record's start. */
    private static long lineIn(String message, Pattern pattern, int fallback) {
        Matcher m = pattern.matcher(message);
        if (m.find()) {
            String digits = m.group(1).replaceAll("\\D", "");
            if (!digits.isEmpty()) {
                return Long.parseLong(digits);
            }
        }
        return fallback;
    }
}
