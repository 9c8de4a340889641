package dev.ladderbench.core.checklist;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.analysis.ErrorSettings;
import dev.ladderbench.core.analysis.ErrorStep;
import dev.ladderbench.core.analysis.PredictionSource;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.ladder.CvScheme;
import dev.ladderbench.core.ladder.Ladder;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.Thresholds;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The checklist of a real climb: the Pima diabetes data (768 rows, 35 % positive, no leak, no duplicates). */
class ChecklistOnSharedDataTest {

    @Test
    void theDiabetesClimbPassesTheDataAndModelItemsAndWarnsAboutItsThreshold() throws Exception {
        Dataset dataset = new CsvDatasetReader().read(Path.of("../shared/datasets/weka_diabetes.csv"),
                CsvReadOptions.defaults(), ProgressListener.NONE, CancellationToken.none()).dataset();
        LadderRequest request = new LadderRequest(dataset, "class", Optional.of("tested_positive"), Set.of(),
                new LadderSettings(5, 42, CvScheme.ORDERED, Thresholds.defaults()));
        LadderResult climbed = Ladder.climbAll(request, ProgressListener.NONE, CancellationToken.none());
        LadderResult result = climbed.withErrors(ErrorStep.run(climbed, new ErrorSettings(RungId.FOREST,
                PredictionSource.OUT_OF_FOLD, 0.5), ProgressListener.NONE, CancellationToken.none()).report().orElseThrow());

        Map<String, ChecklistStatus> statuses = ChecklistEvaluator.evaluate(result, Map.of()).development().stream()
                .collect(Collectors.toMap(ChecklistItem::id, ChecklistItem::status));

        assertThat(statuses).contains(entry("no-nan-or-inf", ChecklistStatus.PASS),
                entry("lengths-match", ChecklistStatus.PASS), entry("no-target-leakage", ChecklistStatus.PASS),
                entry("splits-do-not-overlap", ChecklistStatus.PASS),
                entry("preprocessing-in-folds", ChecklistStatus.PASS), entry("beats-dummy", ChecklistStatus.PASS),
                entry("optimiser-converged", ChecklistStatus.PASS), entry("right-metric", ChecklistStatus.PASS),
                entry("cv-for-comparison", ChecklistStatus.PASS), entry("test-set-once", ChecklistStatus.MANUAL));
        // With 35 % positives the best-F1 threshold of the forest lies well below 0.5.
        assertThat(statuses.get("threshold-tuned")).isEqualTo(ChecklistStatus.WARN);
    }
}
