package dev.ladderbench.core.data;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a delimited text file (CSV, TSV, gzipped or not) into a columnar {@link Dataset}.
 *
 * <p>Before parsing it looks at the first block: empty and binary files are refused, the encoding is
 * UTF-8 unless the bytes say otherwise (then Windows-1252, with a notice), the delimiter is sniffed
 * unless given, and a file too big for the heap is refused. Then one pass infers every column's type
 * over all rows and stores numbers as doubles and text as level codes (a large plain file is read as
 * two halves at once, see {@link FirstPass}); a column that turns to text after holding numbers is
 * re-read in a second pass, so that its levels keep their exact text.
 */
public final class CsvDatasetReader {

    private static final Logger LOG = LoggerFactory.getLogger(CsvDatasetReader.class);

    /** Plain files larger than this are read as two halves at once (see {@link FirstPass}). */
    static final long SPLIT_ABOVE = 8L << 20;
    /**
     * The start of a file the memory estimate reads: thousands of rows, so that a column of a thousand levels is
     * seen to stop growing (in the 64 KB block it looked like ids, and a 1M x 20 file of two such columns was
     * estimated a third above the heap it needed). Reading and splitting it takes 40-50 ms (LoadHeapProbe).
     */
    static final int ESTIMATE_BLOCK = 1 << 20;

    private final HeapModel heap;
    private final long splitAbove;

    public CsvDatasetReader() {
        this(HeapModel.ofThisJvm(), SPLIT_ABOVE);
    }

    /** @param heap the heap files must fit in: this JVM's, or in tests a smaller one */
    public CsvDatasetReader(HeapModel heap) {
        this(heap, SPLIT_ABOVE);
    }

    /** @param splitAbove file size above which two halves are read at once; tests lower it to split small files */
    CsvDatasetReader(HeapModel heap, long splitAbove) {
        this.heap = heap;
        this.splitAbove = splitAbove;
    }

    public LoadResult read(Path file, CsvReadOptions options, ProgressListener progress, CancellationToken cancel)
            throws InvalidInputException {
        InputFile input = InputFile.open(file);
        TextSample sample = sample(input);
        if (sample.blank()) {
            throw new InvalidInputException(file, input.name()
                    + " is empty: choose a file with a header line and at least one row of data.");
        }
        List<String> notices = new ArrayList<>();
        Charset charset = sample.utf16ByBom();
        if (charset != null) {
            notices.add(input.name() + " is UTF-16 text (it starts with a byte order mark), so it was read as UTF-16.");
        } else if (sample.looksLikeUtf16WithoutBom()) {
            throw new InvalidInputException(file, input.name() + " looks like UTF-16 text without a byte order mark,"
                    + " which cannot be read safely; save it as UTF-8 (in Excel: CSV UTF-8) and open that file.");
        } else if (sample.binaryEvidence() != null) {
            throw new InvalidInputException(file, input.name() + " is not a text file (" + sample.binaryEvidence()
                    + "); export the data as CSV and open that file.");
        } else if (sample.validUtf8()) {
            charset = StandardCharsets.UTF_8;
        } else {
            charset = TextSample.WINDOWS_1252;
            notices.add(readAsWindows1252Notice(input));
        }
        String text = sample.text(charset);
        char delimiter = options.delimiter()
                .orElseGet(() -> DelimiterSniffer.sniff(text, sample.wholeFile(), input.namedTsv()));
        checkMemory(input, sample, charset, delimiter, options);
        try {
            return load(input, charset, delimiter, text, options, notices, progress, cancel);
        } catch (RecordScan.NotUtf8Exception e) {
            LOG.info("{} is not valid UTF-8 past its first block ({}); reading it as Windows-1252", input.name(),
                    e.getMessage());
            notices.add(readAsWindows1252Notice(input));
            try {
                return load(input, TextSample.WINDOWS_1252, delimiter, sample.text(TextSample.WINDOWS_1252), options,
                        notices, progress, cancel);
            } catch (RecordScan.NotUtf8Exception impossible) {
                throw new IllegalStateException("The Windows-1252 decoder replaces bad bytes", impossible);
            }
        }
    }

