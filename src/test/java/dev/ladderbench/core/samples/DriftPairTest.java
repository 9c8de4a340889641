package dev.ladderbench.core.samples;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The training/production pair: same columns, a new admission type in production, older and more medicated patients. */
class DriftPairTest {

    private static final List<SampleFile> PAIR = Samples.byId("readmission-drift").orElseThrow().generate();

    private static List<String[]> rows(SampleFile file) {
        return new String(file.bytes(), StandardCharsets.UTF_8).lines().map(line -> line.split(",", -1)).toList();
    }

    private static int column(SampleFile file, String name) {
        return Arrays.asList(rows(file).get(0)).indexOf(name);
    }

    private static Set<String> levels(SampleFile file, String name) {
        int c = column(file, name);
        return rows(file).stream().skip(1).map(row -> row[c]).collect(Collectors.toSet());
    }

    private static double mean(SampleFile file, String name) {
        int c = column(file, name);
        return rows(file).stream().skip(1).mapToDouble(row -> Double.parseDouble(row[c])).average().orElseThrow();
    }

    @Test
    void bothFilesHaveTheSameColumns() {
        assertThat(rows(PAIR.get(1)).get(0)).containsExactly(rows(PAIR.get(0)).get(0));
    }

    @Test
    void transfersAppearOnlyInProduction() {
        assertThat(levels(PAIR.get(0), "admission_type")).containsExactlyInAnyOrder("emergency", "urgent", "elective");
        assertThat(levels(PAIR.get(1), "admission_type")).containsExactlyInAnyOrder("emergency", "urgent", "elective",
                "transfer");
    }

    @Test
    void productionPatientsAreOlderAndTakeMoreMedications() {
        assertThat(mean(PAIR.get(1), "age") - mean(PAIR.get(0), "age")).isBetween(5.0, 9.0);
        assertThat(mean(PAIR.get(1), "num_medications") - mean(PAIR.get(0), "num_medications")).isGreaterThan(1.5);
    }

    @Test
    void theUndriftedLabFiguresStayPut() {
        assertThat(mean(PAIR.get(1), "weight_kg") - mean(PAIR.get(0), "weight_kg")).isBetween(-2.0, 2.0);
    }
}
