package dev.ladderbench.core.ladder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.finding.Finding;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;

/** A shared dataset, its scikit-learn reference figures, and the ladder climbed on it (once per scheme). */
record SharedCase(String name, Dataset dataset, JsonNode reference) {

    static final List<String> NAMES = List.of("mlbench_sonar", "sklearn_breast_cancer", "sklearn_iris",
            "weka_breast_cancer", "weka_credit_g", "weka_diabetes");

    static final Path SHARED = Path.of("..", "shared");
    private static final Map<String, SharedCase> LOADED = new ConcurrentHashMap<>();
    private static final Map<String, LadderResult> CLIMBED = new ConcurrentHashMap<>();

    static SharedCase named(String name) {
        return LOADED.computeIfAbsent(name, SharedCase::load);
    }

    static Dataset read(Path csv) {
        try {
            return new CsvDatasetReader().read(csv, CsvReadOptions.defaults(), ProgressListener.NONE,
                    CancellationToken.none()).dataset();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + csv, e);
        }
    }

    private static SharedCase load(String name) {
        try {
            JsonNode reference = new ObjectMapper().readTree(SHARED.resolve("reference").resolve(name + ".json").toFile());
            return new SharedCase(name, read(SHARED.resolve("datasets").resolve(name + ".csv")), reference);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read the reference of " + name, e);
        }
    }

    String target() {
        return reference.get("target").asText();
    }

    String positiveLabel() {
        return reference.get("positive_label").asText();
    }

    LadderRequest request(CvScheme cv) {
        return new LadderRequest(dataset, target(), Optional.of(positiveLabel()), Set.of(),
                new LadderSettings(5, 42, cv, Thresholds.defaults()));
    }

    /** The ladder climbed with the reference's target and positive class; computed once per scheme. */
    LadderResult climbed(CvScheme cv) {
        return CLIMBED.computeIfAbsent(name + "/" + cv, key -> {
            try {
                return Ladder.climbAll(request(cv), ProgressListener.NONE, CancellationToken.none());
            } catch (Exception e) {
                throw new IllegalStateException("Cannot climb " + key, e);
            }
        });
    }

    static ModelFigures model(LadderResult result, RungId rung) {
        return result.rungs().get(rung.ordinal()).model().orElseThrow();
    }

    static SanityFigures sanity(LadderResult result) {
        return result.rungs().get(RungId.SANITY.ordinal()).sanity().orElseThrow();
    }

    static List<String> codes(LadderResult result, RungId rung) {
        return result.rungs().get(rung.ordinal()).findings().stream().map(f -> f.code().id()).toList();
    }

    static List<String> codes(LadderResult result) {
        return result.findings().stream().map(Finding::code).map(c -> c.id()).toList();
    }

    double[] folds(String rung, String scheme, String metric) {
        JsonNode folds = reference.get(rung).get(scheme).get(metric).get("folds");
        return StreamSupport.stream(folds.spliterator(), false).mapToDouble(JsonNode::asDouble).toArray();
    }

    double mean(String rung, String scheme, String metric) {
        return reference.get(rung).get(scheme).get(metric).get("mean").asDouble();
    }

    List<String> flags() {
        return StreamSupport.stream(reference.get("flags").spliterator(), false).map(JsonNode::asText).toList();
    }

    @Override
    public String toString() {
        return name;
    }
}
