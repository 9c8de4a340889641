package dev.ladderbench.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;

/** A shared dataset with the figures scikit-learn produced on it (../shared/reference). */
public record ReferenceCase(String name, ModelData data, JsonNode reference) {

    public static final List<String> NAMES = List.of("mlbench_sonar", "sklearn_breast_cancer", "sklearn_iris",
            "weka_breast_cancer", "weka_credit_g", "weka_diabetes");

    private static final Path SHARED = Path.of("..", "shared");
    private static final Map<String, ReferenceCase> LOADED = new ConcurrentHashMap<>();

    public static ReferenceCase named(String name) {
        return LOADED.computeIfAbsent(name, ReferenceCase::load);
    }

    private static ReferenceCase load(String name) {
        try {
            JsonNode reference = new ObjectMapper().readTree(SHARED.resolve("reference").resolve(name + ".json").toFile());
            Dataset dataset = new CsvDatasetReader().read(SHARED.resolve("datasets").resolve(name + ".csv"),
                    CsvReadOptions.defaults(), ProgressListener.NONE, CancellationToken.none()).dataset();
            ModelData data = ModelData.of(dataset, reference.get("target").asText(),
                    reference.get("positive_label").asText(), List.of());
            return new ReferenceCase(name, data, reference);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot load the reference case " + name, e);
        }
    }

    /** e.g. {@code folds("rung2", "default_cv5", "roc_auc")}. */
    double[] folds(String rung, String scheme, String metric) {
        JsonNode folds = reference.get(rung).get(scheme).get(metric).get("folds");
        return StreamSupport.stream(folds.spliterator(), false).mapToDouble(JsonNode::asDouble).toArray();
    }

    double mean(String rung, String scheme, String metric) {
        return reference.get(rung).get(scheme).get(metric).get("mean").asDouble();
    }

    @Override
    public String toString() {
        return name;
    }
}
