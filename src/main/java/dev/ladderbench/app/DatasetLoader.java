package dev.ladderbench.app;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.LoadResult;

import java.nio.file.Path;

/** Reads a file into a dataset; the seam through which tests substitute slow or failing loaders. */
@FunctionalInterface
public interface DatasetLoader {

    LoadResult load(Path file, CsvReadOptions options, ProgressListener progress, CancellationToken cancel)
            throws InvalidInputException;

    static DatasetLoader csv() {
        CsvDatasetReader reader = new CsvDatasetReader();
        return reader::read;
    }
}
