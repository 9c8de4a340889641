package dev.ladderbench.core.drift;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.PartsDone;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.Workers;
import dev.ladderbench.core.data.CategoricalColumn;
import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.ColumnNames;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.ladder.FileHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares a production file with the training file: the schema, every feature's distribution (PSI with
 * KS or chi-square), unseen categories and out-of-range values, then, with a model, the drift of its
 * scores and its AUC on labelled production rows. Features are compared in parallel, one progress step
 * and one cancellation check each.
 */
public final class DriftAnalysis {

    /** The fewest labelled rows an AUC window holds by default. */
    public static final int MIN_WINDOW = 50;

    private static final Logger LOG = LoggerFactory.getLogger(DriftAnalysis.class);

    private DriftAnalysis() {
    }

    /**
     * @throws InvalidInputException when a named column (target, time) is not in the files, or a file can no
     *                               longer be read
     * @throws dev.ladderbench.core.CancelledException when {@code cancel} is set
     */
    public static DriftResult run(DriftRequest request, ProgressListener progress, CancellationToken cancel)
            throws InvalidInputException {
        long start = System.nanoTime();
        Dataset training = request.training();
        Dataset production = request.production();
        checkNames(request);
        String trainingSha = sha256(training.source());
        String productionSha = sha256(production.source());
        SchemaComparison schema = SchemaComparison.of(training, production, request.target().map(DriftTarget::column));
        List<String> compared = training.columnNames().stream()
                .filter(request::compares).filter(schema::comparable).toList();
        double featureShare = request.scorer().isPresent() ? 0.2 : 1;
        PartsDone done = new PartsDone((fraction, message) -> progress.progress(fraction * featureShare, message),
                Math.max(1, compared.size()), cancel);
        List<FeatureDrift> features = Workers.current().map(compared.size(), i -> {
            cancel.throwIfCancelled();
            String name = compared.get(i);
            FeatureDrift drift = compare(training.column(name).orElseThrow(), production.column(name).orElseThrow(),
                    request.thresholds());
            done.partDone(n -> "Compared " + n + " of " + compared.size() + " features");
            return drift;
        });
        List<String> notes = new ArrayList<>();
        Optional<ModelScores> scores = score(request, schema, notes,
                (fraction, message) -> progress.progress(featureShare + fraction * (1 - featureShare), message), cancel);
        Optional<PredictionDrift> prediction = scores.map(PredictionDrift::of);
        Optional<ProductionPerformance> performance = scores.flatMap(s -> PerformanceCheck.of(production,
                request.target().orElseThrow(), s, request.timeColumn(), request.windowRows()));
        if (scores.isPresent() && performance.isEmpty()) {
            notes.add("The production file has no labelled rows in '" + request.target().orElseThrow().column()
                    + "', so its AUC cannot be measured.");
        }
        List<Finding> findings = DriftFindings.of(request.thresholds(), schema, features, prediction, performance);
        Retraining retraining = DriftFindings.retraining(request.thresholds(), features, prediction, performance);
        progress.progress(1, "Drift compared");
        return new DriftResult(request, trainingSha, productionSha, schema, features, prediction, performance, notes,
                findings, retraining, (System.nanoTime() - start) / 1e9);
    }

    private static FeatureDrift compare(Column training, Column production, DriftThresholds thresholds) {
        return training instanceof NumericColumn numeric
                ? NumericComparison.of(numeric, (NumericColumn) production, thresholds)
                : CategoricalComparison.of((CategoricalColumn) training, (CategoricalColumn) production, thresholds);
    }

    private static Optional<ModelScores> score(DriftRequest request, SchemaComparison schema, List<String> notes,
                                               ProgressListener progress, CancellationToken cancel) {
        if (request.scorer().isEmpty()) {
            return Optional.empty();
        }
        if (request.target().isEmpty()) {
            notes.add("No target column was named, so no model scores the files.");
            return Optional.empty();
        }
        Scorer scorer = request.scorer().get();
        List<String> unusable = scorer.features(request.training()).stream().filter(c -> !schema.comparable(c))
                .toList();
        if (!unusable.isEmpty()) {
            notes.add("The model cannot score the production file: it reads " + String.join(", ", unusable)
                    + ", which production lacks or holds with another type.");
            return Optional.empty();
        }
        cancel.throwIfCancelled();
        return Optional.of(scorer.score(request.training(), request.production(), progress, cancel));
    }

    private static void checkNames(DriftRequest request) throws InvalidInputException {
        Dataset training = request.training();
        List<String> named = new ArrayList<>(request.excluded());
        request.target().ifPresent(t -> named.add(t.column()));
        for (String column : named) {
            if (training.column(column).isEmpty()) {
                throw new InvalidInputException(training.source(), ColumnNames.noSuchColumn(training, column));
            }
        }
        if (request.timeColumn().isPresent() && request.production().column(request.timeColumn().get()).isEmpty()) {
            throw new InvalidInputException(request.production().source(),
                    ColumnNames.noSuchColumn(request.production(), request.timeColumn().get()));
        }
    }

    private static String sha256(Path file) throws InvalidInputException {
        try {
            return FileHash.sha256(file);
        } catch (IOException e) {
            LOG.warn("Cannot hash {}", file, e);
            throw new InvalidInputException(file, "The file " + file.getFileName() + " can no longer be read ("
                    + e.getMessage() + "); check that it still exists and try again.", false, e);
        }
    }
}
