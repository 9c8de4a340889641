package dev.ladderbench.core.data;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** The first block's columns as the estimate sees them: numbers or text, and how a text column's levels grow. */
class SampleColumnsTest {

    private static final CellRules RULES = new CellRules(Set.of("", "NA"));

    /** A header "a" and {@code rows} rows of one column, the block cut in the middle of a further line. */
    private static SampleColumns oneColumn(int rows, IntFunction<String> cell) {
        StringBuilder text = new StringBuilder("a\n");
        for (int row = 0; row < rows; row++) {
            text.append(cell.apply(row)).append('\n');
        }
        return SampleColumns.read(text.append("cut-of").toString(), ',', RULES, false, 1);
    }

    @Test
    void numbersAndMissingCellsMakeANumericColumnAndAnyTextATextOne() {
        SampleColumns columns = SampleColumns.read("x,t\n1.5,a\nNA,2\n,b\n", ',', RULES, true, 2);

        assertThat(columns.numericColumns()).isEqualTo(1);
        assertThat(columns.text()).hasSize(1);
    }

    @Test
    void fiveLevelsStayFiveOverAMillionRows() {
        SampleColumns.Text colours = oneColumn(1000, row -> "colour" + row % 5).text().get(0);

        assertThat(colours.levels(1_000_000)).isEqualTo(5);
    }

    @Test
    void uniqueIdsGrowALevelARow() {
        SampleColumns.Text ids = oneColumn(1000, row -> "id-" + row).text().get(0);

        assertThat(ids.levels(1_000_000)).isEqualTo(1_000_000);
    }

    @Test
    void levelsThatStillRepeatGrowSlowerThanTheRows() {
        SampleColumns.Text cities = oneColumn(1000, row -> "city" + (row * 7919L % 1000) % 700).text().get(0);

        assertThat(cities.levels(1_000_000)).isBetween(700L, 100_000L);
    }

    @Test
    void theLastLineOfABlockThatIsNotTheWholeFileIsLeftOut() {
        SampleColumns.Text ids = oneColumn(10, row -> "id-" + row).text().get(0);

        assertThat(ids.distinct()).isEqualTo(10); // not "cut-of"
        assertThat(ids.payloadPerLevel()).isEqualTo(4.0);
    }

    @Test
    void aWholeFileHasTheLevelsItShows() {
        SampleColumns columns = SampleColumns.read("t\nx1\nx2\nx3\n", ',', RULES, true, 1);

        assertThat(columns.text().get(0).levels(3)).isEqualTo(3);
    }

    @Test
    void textBeyondLatin1TakesTwoBytesACharacter() {
        SampleColumns.Text greek = oneColumn(10, row -> "αβ" + row).text().get(0);

        assertThat(greek.payloadPerLevel()).isEqualTo(6.0);
    }

    @Test
    void aBlockWithoutAWholeHeaderCountsAsOneNumericColumn() {
        SampleColumns columns = SampleColumns.read("\"a,b", ',', RULES, false, -1);

        assertThat(columns.numericColumns()).isEqualTo(1);
        assertThat(columns.text()).isEmpty();
    }
}
