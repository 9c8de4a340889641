package dev.ladderbench.core.ladder;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.Task;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static dev.ladderbench.core.ladder.SharedCase.codes;
import static dev.ladderbench.core.ladder.SharedCase.sanity;
import static org.assertj.core.api.Assertions.assertThat;

/** Bugs planted in copies of the shared datasets, each caught by the finding the method names for it. */
class PlantedBugTest {

    private static final String CANCER = "sklearn_breast_cancer";
    private static final String CANCER_TARGET = "target";
    private static final String DIABETES = "weka_diabetes";
    private static final String DIABETES_TARGET = "class";

    @TempDir
    Path dir;

    private LadderResult climb(Dataset dataset, String target) throws Exception {
        LadderRequest request = new LadderRequest(dataset, target, Optional.empty(), Set.of(), LadderSettings.defaults());
        return Ladder.climbAll(request, ProgressListener.NONE, CancellationToken.none());
    }

    private static Finding finding(LadderResult result, String code) {
        return result.findings().stream().filter(f -> f.code().id().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + code + " among " + codes(result)));
    }

    @Test
    void aNoisyCopyOfTheLabelIsTargetLeakage() throws Exception {
        PlantedCsv csv = PlantedCsv.of(CANCER);
        Random random = new Random(7);
        csv.addColumn("follow_up", r -> {
            int label = Integer.parseInt(csv.cell(r, CANCER_TARGET));
            return String.valueOf(random.nextDouble() < 0.02 ? 1 - label : label);
        });

        LadderResult result = climb(csv.write(dir.resolve("leak.csv")), CANCER_TARGET);

        Finding leakage = finding(result, "target-leakage");
        assertThat(leakage.severity()).isEqualTo(Severity.FAIL);
        assertThat(leakage.columns()).containsExactly("follow_up");
        assertThat(leakage.detail()).contains("follow_up");
    }

    /**
     * Shuffled labels leave nothing to learn, but the cross-validated AUC of pure noise still scatters
     * around 0.5 by about the width of the no-signal margin on a few hundred rows: measured with this seed,
     * 0.4988 on credit-g (1000 rows), 0.5032 on diabetes (768), and 0.5257 on the 569-row breast cancer
     * table, which therefore is not used here.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"weka_credit_g/class", "weka_diabetes/class"})
    void permutedLabelsAreNoSignal(String nameAndTarget) throws Exception {
        String name = nameAndTarget.split("/")[0];
        String target = nameAndTarget.split("/")[1];
        PlantedCsv csv = PlantedCsv.of(name);
        List<String> labels = new ArrayList<>();
        for (int r = 0; r < csv.rowCount(); r++) {
            labels.add(csv.cell(r, target));
        }
        Collections.shuffle(labels, new Random(3));
        for (int r = 0; r < csv.rowCount(); r++) {
            csv.set(r, target, labels.get(r));
        }

        LadderResult result = climb(csv.write(dir.resolve("permuted.csv")), target);

        assertThat(codes(result, RungId.LINEAR)).contains("no-signal");
        assertThat(result.rungs().get(RungId.LINEAR.ordinal()).status()).isEqualTo(RungStatus.FAIL);
    }

    @Test
    void positivesSubsampledToFivePercentAreClassImbalanceAndCallForPrAuc() throws Exception {
        PlantedCsv csv = PlantedCsv.of(CANCER);
        int negatives = (int) java.util.stream.IntStream.range(0, csv.rowCount())
                .filter(r -> csv.cell(r, CANCER_TARGET).equals("0")).count();
        int keptPositives = (int) Math.round(negatives * 0.05 / 0.95);
        int[] seen = {0};
        csv.keepRows(r -> csv.cell(r, CANCER_TARGET).equals("0") || seen[0]++ < keptPositives);

        LadderResult result = climb(csv.write(dir.resolve("rare.csv")), CANCER_TARGET);

        assertThat(sanity(result).prevalence()).isBetween(0.045, 0.055);
        assertThat(codes(result, RungId.SANITY)).contains("class-imbalance", "use-pr-auc");
        assertThat(finding(result, "use-pr-auc").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void thirtyPercentMissingInFiveColumnsIsMissingValuesAndTheLadderStillRuns() throws Exception {
        PlantedCsv csv = PlantedCsv.of(DIABETES);
        List<String> holed = List.of("preg", "plas", "pres", "mass", "age");
        Random random = new Random(11);
        for (String column : holed) {
            for (int r = 0; r < csv.rowCount(); r++) {
                if (random.nextDouble() < 0.30) {
                    csv.set(r, column, "");
                }
            }
        }

        LadderResult result = climb(csv.write(dir.resolve("holes.csv")), DIABETES_TARGET);

        Finding missing = finding(result, "missing-values");
        assertThat(missing.severity()).isEqualTo(Severity.WARN);
        assertThat(missing.columns()).containsExactlyInAnyOrderElementsOf(holed);
        assertThat(result.rungs()).allSatisfy(r -> assertThat(r.status()).isNotEqualTo(RungStatus.SKIPPED));
        assertThat(SharedCase.model(result, RungId.FOREST).rocAuc().mean()).isGreaterThan(0.7);
    }

    @Test
    void infiniteCellsAreInfiniteValuesAndTheModelRungsStillRun() throws Exception {
        PlantedCsv csv = PlantedCsv.of(DIABETES);
        for (int r = 0; r < csv.rowCount(); r += 50) {
            csv.set(r, "insu", r % 100 == 0 ? "Inf" : "-Inf");
        }

        LadderResult result = climb(csv.write(dir.resolve("division-by-zero.csv")), DIABETES_TARGET);

        Finding infinite = finding(result, "infinite-values");
        assertThat(infinite.severity()).isEqualTo(Severity.FAIL);
        assertThat(infinite.columns()).containsExactly("insu");
        assertThat(result.rungs()).allSatisfy(r -> assertThat(r.status()).isNotEqualTo(RungStatus.SKIPPED));
        assertThat(SharedCase.model(result, RungId.LINEAR).rocAuc().mean()).isGreaterThan(0.75);
    }

    @Test
    void oneFeatureTimesAMillionIsScaleDifferences() throws Exception {
        PlantedCsv csv = PlantedCsv.of(DIABETES);
        for (int r = 0; r < csv.rowCount(); r++) {
            csv.set(r, "plas", String.valueOf(Double.parseDouble(csv.cell(r, "plas")) * 1e6));
        }

        LadderResult result = climb(csv.write(dir.resolve("units.csv")), DIABETES_TARGET);

        Finding scale = finding(result, "scale-differences");
        assertThat(scale.layer().id()).isEqualTo("pipeline");
        assertThat(scale.columns()).contains("plas");
    }

    @Test
    void unplantedDiabetesHasNoScaleDifferences() throws Exception {
        LadderResult result = climb(PlantedCsv.of(DIABETES).write(dir.resolve("plain.csv")), DIABETES_TARGET);

        assertThat(codes(result, RungId.SANITY)).doesNotContain("scale-differences", "duplicate-rows");
    }

    @Test
    void twoConstantColumnsAndTwoHundredCopiedRowsAreConstantFeatureAndDuplicateRows() throws Exception {
        PlantedCsv csv = PlantedCsv.of(DIABETES).addColumn("site", r -> "north").addColumn("version", r -> "3")
                .appendCopiesOfFirstRows(200);

        LadderResult result = climb(csv.write(dir.resolve("copies.csv")), DIABETES_TARGET);

        assertThat(finding(result, "constant-feature").columns()).containsExactlyInAnyOrder("site", "version");
        assertThat(codes(result, RungId.SANITY)).contains("duplicate-rows");
        assertThat(sanity(result).duplicateRows()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"integer", "string"})
    void aColumnUniquePerRowIsIdLike(String kind) throws Exception {
        PlantedCsv csv = PlantedCsv.of(DIABETES)
                .addColumn("patient_id", r -> kind.equals("integer") ? String.valueOf(10_000 + r) : "P-" + (7 * r));

        LadderResult result = climb(csv.write(dir.resolve("ids.csv")), DIABETES_TARGET);

        assertThat(finding(result, "id-like-feature").columns()).containsExactly("patient_id");
        assertThat(codes(result, RungId.SANITY)).doesNotContain("high-cardinality");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"continuous", "integer-valued"})
    void aNumericTargetWithManyValuesIsRegressionTargetAndSkipsTheModelRungs(String kind) throws Exception {
        PlantedCsv csv = PlantedCsv.of(DIABETES);
        Random random = new Random(5);
        for (int r = 0; r < csv.rowCount(); r++) {
            double glucose = Double.parseDouble(csv.cell(r, "plas")) + random.nextGaussian();
            csv.set(r, DIABETES_TARGET, kind.equals("continuous") ? String.valueOf(glucose)
                    : String.valueOf(Math.round(glucose)));
        }

        LadderResult result = climb(csv.write(dir.resolve("regression.csv")), DIABETES_TARGET);

        assertThat(result.task()).isEqualTo(Task.REGRESSION);
        assertThat(finding(result, "regression-target").severity()).isEqualTo(Severity.FAIL);
        assertThat(result.rungs().subList(1, 4)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(RungStatus.SKIPPED);
            assertThat(r.skippedBecause()).isPresent();
        });
    }
}
