package dev.ladderbench.core.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the shared datasets gives the columns, missing cells and classes the scikit-learn reference saw. */
@Tag("core")
class ReferenceParityTest {

    private static final Path DATASETS = Path.of("../shared/datasets");
    private static final Path REFERENCE = Path.of("../shared/reference");

    @ParameterizedTest
    @ValueSource(strings = {"sklearn_breast_cancer", "weka_credit_g", "weka_diabetes", "weka_breast_cancer",
            "mlbench_sonar", "sklearn_iris"})
    void readingMatchesTheReference(String name) throws Exception {
        JsonNode reference = new ObjectMapper().readTree(REFERENCE.resolve(name + ".json").toFile());
        JsonNode rung0 = reference.get("rung0");
        String target = reference.get("target").asText();

        LoadResult result = CsvTestFiles.read(DATASETS.resolve(name + ".csv"));
        Dataset dataset = result.dataset();

        assertThat(result.notices()).isEmpty();
        assertThat(dataset.rowCount()).isEqualTo(rung0.get("n_rows").asInt());
        List<String> categorical = new ArrayList<>();
        int numeric = 0;
        int missing = 0;
        Map<String, double[]> ranges = new HashMap<>();
        for (Column column : dataset.columns()) {
            if (column.name().equals(target)) {
                continue;
            }
            if (column instanceof NumericColumn n) {
                numeric++;
                ColumnProfile profile = ColumnProfiler.profile(n);
                ranges.put(n.name(), new double[] {profile.min(), profile.max()});
            } else {
                categorical.add(column.name());
            }
            for (int r = 0; r < column.size(); r++) {
                missing += column.isMissing(r) ? 1 : 0;
            }
        }
        assertThat(categorical).containsExactlyElementsOf(texts(rung0.get("categorical_features")));
        assertThat(numeric).isEqualTo(rung0.get("n_numeric_features").asInt());
        assertThat(categorical).hasSize(rung0.get("n_categorical_features").asInt());
        assertThat(missing).isEqualTo(rung0.get("nan_cells").asInt());
        rung0.get("numeric_min_max").fields().forEachRemaining(e -> assertThat(ranges.get(e.getKey()))
                .as(e.getKey()).containsExactly(e.getValue().get("min").asDouble(), e.getValue().get("max").asDouble()));

        TargetSummary summary = TargetAnalyzer.summarize(dataset, target);
        Map<String, Integer> classes = new HashMap<>();
        summary.classCounts().forEach(c -> classes.put(c.level(), c.count()));
        Map<String, Integer> expected = new HashMap<>();
        rung0.get("class_distribution").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asInt()));
        assertThat(classes).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sklearn_breast_cancer", "weka_credit_g", "weka_diabetes", "weka_breast_cancer",
            "mlbench_sonar", "sklearn_iris"})
    void sharedDatasetsHoldOnlyEmptyFieldsAsMissingValues(String name) throws Exception {
        // The reference counts only empty fields as missing; our extra tokens must not change the figures.
        for (String line : Files.readAllLines(DATASETS.resolve(name + ".csv"))) {
            for (String cell : line.split(",", -1)) {
                assertThat(cell).isNotIn(CsvReadOptions.DEFAULT_MISSING_TOKENS.subList(1,
                        CsvReadOptions.DEFAULT_MISSING_TOKENS.size()));
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
