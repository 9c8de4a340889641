package dev.ladderbench.core.replay;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.Version;
import dev.ladderbench.core.data.CategoricalColumn;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.data.TargetAnalyzer;
import dev.ladderbench.core.data.TargetSummary;
import dev.ladderbench.core.data.Task;
import dev.ladderbench.core.ladder.CvScheme;
import dev.ladderbench.core.ladder.FileHash;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.ModelRows;
import dev.ladderbench.core.ladder.ModelSample;
import dev.ladderbench.core.ladder.RungPipelines;
import dev.ladderbench.core.ladder.Thresholds;
import dev.ladderbench.core.model.FittedClassifier;
import dev.ladderbench.core.model.LogisticRegressionPipeline;
import dev.ladderbench.core.model.MedianImputer;
import dev.ladderbench.core.model.ModelData;
import dev.ladderbench.core.model.OneHotEncoder;
import dev.ladderbench.core.model.Preprocessor;
import dev.ladderbench.core.model.RandomForestPipeline;
import dev.ladderbench.core.model.StandardScaler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Fits a rung's pipeline ({@link RungPipelines}, the definition the ladder cross-validates) on every
 * labelled row of a file, or above the request's sample cap on the ladder's seeded stratified sample, and takes
 * it apart into a {@link SavedPipeline}.
 */
public final class PipelineFitter {

    /** The Smile release the build uses; the file records it because the models were validated against it. */
    public static final String SMILE_VERSION = "3.1.1";

    private static final Logger LOG = LoggerFactory.getLogger(PipelineFitter.class);
    private static final int QUANTILES = 10;

    private PipelineFitter() {
    }

    /**
     * @return the fitted pipeline and the in-memory classifier it was taken from (the same scores)
     * @throws InvalidInputException when the target cannot be modelled (no such column, one class,
     *                               regression, an unknown positive label, no feature left)
     */
    public static Fit fit(Dataset dataset, PipelineRequest request, ProgressListener progress,
                          CancellationToken cancel) throws InvalidInputException {
        progress.progress(0, "Hashing " + dataset.name());
        String sha256 = sha256(dataset);
        ModelData labelled = modelData(dataset, request);
        // The ladder's default folds: the sample keeps every class in each of them, as the rung's does.
        var settings = new LadderSettings(LadderSettings.defaults().folds(), request.seed(), CvScheme.SHUFFLED,
                Thresholds.defaults(), request.sampleRows());
        ModelData data = ModelSample.of(labelled, settings);
        cancel.throwIfCancelled();
        progress.progress(0.1, "Fitting the " + request.model().label() + " on " + data.size() + " rows");
        int[] all = IntStream.range(0, data.size()).toArray();
        FittedClassifier fitted = RungPipelines.of(request.model().rung(), settings, cancel).fit(data, all);
        cancel.throwIfCancelled();
        progress.progress(0.9, "Taking the pipeline apart");
        int[] rows = data.datasetRows(all);
        Preprocessor preprocessor;
        PipelineModel model;
        if (fitted instanceof LogisticRegressionPipeline.Fitted linear) {
            preprocessor = linear.preprocessor();
            double[] w = linear.weights();
            model = new LinearModel(Arrays.copyOf(w, w.length - 1), w[w.length - 1]);
        } else {
            var forest = (RandomForestPipeline.Fitted) fitted;
            preprocessor = forest.preprocessor();
            int inputs = preprocessor.width();
            model = new ForestModel(inputs, forest.trees().stream().map(t -> SavedTree.of(t, inputs)).toList());
        }
        List<String> labels = TargetAnalyzer.summarize(dataset, request.target()).labels();
        SavedPipeline pipeline = new SavedPipeline(PipelineFile.FORMAT_VERSION, Version.current(), SMILE_VERSION,
                request.seed(), dataset.name(), sha256, data.size(), request.target(), labels, data.positiveLabel(),
                request.threshold(), request.excluded().stream().sorted().toList(),
                features(data, preprocessor, rows), model);
        progress.progress(1, "Pipeline fitted");
        return new Fit(pipeline, fitted, all, ModelSample.rows(data, labelled, settings));
    }

    /**
     * @param pipeline  the pipeline as it is saved
     * @param fitted    the classifier it was taken from
     * @param positions every fitted row position, for {@link FittedClassifier#positiveProbability}
     * @param rows      the labelled rows it was fitted on: all, or a stratified sample
     */
    public record Fit(SavedPipeline pipeline, FittedClassifier fitted, int[] positions, ModelRows rows) {
    }

