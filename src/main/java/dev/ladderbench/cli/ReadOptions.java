package dev.ladderbench.cli;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.LoadResult;
import dev.ladderbench.core.data.MemoryEstimate;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

/** How to read the data file: the options every command that reads one shares (a picocli mixin). */
final class ReadOptions {

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "The field separator (default: sniffed among , ; tab |). Use \\t for tab.")
    private String delimiter;

    @Option(names = "--missing", paramLabel = "TOKEN", split = ",",
            description = "Cell texts that mean missing (default: NA,N/A,NaN,null,None,? and the empty cell).")
    private List<String> missing;

    @Option(names = "--skip-bad-lines", description = "Skip lines with the wrong number of fields, and say how many.")
    private boolean skipBadLines;

    /** What the command does with the data it read; the root command tells it when memory runs out. */
    private final HeapUse heapUse = new HeapUse();

    /** Reads the file with progress on stderr, and tells the reader's notices there too. */
    LoadResult read(Path file, PrintWriter err) throws InvalidInputException {
        heapUse.reading(file);
        CsvReadOptions options = csvOptions(file);
        LoadResult loaded = ConsoleProgress.during(err,
                progress -> new CsvDatasetReader().read(file, options, progress, CancellationToken.none()));
        loaded.notices().forEach(notice -> err.println("Note: " + notice));
        return loaded;
    }

    HeapUse heapUse() {
        return heapUse;
    }

    /**
     * Estimates before reading whether the file fits in this JVM's heap to be loaded and climbed with the model
     * rungs capped at {@code sampleRows} over {@code folds} folds, and says so on stderr in one sentence with the
     * -Xmx to use when not.
     *
     * @throws InvalidInputException when it will not even load (nothing is read then)
     */
    void checkMemory(Path file, int sampleRows, int folds, PrintWriter err) throws InvalidInputException {
        MemoryEstimate estimate = new CsvDatasetReader().estimateMemory(file, csvOptions(file), sampleRows, folds);
        if (!estimate.fitsToLoad()) {
            throw new InvalidInputException(file, estimate.advice().orElseThrow());
        }
        estimate.advice().ifPresent(advice -> err.println("Note: " + advice));
    }

    private CsvReadOptions csvOptions(Path file) throws InvalidInputException {
        CsvReadOptions options = CsvReadOptions.defaults().withSkipBadLines(skipBadLines);
        if (missing != null) {
            LinkedHashSet<String> tokens = new LinkedHashSet<>(missing);
            tokens.add("");
            options = options.withMissingTokens(tokens);
        }
        if (delimiter != null) {
            String d = delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab") ? "\t" : delimiter;
            if (d.length() != 1) {
                throw new InvalidInputException(file, "The delimiter must be one character, not '" + delimiter
                        + "'; use \\t for a tab.");
            }
            if ("\"\r\n".contains(d)) {
                throw new InvalidInputException(file, "The delimiter cannot be a double quote or a line break, which"
                        + " quote fields and end rows; give the character between the fields, for example --delimiter ';'.");
            }
            options = options.withDelimiter(d.charAt(0));
        }
        return options;
    }
}