    private static String readAsWindows1252Notice(InputFile input) {
        return input.name() + " is not valid UTF-8, so it was read as Windows-1252; if accented letters look"
                + " wrong, save the file as UTF-8 and open it again.";
    }

    private static TextSample sample(InputFile input) throws InvalidInputException {
        try (CountingInputStream counted = input.openCounted(); InputStream content = input.openContent(counted)) {
            return TextSample.read(content);
        } catch (IOException e) {
            throw InputFile.cannotRead(input.path(), e);
        }
    }

    /** Refuses, before any parsing, a file whose values will not fit: one sentence now, not an OutOfMemoryError later. */
    private void checkMemory(InputFile input, TextSample sample, Charset charset, char delimiter,
                             CsvReadOptions options) throws InvalidInputException {
        // Taken first: reading the start of the file leaves garbage, which the figure would count as in use
        long available = heap.available();
        FileShape shape = shape(input, sample, charset, delimiter, options);
        long load = shape.loadBytes(HeapModel.regionBytes(heap.maxHeap()));
        if (load > available) {
            throw new InvalidInputException(input.path(), HeapModel.wontLoad(input.name(), load, available,
                    heap.maxHeap()));
        }
    }

    private MemoryEstimate estimate(InputFile input, FileShape shape, long available, int sampleRows, int folds) {
        long rows = shape.rows();
        long region = HeapModel.regionBytes(heap.maxHeap());
        long load = shape.loadBytes(region);
        long climb = HeapModel.climbBytes(rows, shape.columns().columns(), HeapModel.modelledRows(rows, sampleRows),
                HeapModel.foldsAtOnce(folds));
        // Once read, what stays is the data; the reading's working space is free again for the climb.
        long climbing = Math.max(load, shape.dataBytes(region) + climb);
        return new MemoryEstimate(input.name(), rows, load, climbing, available, heap.maxHeap());
    }

    private static FileShape shape(InputFile input, TextSample sample, Charset charset, char delimiter,
                                   CsvReadOptions options) throws InvalidInputException {
        try (CountingInputStream counted = input.openCounted(); InputStream content = input.openContent(counted)) {
            byte[] block = content.readNBytes(ESTIMATE_BLOCK);
            boolean wholeFile = sample.wholeFile() || block.length < ESTIMATE_BLOCK || content.read() < 0;
            return FileShape.of(input.estimatedTextBytes(), new String(block, charset), block.length, wholeFile,
                    delimiter, new CellRules(options.missingTokens()));
        } catch (IOException e) {
            throw InputFile.cannotRead(input.path(), e);
        }
    }

    /**
     * Estimates, before reading it, the heap {@code file} needs to load and to climb the ladder with the model
     * rungs capped at {@code sampleRows} (0 = all rows) cross-validating {@code folds} folds: from its size and its
     * first MB, in tens of milliseconds whatever its size, so that a caller (the ladder command) warns before a
     * long load.
     *
     * @throws InvalidInputException when the file cannot be opened or is not text
     */
    public MemoryEstimate estimateMemory(Path file, CsvReadOptions options, int sampleRows, int folds)
            throws InvalidInputException {
        InputFile input = InputFile.open(file);
        TextSample sample = sample(input);
        String binary = sample.binaryEvidence();
        if (binary != null) {
            throw new InvalidInputException(file, input.name() + " is not a text file (" + binary
                    + "); export the data as CSV and open that file.");
        }
        Charset charset = sample.validUtf8() ? StandardCharsets.UTF_8 : TextSample.WINDOWS_1252;
        String text = sample.text(charset);
        char delimiter = options.delimiter()
                .orElseGet(() -> DelimiterSniffer.sniff(text, sample.wholeFile(), input.namedTsv()));
        long available = heap.available(); // before the start of the file is read, whose garbage it would count
        return estimate(input, shape(input, sample, charset, delimiter, options), available, sampleRows, folds);
    }

