package dev.ladderbench.core.data;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.CancelledException;
import dev.ladderbench.core.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The first pass over a file: every column typed and stored. A large plain file is read as two halves
 * at once, split at a line end near the middle, each half split into fields and converted to numbers
 * on its own core. Whether the split fell inside a quoted field is only known when the first half ends
 * inside quotes; then the file is read again in one go.
 *
 * @param columns the typed columns, in file order
 * @param outcome counts over the whole file, lines named as in the file
 */
record FirstPass(TypedColumns columns, RecordScan.Outcome outcome) {

    private static final Logger LOG = LoggerFactory.getLogger(FirstPass.class);

    static FirstPass read(InputFile input, Charset charset, char delimiter, CsvReadOptions options, CellRules rules,
                          String sampleText, long splitAbove, ProgressListener progress, CancellationToken cancel)
            throws InvalidInputException, RecordScan.NotUtf8Exception {
        // The split looks for a '\n' byte, which in UTF-16 may be half of another character.
        if (!input.gzip() && input.size() > splitAbove && !charset.equals(StandardCharsets.UTF_16)) {
            int headerFields = SampleHeader.fieldCount(sampleText, delimiter);
            long middle = headerFields > 0 ? InputFile.lineStartNearTheMiddle(input) : -1;
            if (middle > 0) {
                FirstPass halves = readInHalves(input, charset, delimiter, options, rules, headerFields, middle,
                        progress, cancel);
                if (halves != null) {
                    return halves;
                }
            }
        }
        TypedColumns columns = new TypedColumns(rules);
        RecordScan scan = new RecordScan(input, charset, delimiter, options.skipBadLines());
        return new FirstPass(columns, scan.run(columns, "Reading", progress, cancel));
    }

    /** Null when the halves cannot be joined (the middle fell inside a quoted field) and one pass must do. */
    private static FirstPass readInHalves(InputFile input, Charset charset, char delimiter, CsvReadOptions options,
                                          CellRules rules, int headerFields, long middle, ProgressListener progress,
                                          CancellationToken cancel)
            throws InvalidInputException, RecordScan.NotUtf8Exception {
        TypedColumns first = new TypedColumns(rules);
        TypedColumns second = new TypedColumns(rules);
        second.columnCount(headerFields);
        RecordScan firstScan = new RecordScan(input, charset, delimiter, options.skipBadLines(),
                new FilePart(0, middle), -1);
        RecordScan secondScan = new RecordScan(input, charset, delimiter, options.skipBadLines(),
                new FilePart(middle, input.size()), headerFields);
        CancellationToken stopSecond = new CancellationToken();
        AtomicLong secondBytes = new AtomicLong();
        FutureTask<RecordScan.Outcome> secondHalf = new FutureTask<>(() ->
                secondScan.run(second, (bytes, rows) -> {
                    secondBytes.set(bytes);
                    if (cancel.isCancelled()) {
                        stopSecond.cancel(); // also when the first half is done and only waits for this one
                    }
                }, stopSecond));
        Thread thread = new Thread(secondHalf, "csv-reader second half of " + input.name());
        thread.setDaemon(true);
        thread.start();
        boolean joined = false;
        try {
            RecordScan.Outcome one;
            try {
                one = firstScan.run(first, (bytes, rows) -> {
                    if (cancel.isCancelled()) {
                        stopSecond.cancel();
                    }
                    progress.progress(Math.min(1.0, (double) (bytes + secondBytes.get()) / input.size()),
                            "Reading " + input.name());
                }, cancel);
            } catch (BadRecordException e) {
                if (e.quoteOpenAtEnd()) {
                    LOG.debug("{}: a quoted field spans the middle; reading it in one go", input.name());
                    return null;
                }
                throw e.toInvalidInput(0);
            }
            if (one.headerFields() != headerFields) {
                return null; // blank lines before the header pushed it past the sample's idea of it
            }
            RecordScan.Outcome two = result(secondHalf, one.linesRead());
            joined = true;
            first.addAll(second, one.linesRead());
            LOG.debug("{}: read as two halves split at byte {}", input.name(), middle);
            int firstSkipped = one.firstSkippedLine() != 0 ? one.firstSkippedLine()
                    : two.firstSkippedLine() != 0 ? one.linesRead() + two.firstSkippedLine() : 0;
            return new FirstPass(first, new RecordScan.Outcome(one.rows() + two.rows(),
                    one.skippedLines() + two.skippedLines(), firstSkipped, headerFields,
                    one.linesRead() + two.linesRead()));
        } finally {
            if (!joined) {
                stopSecond.cancel();
                awaitEnd(thread);
            }
        }
    }

    private static RecordScan.Outcome result(FutureTask<RecordScan.Outcome> half, int lineOffset)
            throws InvalidInputException, RecordScan.NotUtf8Exception {
        try {
            return half.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BadRecordException bad) {
                throw bad.toInvalidInput(lineOffset);
            }
            if (cause instanceof RecordScan.NotUtf8Exception notUtf8) {
                throw notUtf8;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) cause;
        }
    }

    /** Waits for a stopped half to let go of the file; it stops within one batch. */
    private static void awaitEnd(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