    private static ModelData modelData(Dataset dataset, PipelineRequest request) throws InvalidInputException {
        TargetSummary target = TargetAnalyzer.summarize(dataset, request.target());
        if (target.task() == Task.REGRESSION) {
            throw new InvalidInputException(dataset.source(), "The target '" + request.target() + "' of "
                    + dataset.name() + " is continuous (a regression task); a pipeline needs a class label to predict.");
        }
        String positive = request.positiveLabel().orElse(target.defaultPositive());
        if (!target.labels().contains(positive)) {
            throw new InvalidInputException(dataset.source(), "The positive class '" + positive + "' is not a value of '"
                    + request.target() + "' in " + dataset.name() + "; its values are "
                    + String.join(", ", target.labels()) + ".");
        }
        for (String column : request.excluded()) {
            if (dataset.column(column).isEmpty()) {
                throw new InvalidInputException(dataset.source(), "There is no column '" + column + "' to exclude in "
                        + dataset.name() + ".");
            }
        }
        try {
            return ModelData.of(dataset, request.target(), positive, request.excluded());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(dataset.source(), dataset.name() + ", target '" + request.target() + "': "
                    + e.getMessage(), false, e);
        }
    }

    private static List<FeatureField> features(ModelData data, Preprocessor preprocessor, int[] rows) {
        Map<String, MedianImputer> imputers = new HashMap<>();
        Map<String, StandardScaler> scalers = new HashMap<>();
        for (int j = 0; j < preprocessor.imputers().size(); j++) {
            MedianImputer imputer = preprocessor.imputers().get(j);
            imputers.put(imputer.column(), imputer);
            if (!preprocessor.scalers().isEmpty()) {
                scalers.put(imputer.column(), preprocessor.scalers().get(j));
            }
        }
        Map<String, OneHotEncoder> encoders = new HashMap<>();
        preprocessor.encoders().forEach(e -> encoders.put(e.column(), e));
        List<FeatureField> fields = new ArrayList<>();
        for (NumericColumn column : data.features().numeric()) {
            fields.add(numeric(column, rows, imputers.get(column.name()), scalers.get(column.name())));
        }
        for (CategoricalColumn column : data.features().categorical()) {
            fields.add(new CategoricalFeature(column.name(), encoders.get(column.name()).categories(),
                    mostFrequent(column, rows)));
        }
        return fields;
    }

    /** @param imputer null for a column without training values, which the preprocessor dropped */
    private static NumericFeature numeric(NumericColumn column, int[] rows, MedianImputer imputer,
                                          StandardScaler scaler) {
        double[] present = Arrays.stream(rows).mapToDouble(column::value).filter(Double::isFinite).sorted().toArray();
        List<Double> quantiles = new ArrayList<>();
        if (present.length > 0) {
            for (int q = 0; q <= QUANTILES; q++) {
                quantiles.add(quantile(present, (double) q / QUANTILES));
            }
        }
        double min = present.length > 0 ? present[0] : Double.NaN;
        double max = present.length > 0 ? present[present.length - 1] : Double.NaN;
        return new NumericFeature(column.name(), imputer == null ? Double.NaN : imputer.median(),
                scaler == null ? Double.NaN : scaler.mean(), scaler == null ? Double.NaN : scaler.scale(),
                min, max, quantiles);
    }

    /** numpy's default ("linear") quantile of sorted values. */
    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static String mostFrequent(CategoricalColumn column, int[] rows) {
        int[] counts = new int[column.levels().size()];
        for (int row : rows) {
            if (!column.isMissing(row)) {
                counts[column.code(row)]++;
            }
        }
        int best = -1;
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] > 0 && (best < 0 || counts[code] > counts[best])) {
                best = code;
            }
        }
        return best < 0 ? OneHotEncoder.MISSING_LEVEL : column.levels().get(best);
    }

    private static String sha256(Dataset dataset) throws InvalidInputException {
        try {
            return FileHash.sha256(dataset.source());
        } catch (IOException e) {
            LOG.warn("Cannot hash {}", dataset.source(), e);
            throw new InvalidInputException(dataset.source(), "The file " + dataset.name() + " can no longer be read ("
                    + e.getMessage() + "); check that it still exists and open it again.", false, e);
        }
    }
}
