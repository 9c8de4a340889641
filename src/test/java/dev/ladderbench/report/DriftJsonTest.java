package dev.ladderbench.report;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.drift.DriftAnalysis;
import dev.ladderbench.core.drift.DriftFiles;
import dev.ladderbench.core.drift.DriftRequest;
import dev.ladderbench.core.drift.DriftTarget;
import dev.ladderbench.core.drift.DriftThresholds;
import dev.ladderbench.core.drift.RungScorer;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DriftJsonTest {

    @TempDir
    Path directory;

    private String compare() throws Exception {
        Dataset training = read(DriftFiles.training(directory, 600));
        Dataset production = read(DriftFiles.production(directory, 600, DriftFiles.Production.DRIFTED));
        DriftRequest request = new DriftRequest(training, production, Optional.of(new DriftTarget("y", "1")), Set.of(),
                Optional.of(new RungScorer(RungId.FOREST, "y", "1", Set.of("day"), LadderSettings.defaults())),
                Optional.of("day"), OptionalInt.empty(), DriftThresholds.defaults());
        return DriftJson.of(DriftAnalysis.run(request, ProgressListener.NONE, CancellationToken.none()))
                .withoutTimings().toJson();
    }

    private static Dataset read(Path file) throws Exception {
        return new CsvDatasetReader().read(file, CsvReadOptions.defaults(), ProgressListener.NONE,
                CancellationToken.none()).dataset();
    }

    @Test
    void theSameFilesGiveTheSameBytesWithoutTimings() throws Exception {
        String first = compare();
        String second = compare();

        assertThat(second).isEqualTo(first);
        assertThat(first).doesNotContain("\"seconds\"").contains("\"schema\" : \"ladderbench/drift-v1\"");
    }
}
