package dev.ladderbench.core.data;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static dev.ladderbench.core.data.Columns.dataset;
import static dev.ladderbench.core.data.Columns.numbers;
import static dev.ladderbench.core.data.Columns.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@Tag("core")
class TargetAnalyzerTest {

    private static final double NA = Double.NaN;

    @Test
    void twoTextLabelsAreBinaryWithTheLargerSortedLabelPositive() throws Exception {
        Dataset data = dataset(numbers("x", 1, 2, 3, 4), texts("class", "good", "bad", "good", null));

        TargetSummary summary = TargetAnalyzer.summarize(data, "class");

        assertThat(summary.task()).isEqualTo(Task.BINARY);
        assertThat(summary.classCounts()).containsExactly(new LevelCount("good", 2), new LevelCount("bad", 1));
        assertThat(summary.defaultPositive()).isEqualTo("good");
        assertThat(summary.missing()).isEqualTo(1);
    }

    @Test
    void numericLabelsAreComparedAsNumbers() throws Exception {
        Dataset data = dataset(numbers("y", 2, 10, 10, 2, 2));

        TargetSummary summary = TargetAnalyzer.summarize(data, "y");

        assertThat(summary.task()).isEqualTo(Task.BINARY);
        assertThat(summary.defaultPositive()).isEqualTo("10");
        assertThat(summary.labels()).containsExactly("2", "10");
    }

    @Test
    void threeLabelsAreMulticlass() throws Exception {
        Dataset data = dataset(texts("species", "setosa", "virginica", "versicolor", "setosa"));

        TargetSummary summary = TargetAnalyzer.summarize(data, "species");

        assertThat(summary.task()).isEqualTo(Task.MULTICLASS);
        assertThat(summary.classCounts()).first().isEqualTo(new LevelCount("setosa", 2));
    }

    @Test
    void fractionalNumericTargetIsRegression() throws Exception {
        TargetSummary summary = TargetAnalyzer.summarize(dataset(numbers("price", 1.5, 2.25, 3)), "price");

        assertThat(summary.task()).isEqualTo(Task.REGRESSION);
        assertThat(summary.classCounts()).isEmpty();
        assertThat(summary.defaultPositive()).isEmpty();
    }

    @Test
    void wholeNumberTargetWithManyValuesIsRegression() throws Exception {
        double[] ages = new double[TargetAnalyzer.MAX_CLASSES_OF_NUMERIC_TARGET + 1];
        for (int i = 0; i < ages.length; i++) {
            ages[i] = 20 + i;
        }

        assertThat(TargetAnalyzer.summarize(dataset(numbers("age", ages)), "age").task()).isEqualTo(Task.REGRESSION);
    }

    @Test
    void missingTargetColumnSuggestsTheClosestNames() {
        Dataset data = dataset(numbers("age", 1), texts("class", "a"), texts("glass", "b"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> TargetAnalyzer.summarize(data, "clas"));

        assertThat(e).hasMessage("There is no column 'clas' in toy.csv; did you mean 'class' or 'glass'?");
    }

    @Test
    void missingTargetColumnWithNothingCloseListsTheColumns() {
        Dataset data = dataset(numbers("age", 1), texts("class", "a"));

        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> TargetAnalyzer.summarize(data, "diagnosis")))
                .hasMessage("There is no column 'diagnosis' in toy.csv; the columns are age, class.");
    }

    @Test
    void targetWithOneClassIsRefused() {
        Dataset data = dataset(texts("label", "yes", "yes", null, "yes"));

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> TargetAnalyzer.summarize(data, "label")))
                .hasMessage("The target column 'label' in toy.csv holds a single class ('yes' in all 3 labelled rows),"
                        + " so there is nothing to learn; choose another target column.");
    }

    @Test
    void targetWithEveryValueMissingIsRefused() {
        Dataset data = dataset(numbers("x", 1, 2), numbers("label", NA, NA));

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> TargetAnalyzer.summarize(data, "label")))
                .hasMessage("The target column 'label' in toy.csv has no values (every cell is missing); choose"
                        + " another target column.");
    }

    @Test
    void proposedTargetIsTheLastColumn() {
        assertThat(TargetAnalyzer.proposedTarget(dataset(numbers("x", 1), texts("y", "a")))).isEqualTo("y");
    }
}
