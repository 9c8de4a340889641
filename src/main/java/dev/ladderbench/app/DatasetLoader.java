package dev.ladderbench.app;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.HeapModel;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.LoadResult;

import java.nio.file.Path;

/**
 * Reads a file into a dataset, refusing one that will not fit in the heap; the seam through which tests substitute
 * slow or failing loaders, or a smaller heap.
 */
@FunctionalInterface
public interface DatasetLoader {

    LoadResult load(Path file, CsvReadOptions options, ProgressListener progress, CancellationToken cancel)
            throws InvalidInputException;

    /** The heap the loaded data and the work on it must fit in. */
    default HeapModel heap() {
        return HeapModel.ofThisJvm();
    }

    static DatasetLoader csv() {
        return csv(HeapModel.ofThisJvm());
    }

    /** Reads CSV into {@code heap}: this JVM's, or in tests a smaller one. */
    static DatasetLoader csv(HeapModel heap) {
        CsvDatasetReader reader = new CsvDatasetReader(heap);
        return new DatasetLoader() {
            @Override
            public LoadResult load(Path file, CsvReadOptions options, ProgressListener progress,
                                   CancellationToken cancel) throws InvalidInputException {
                return reader.read(file, options, progress, cancel);
            }

            @Override
            public HeapModel heap() {
                return heap;
            }
        };
    }
}
