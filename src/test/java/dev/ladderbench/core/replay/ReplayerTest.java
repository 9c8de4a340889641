package dev.ladderbench.core.replay;

import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.model.MedianImputer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReplayerTest {

    private static final Path INPUT = Path.of("row.json");

    /** The first row of credit-g with some cells changed. */
    private static RowInput firstRowWith(Map<String, CellValue> changes) {
        Map<String, CellValue> cells = new LinkedHashMap<>(RowInput.of(CreditPipelines.dataset(), 0).cells());
        cells.putAll(changes);
        return new RowInput(cells);
    }

    private static double trainingMedianOfAge() {
        NumericColumn age = (NumericColumn) CreditPipelines.dataset().column("age").orElseThrow();
        return MedianImputer.median(age.toArray());
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void aMissingValueShowsTheImputedMedian(ModelKind kind) throws Exception {
        RowInput row = RowInput.parse("{\"age\": null, \"duration\": 6, \"purpose\": \"radio/tv\"}", INPUT);

        Replay replay = Replayer.replay(CreditPipelines.pipeline(kind), row);

        ImputedValue age = replay.imputed().stream().filter(v -> v.column().equals("age")).findFirst().orElseThrow();
        assertThat(trainingMedianOfAge()).isEqualTo(33);
        assertThat(age.imputed()).isTrue();
        assertThat(age.value()).isEqualTo("33");
        assertThat(age.note()).isEqualTo("missing: the training median 33");
        assertThat(replay.encoded()).filteredOn(v -> v.input().equals("age")).singleElement()
                .extracting(InputValue::value).isEqualTo(33.0);
        assertThat(replay.score()).isPresent();
    }

    @Test
    void theLinearModelScalesWithTheTrainingMeanAndScale() {
        SavedPipeline linear = CreditPipelines.pipeline(ModelKind.LINEAR);
        NumericFeature age = (NumericFeature) linear.features().stream().filter(f -> f.name().equals("age"))
                .findFirst().orElseThrow();

        Replay replay = Replayer.replay(linear, firstRowWith(Map.of("age", new CellValue.Number(40))));

        assertThat(replay.scaled()).filteredOn(v -> v.input().equals("age")).singleElement()
                .extracting(InputValue::value).isEqualTo((40 - age.mean()) / age.scale());
    }

    @Test
    void linearContributionsAndTheInterceptAddUpToTheLogOdds() {
        SavedPipeline linear = CreditPipelines.pipeline(ModelKind.LINEAR);

        Replay replay = Replayer.replay(linear, RowInput.of(CreditPipelines.dataset(), 3));

        double sum = replay.contributions().stream().mapToDouble(Contribution::value).sum()
                + ((LinearModel) linear.model()).intercept();
        double p = replay.score().orElseThrow();
        assertThat(sum).isCloseTo(Math.log(p / (1 - p)), within(1e-9));
        assertThat(replay.contributions()).hasSize(20);
    }

    @Test
    void aForestContributionIsTheScoreMinusTheScoreAtTheMedian() {
        SavedPipeline forest = CreditPipelines.pipeline(ModelKind.FOREST);
        RowInput row = firstRowWith(Map.of("duration", new CellValue.Number(60)));

        Replay replay = Replayer.replay(forest, row);

        double atMedian = Replayer.score(forest, firstRowWith(Map.of("duration", new CellValue.Number(18))));
        assertThat(replay.contributions()).filteredOn(c -> c.column().equals("duration")).singleElement()
                .extracting(Contribution::value).isEqualTo(replay.score().orElseThrow() - atMedian);
    }

    @Test
    void aValueOutsideTheTrainingRangeIsFlagged() {
        Replay replay = Replayer.replay(CreditPipelines.pipeline(ModelKind.FOREST),
                firstRowWith(Map.of("age", new CellValue.Number(130))));

        assertThat(replay.imputed()).filteredOn(ImputedValue::outOfRange).extracting(ImputedValue::column)
                .containsExactly("age");
        assertThat(replay.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.OUT_OF_RANGE);
            assertThat(f.detail()).isEqualTo(
                    "Beyond the training range by more than 10 % of its width: age = 130 (training 19 to 75).");
        });
        assertThat(replay.score()).isPresent();
    }

    @Test
    void aValueWithinTheDriftMarginIsNotFlagged() {
        // 75 + 10 % of (75 - 19) = 80.6: the drift comparison would not count 80 either
        Replay replay = Replayer.replay(CreditPipelines.pipeline(ModelKind.FOREST),
                firstRowWith(Map.of("age", new CellValue.Number(80))));

        assertThat(replay.imputed()).noneMatch(ImputedValue::outOfRange);
        assertThat(replay.findings()).isEmpty();
    }

    @Test
    void anUnseenCategoryEncodesAsZerosAndIsFlagged() {
        Replay replay = Replayer.replay(CreditPipelines.pipeline(ModelKind.FOREST),
                firstRowWith(Map.of("purpose", new CellValue.Text("crypto"))));

        assertThat(replay.encoded()).filteredOn(v -> v.column().equals("purpose"))
                .allSatisfy(v -> assertThat(v.value()).isZero());
        assertThat(replay.findings()).singleElement().extracting(f -> f.code()).isEqualTo(FindingCode.UNSEEN_CATEGORY);
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void theScoreAloneIsTheReplaysScoreOnEveryRow(ModelKind kind) {
        SavedPipeline pipeline = CreditPipelines.pipeline(kind);

        for (int row = 0; row < CreditPipelines.dataset().rowCount(); row++) {
            RowInput input = RowInput.of(CreditPipelines.dataset(), row);
            assertThat(Replayer.scoreOf(pipeline, input)).isEqualTo(Replayer.replay(pipeline, input).score());
        }
    }

    @Test
    void aRowThatBreaksThePipelineHasNoScore() throws Exception {
        RowInput row = RowInput.parse("{\"duration\": \"12 months\", \"age\": 30}", INPUT);

        assertThat(Replayer.scoreOf(CreditPipelines.pipeline(ModelKind.FOREST), row)).isEmpty();
    }

    @Test
    void textInANumericColumnBreaksTheImputerAtThatColumn() throws Exception {
        RowInput row = RowInput.parse("{\"duration\": \"12 months\", \"age\": 30}", INPUT);

        Replay replay = Replayer.replay(CreditPipelines.pipeline(ModelKind.LINEAR), row);

        assertThat(replay.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.stage()).isEqualTo(ReplayStage.IMPUTED);
            assertThat(failure.column()).isEqualTo("duration");
            assertThat(failure.sentence()).isEqualTo("'duration' holds the text \"12 months\", but its imputer takes"
                    + " numbers: the row sends a numeric column as text (check the upstream serialisation).");
        });
        assertThat(replay.raw()).isNotEmpty();
        assertThat(replay.encoded()).isEmpty();
        assertThat(replay.score()).isEmpty();
    }

    @Test
    void anUnknownColumnBreaksTheRawStageAtThatColumn() throws Exception {
        RowInput row = RowInput.parse("{\"age\": 30, \"credit_amnt\": 1000}", INPUT);

        Replay replay = Replayer.replay(CreditPipelines.pipeline(ModelKind.FOREST), row);

        assertThat(replay.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.stage()).isEqualTo(ReplayStage.RAW);
            assertThat(failure.column()).isEqualTo("credit_amnt");
            assertThat(failure.sentence()).startsWith("The row has a column 'credit_amnt' that the pipeline was not"
                    + " trained on;");
        });
    }

    @Test
    void theTargetColumnInTheRowIsShownAndIgnored() throws Exception {
        RowInput row = RowInput.parse("{\"age\": 30, \"class\": \"bad\"}", INPUT);

        Replay replay = Replayer.replay(CreditPipelines.pipeline(ModelKind.FOREST), row);

        assertThat(replay.failure()).isEmpty();
        assertThat(replay.raw()).filteredOn(Replay.RawValue::ignored).extracting(Replay.RawValue::column)
                .containsExactly("class");
    }

    @Test
    void theDecisionIsThePositiveLabelAtOrAboveTheThreshold() {
        Replay replay = Replayer.replay(CreditPipelines.pipeline(ModelKind.FOREST),
                RowInput.of(CreditPipelines.dataset(), 1));

        double score = replay.score().orElseThrow();
        assertThat(replay.decision()).hasValue(score >= 0.5 ? "bad" : "not bad");
    }

    @Test
    void aJsonArrayIsNotARow() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RowInput.parse("[1, 2]", INPUT))
                .hasMessage("row.json holds a JSON array, not one JSON object; give one object of column names to"
                        + " values, e.g. {\"age\": 42}.");
    }
}
