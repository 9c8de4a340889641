package dev.ladderbench.core.ladder;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.data.CategoricalColumn;
import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.NumericColumn;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateRowsTest {

    private static final int MISSING = CategoricalColumn.MISSING;

    @Test
    void copiesCountOnceEachAndFeatureTwinsWithAnotherLabelFormAConflictingGroup() {
        List<Column> features = List.of(
                new NumericColumn("x", new double[]{1, 1, 1, 2, 0.0, -0.0, Double.NaN, Double.NaN}),
                new CategoricalColumn("c", new int[]{0, 0, 0, 1, 1, 1, MISSING, MISSING}, List.of("a", "b")));
        Column label = new CategoricalColumn("y", new int[]{0, 0, 1, 0, 1, 1, 0, MISSING}, List.of("no", "yes"));

        DuplicateRows rows = DuplicateRows.of(features, label, CancellationToken.none());

        // row 1 copies row 0; row 5 copies row 4 (0.0 and -0.0 alike); rows 0-2 share features with two labels
        assertThat(rows.duplicates()).isEqualTo(2);
        assertThat(rows.conflictingGroups()).isEqualTo(1);
    }

    @Test
    void aRowWithoutALabelIsNotACopyOfOneWithALabelAndConflictsWithNothing() {
        List<Column> features = List.of(new NumericColumn("x", new double[]{3, 3}));
        Column label = new CategoricalColumn("y", new int[]{0, MISSING}, List.of("no"));

        DuplicateRows rows = DuplicateRows.of(features, label, CancellationToken.none());

        assertThat(rows.duplicates()).isZero();
        assertThat(rows.conflictingGroups()).isZero();
    }

    @Test
    void manyDistinctRowsHaveNoCopies() {
        double[] x = IntStream.range(0, 200_000).asDoubleStream().toArray();
        double[] z = IntStream.range(0, 200_000).mapToDouble(i -> i % 7).toArray();
        Column label = new NumericColumn("y", IntStream.range(0, 200_000).mapToDouble(i -> i % 2).toArray());

        DuplicateRows rows = DuplicateRows.of(List.of(new NumericColumn("x", x), new NumericColumn("z", z)), label,
                CancellationToken.none());

        assertThat(rows.duplicates()).isZero();
        assertThat(rows.findings()).isEmpty();
    }
}
