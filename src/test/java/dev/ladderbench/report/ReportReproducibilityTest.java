package dev.ladderbench.report;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.ladder.CvScheme;
import dev.ladderbench.core.ladder.Ladder;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.Thresholds;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The promise: the same seed and data give byte-identical JSON, timings aside. */
class ReportReproducibilityTest {

    @Test
    void twoClimbsWithTheSameSeedWriteTheSameJsonBytes() throws Exception {
        Dataset dataset = new CsvDatasetReader().read(Path.of("../shared/datasets/weka_diabetes.csv"),
                CsvReadOptions.defaults(), ProgressListener.NONE, CancellationToken.none()).dataset();
        LadderRequest request = new LadderRequest(dataset, "class", Optional.of("tested_positive"), Set.of(),
                new LadderSettings(5, 7, CvScheme.SHUFFLED, Thresholds.defaults()));

        String first = JsonReport.of(Ladder.climbAll(request, ProgressListener.NONE, CancellationToken.none()))
                .withoutTimings().toJson();
        String second = JsonReport.of(Ladder.climbAll(request, ProgressListener.NONE, CancellationToken.none()))
                .withoutTimings().toJson();

        assertThat(second).isEqualTo(first).contains("\"seed\" : 7").contains("\"id\" : \"forest\"");
    }
}