    private static boolean allMissing(Column column) {
        for (int row = 0; row < column.size(); row++) {
            if (!column.isMissing(row)) {
                return false;
            }
        }
        return true;
    }

    private LoadResult load(InputFile input, Charset charset, char delimiter, String sampleText,
                            CsvReadOptions options, List<String> notices, ProgressListener progress,
                            CancellationToken cancel) throws InvalidInputException, RecordScan.NotUtf8Exception {
        List<String> allNotices = new ArrayList<>(notices);
        CellRules rules = new CellRules(options.missingTokens());
        FirstPass firstPass = FirstPass.read(input, charset, delimiter, options, rules, sampleText, splitAbove,
                progress, cancel);
        TypedColumns first = firstPass.columns();
        RecordScan.Outcome outcome = firstPass.outcome();
        if (outcome.headerFields() == 0) {
            throw new InvalidInputException(input.path(), input.name()
                    + " is empty: choose a file with a header line and at least one row of data.");
        }
        if (outcome.rows() == 0) {
            throw new InvalidInputException(input.path(), input.name() + " has a header line but no rows of data"
                    + (outcome.skippedLines() > 0 ? " with " + outcome.headerFields() + " fields" : "")
                    + "; choose a file with at least one row below the header.");
        }
        String[] header = first.header();
        HeaderNames names = HeaderNames.of(header);
        if (outcome.skippedLines() > 0) {
            allNotices.add("Skipped " + outcome.skippedLines() + (outcome.skippedLines() == 1 ? " line" : " lines")
                    + " of " + input.name() + " whose field count differs from the header's " + outcome.headerFields()
                    + " (the first on line " + outcome.firstSkippedLine() + ").");
        }
        List<Integer> textAfterNumbers = first.columnsNeedingTextPass();
        List<Column> columns = new ArrayList<>(outcome.headerFields());
        if (textAfterNumbers.isEmpty()) {
            for (int c = 0; c < outcome.headerFields(); c++) {
                columns.add(first.build(c, names.names().get(c)));
            }
        } else {
            LOG.debug("{}: re-reading the text of columns {}", input.name(), textAfterNumbers);
            TextColumns second = new TextColumns(rules, outcome.headerFields(), textAfterNumbers);
            new RecordScan(input, charset, delimiter, options.skipBadLines())
                    .run(second, "Reading text columns of", progress, cancel);
            for (int c = 0; c < outcome.headerFields(); c++) {
                columns.add(textAfterNumbers.contains(c) ? second.build(c, names.names().get(c))
                        : first.build(c, names.names().get(c)));
            }
        }
        int last = columns.size() - 1;
        if (last > 0 && header[last].isBlank() && allMissing(columns.get(last))) {
            // The empty name comes last, so leaving it out renames no other column.
            columns.remove(last);
            names = HeaderNames.of(Arrays.copyOf(header, last));
            allNotices.add("Every line of " + input.name() + " ends with a delimiter, so the empty column after the"
                    + " last one was left out.");
        }
        if (!names.renamings().isEmpty()) {
            allNotices.add("Some header names of " + input.name() + " were empty or repeated, so they were renamed: "
                    + String.join(", ", names.renamings()) + ".");
        }
        int[] lineNumbers = first.lineNumbers();
        allNotices.addAll(TextColumnReadings.apply(columns, row -> lineNumbers == null ? row + 2 : lineNumbers[row],
                rules, delimiter, input.name()));
        Dataset dataset = new Dataset(input.path(), columns, lineNumbers);
        LOG.info("Read {}: {} rows, {} columns, delimiter '{}', {}", input.name(), dataset.rowCount(),
                dataset.columnCount(), delimiter == '\t' ? "\\t" : String.valueOf(delimiter), charset.name());
        return new LoadResult(dataset, delimiter, charset, outcome.skippedLines(), allNotices);
    }
}
