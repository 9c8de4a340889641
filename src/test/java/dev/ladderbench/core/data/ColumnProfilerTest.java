package dev.ladderbench.core.data;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.CancelledException;
import dev.ladderbench.core.ProgressListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.ladderbench.core.data.Columns.dataset;
import static dev.ladderbench.core.data.Columns.numbers;
import static dev.ladderbench.core.data.Columns.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("core")
class ColumnProfilerTest {

    private static final double NA = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void numericColumnCountsMissingInfiniteDistinctAndFiniteRange() {
        ColumnProfile p = ColumnProfiler.profile(numbers("x", 3, NA, -1.5, INF, 3, -INF, 7));

        assertThat(p.kind()).isEqualTo(ColumnKind.NUMERIC);
        assertThat(p.numeric()).isTrue();
        assertThat(p.integerValued()).isFalse();
        assertThat(List.of(p.missing(), p.infinite(), p.distinct())).containsExactly(1, 2, 5);
        assertThat(p.min()).isEqualTo(-1.5);
        assertThat(p.max()).isEqualTo(7);
        assertThat(p.topLevels()).isEmpty();
        assertThat(p.summary()).isEqualTo("-1.5 to 7");
    }

    @Test
    void zeroOneColumnIsBooleanWithItsCounts() {
        ColumnProfile p = ColumnProfiler.profile(numbers("flag", 0, 1, 1, NA, 1));

        assertThat(p.kind()).isEqualTo(ColumnKind.BOOLEAN);
        assertThat(p.topLevels()).containsExactly(new LevelCount("1", 3), new LevelCount("0", 1));
    }

    @ParameterizedTest
    @CsvSource({"yes,no", "True,False", "Y,N", "t,f"})
    void twoTruthLevelsAreBoolean(String yes, String no) {
        assertThat(ColumnProfiler.profile(texts("b", yes, no, yes)).kind()).isEqualTo(ColumnKind.BOOLEAN);
    }

    @Test
    void textColumnCountsLevelsMostFrequentFirst() {
        ColumnProfile p = ColumnProfiler.profile(texts("colour", "red", "blue", "red", null, "green", "red", "blue"));

        assertThat(p.kind()).isEqualTo(ColumnKind.CATEGORICAL);
        assertThat(List.of(p.missing(), p.distinct())).containsExactly(1, 3);
        assertThat(p.topLevels()).containsExactly(new LevelCount("red", 3), new LevelCount("blue", 2),
                new LevelCount("green", 1));
        assertThat(p.min()).isNaN();
        assertThat(p.summary()).isEqualTo("red 3, blue 2, green 1");
    }

    @Test
    void topLevelsKeepOnlyTheMostFrequent() {
        ColumnProfile p = ColumnProfiler.profile(texts("c", "a", "a", "b", "b", "c", "c", "d", "e", "f", "g", "g"));

        assertThat(p.topLevels()).hasSize(ColumnProfiler.TOP_LEVELS);
    }

    @Test
    void textUniquePerRowIsIdLike() {
        ColumnProfile p = ColumnProfiler.profile(texts("customer", "c-001", "c-002", null, "c-003"));

        assertThat(p.kind()).isEqualTo(ColumnKind.ID_LIKE_TEXT);
        assertThat(p.kind().label()).isEqualTo("ID-like text");
    }

    @Test
    void wholeNumbersAreIntegerValued() {
        ColumnProfile p = ColumnProfiler.profile(numbers("n", 1, 2, NA, 40));

        assertThat(p.integerValued()).isTrue();
        assertThat(p.kind()).isEqualTo(ColumnKind.NUMERIC);
    }

    @Test
    void datasetIsProfiledColumnByColumnWithProgress() {
        Dataset data = dataset(numbers("a", 1, 2), texts("b", "x", "y"));
        List<String> messages = new java.util.ArrayList<>();

        List<ColumnProfile> profiles = ColumnProfiler.profile(data, (f, m) -> messages.add(m), CancellationToken.none());

        assertThat(profiles).extracting(ColumnProfile::name).containsExactly("a", "b");
        assertThat(messages).containsExactly("Profiling a", "Profiling b");
    }

    @Test
    void cancelledProfilingStops() {
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();

        assertThatThrownBy(() -> ColumnProfiler.profile(dataset(numbers("a", 1)), ProgressListener.NONE, cancel))
                .isInstanceOf(CancelledException.class);
    }
}
