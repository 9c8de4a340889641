package dev.ladderbench.core.model;

import dev.ladderbench.core.data.CategoricalColumn;
import dev.ladderbench.core.data.NumericColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PreprocessingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3 1 2        | 2
            4 1 3 2      | 2.5
            7            | 7
            5 5 1 9 9 9  | 7
            """)
    void medianIsExactAndAveragesTheMiddlePairOfAnEvenCount(String values, double expected) {
        double[] v = Arrays.stream(values.trim().split(" +")).mapToDouble(Double::parseDouble).toArray();

        assertThat(MedianImputer.median(v)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} values")
    @ValueSource(ints = {1, 2, 3, 10, 101, 1000, 1001})
    void medianEqualsTheMiddleOfTheSortedValuesWithManyTiesAndSignedZeros(int n) {
        SplittableRandom random = new SplittableRandom(n);
        double[] v = random.doubles(n).map(d -> d < 0.2 ? -0.0 : d < 0.4 ? 0.0 : Math.floor(d * 8) - 4).toArray();
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double expected = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;

        assertThat(Double.doubleToLongBits(MedianImputer.median(v))).isEqualTo(Double.doubleToLongBits(expected));
    }

    @Test
    void imputerLearnsOnlyFromTrainingRows() {
        NumericColumn column = new NumericColumn("x", new double[] {1, Double.NaN, 3, 100, 1000});

        MedianImputer imputer = MedianImputer.fit(column, new int[] {0, 1, 2});

        assertThat(imputer.median()).isEqualTo(2);
        assertThat(imputer.impute(Double.NaN)).isEqualTo(2);
        assertThat(imputer.impute(5)).isEqualTo(5);
    }

    @Test
    void aColumnMissingInEveryTrainingRowIsDropped() {
        NumericColumn empty = new NumericColumn("empty", new double[] {Double.NaN, Double.NaN, 4});
        NumericColumn full = new NumericColumn("full", new double[] {1, 2, 3});
        FeatureSpec features = new FeatureSpec(List.of(empty, full), List.of());

        Preprocessor preprocessor = Preprocessor.fit(features, new int[] {0, 1}, false);

        assertThat(preprocessor.outputNames()).containsExactly("full");
        assertThat(preprocessor.transform(new int[] {2})[0]).containsExactly(3);
    }

    @Test
    void scalerUsesThePopulationStandardDeviation() {
        StandardScaler scaler = StandardScaler.fit(new double[] {1, 3});

        assertThat(scaler.mean()).isEqualTo(2);
        assertThat(scaler.scale()).isEqualTo(1);
        assertThat(scaler.scale(5)).isEqualTo(3);
    }

    @Test
    void aConstantColumnIsCentredButNotDividedByZero() {
        StandardScaler scaler = StandardScaler.fit(new double[] {0.1, 0.1, 0.1});

        assertThat(scaler.scale()).isEqualTo(1);
        assertThat(scaler.scale(0.1)).isCloseTo(0, within(1e-15));
    }

    @Test
    void oneHotColumnsAreTheTrainingLevelsSortedWithMissingAsALevel() {
        CategoricalColumn colour = new CategoricalColumn("colour",
                new int[] {0, 1, CategoricalColumn.MISSING, 2, 0}, List.of("red", "Blue", "green"));

        OneHotEncoder encoder = OneHotEncoder.fit(colour, new int[] {0, 1, 2, 4});

        assertThat(encoder.categories()).containsExactly("Blue", "__missing__", "red");
        assertThat(encoder.indexOf(colour.code(2))).isEqualTo(1);
        assertThat(encoder.indexOf(colour.code(3))).as("green was never trained on").isEqualTo(-1);
    }

    @Test
    void anUnseenLevelEncodesAsAllZerosAndOneHotColumnsAreNotScaled() {
        NumericColumn size = new NumericColumn("size", new double[] {1, 3, 2});
        CategoricalColumn colour = new CategoricalColumn("colour", new int[] {0, 1, 2}, List.of("red", "blue", "green"));
        FeatureSpec features = new FeatureSpec(List.of(size), List.of(colour));

        Preprocessor preprocessor = Preprocessor.fit(features, new int[] {0, 1}, true);

        assertThat(preprocessor.outputNames()).containsExactly("size", "colour=blue", "colour=red");
        assertThat(preprocessor.transform(new int[] {0, 2})).isDeepEqualTo(new double[][] {
                {-1, 0, 1},
                {0, 0, 0}});
    }
}
