package dev.ladderbench.app.report;

import dev.ladderbench.core.data.Columns;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the Report step says when writing failed. */
class ReportProblemTest {

    @Test
    void runningOutOfMemoryIsTheHeapSentenceNotTheGenericOne() {
        String sentence = ReportViewModel.problem(new OutOfMemoryError("Java heap space"),
                Columns.dataset(Columns.numbers("x", 1, 2, 3)));

        assertThat(sentence).startsWith("Writing the report ran out of memory on 3 rows and 1 columns: Java may use"
                + " at most ").contains("(-Xmx) and this needs about ", "java -Xmx").doesNotContain("unexpected");
    }
}
