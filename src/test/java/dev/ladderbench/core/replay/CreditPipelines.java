package dev.ladderbench.core.replay;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The German credit data and the two pipelines fitted on all of it, once per test run. */
final class CreditPipelines {

    static final Path CREDIT = Path.of("..", "shared", "datasets", "weka_credit_g.csv");
    private static final Map<ModelKind, PipelineFitter.Fit> FITTED = new ConcurrentHashMap<>();
    private static Dataset dataset;

    private CreditPipelines() {
    }

    static synchronized Dataset dataset() {
        if (dataset == null) {
            dataset = read(CREDIT);
        }
        return dataset;
    }

    static Dataset read(Path csv) {
        try {
            return new CsvDatasetReader().read(csv, CsvReadOptions.defaults(), ProgressListener.NONE,
                    CancellationToken.none()).dataset();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + csv, e);
        }
    }

    static PipelineFitter.Fit fit(ModelKind kind) {
        return FITTED.computeIfAbsent(kind, k -> {
            try {
                return PipelineFitter.fit(dataset(), request(k), ProgressListener.NONE, CancellationToken.none());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static SavedPipeline pipeline(ModelKind kind) {
        return fit(kind).pipeline();
    }

    static PipelineRequest request(ModelKind kind) {
        return new PipelineRequest("class", Optional.of("bad"), Set.of(), kind, 0.5, 42);
    }

    /** Every row of the file scored by the pipeline from its raw values. */
    static double[] scoreRows(SavedPipeline pipeline, Dataset data) {
        double[] scores = new double[data.rowCount()];
        for (int row = 0; row < scores.length; row++) {
            scores[row] = Replayer.score(pipeline, RowInput.of(data, row));
        }
        return scores;
    }
}
