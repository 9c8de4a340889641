package dev.ladderbench.core.data;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses the file's records on a thread of its own and hands them over in batches. Splitting text into
 * fields (Commons CSV) and turning fields into numbers take about as long as each other, so on two
 * cores running them side by side nearly halves the load time. The queue is short, which bounds the
 * memory held by records in flight.
 */
final class RecordPipeline implements AutoCloseable {

    static final int BATCH = 8192;
    private static final int BATCHES_IN_FLIGHT = 3;

    /**
     * Records and the 1-based line each starts on (counted from the start of the part read); the last
     * batch says how many lines were read, or carries the {@code failure} that stopped reading early,
     * {@code failureLine} being the line of the record it stopped in.
     */
    record Batch(String[][] records, int[] lines, int size, long bytesRead, boolean last, int linesRead,
                 Throwable failure, int failureLine) {
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
    private final InputFile file;
    private final Charset charset;
    private final char delimiter;
    private final FilePart part;
    private final Thread thread;

    private RecordPipeline(InputFile file, Charset charset, char delimiter, FilePart part) {
        this.file = file;
        this.charset = charset;
        this.delimiter = delimiter;
        this.part = part;
        this.thread = new Thread(this::parse, "csv-parser " + file.name());
        thread.setDaemon(true);
    }

    static RecordPipeline start(InputFile file, Charset charset, char delimiter, FilePart part) {
        RecordPipeline pipeline = new RecordPipeline(file, charset, delimiter, part);
        pipeline.thread.start();
        return pipeline;
    }

    /** The next batch; the one marked {@code last} ends the stream. */
    Batch next() throws InterruptedException {
        return queue.take();
    }

    private void parse() {
        int recordStart = 1;
        long bytesRead = 0;
        try (CountingInputStream counted = part.whole() ? file.openCounted() : file.openCounted(part.from(), part.to());
             InputStream content = part.whole() ? file.openContentToReadAll(counted) : counted;
             Reader reader = new InputStreamReader(part.from() == 0 ? skipBom(content) : content,
                     TextSample.decoder(charset));
             CSVParser parser = CsvFormats.of(delimiter).parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            String[][] batch = new String[BATCH][];
            int[] lines = new int[BATCH];
            int size = 0;
            while (true) {
                // hasNext() parses the next record, so the line count read before it is where that record starts
                recordStart = (int) parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                if (CsvFormats.isBlankLine(record)) {
                    continue;
                }
                batch[size] = record.values();
                lines[size] = recordStart;
                if (++size == BATCH) {
                    bytesRead = counted.count();
                    queue.put(new Batch(batch, lines, size, bytesRead, false, 0, null, 0));
                    batch = new String[BATCH][];
                    lines = new int[BATCH];
                    size = 0;
                }
            }
            queue.put(new Batch(batch, lines, size, counted.count(), true, (int) parser.getCurrentLineNumber(), null, 0));
        } catch (InterruptedException stop) {
            // close() interrupts: the reader gave up on the file, nobody is waiting for more batches
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException | Error failure) {
            // Handed to the reading thread, which turns it into a sentence or rethrows it
            handOver(failure, recordStart, bytesRead);
        }
    }

    private void handOver(Throwable failure, int line, long bytesRead) {
        try {
            queue.put(new Batch(new String[0][], new int[0], 0, bytesRead, true, 0, failure, line));
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    private InputStream skipBom(InputStream content) throws IOException {
        InputStream buffered = new BufferedInputStream(content, 1 << 16);
        buffered.mark(3);
        byte[] start = buffered.readNBytes(3);
        if (!(start.length == 3 && (start[0] & 0xff) == 0xEF && (start[1] & 0xff) == 0xBB && (start[2] & 0xff) == 0xBF)) {
            buffered.reset();
        }
        return buffered;
    }

    /** Stops the parsing thread (if still running) and waits for it to let go of the file. */
    @Override
    public void close() {
        WorkerThreads.stopAndAwait(thread);
    }
}
