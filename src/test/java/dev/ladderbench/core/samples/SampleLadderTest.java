package dev.ladderbench.core.samples;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.finding.Severity;
import dev.ladderbench.core.ladder.Ladder;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each built-in sample climbed with the default settings: the planted bug is named by its card's codes. */
class SampleLadderTest {

    @TempDir
    Path dir;

    /** The samples whose bug the ladder itself names (the drift pair needs the drift step). */
    static Stream<Sample> plantedForTheLadder() {
        return Samples.all().stream().filter(s -> s.card().planted() && !s.id().equals("readmission-drift"));
    }

    private LadderResult climb(Sample sample) throws Exception {
        SampleFile file = sample.generate().get(0);
        Path csv = Files.write(dir.resolve(file.name()), file.bytes());
        Dataset dataset = new CsvDatasetReader().read(csv, CsvReadOptions.defaults(), ProgressListener.NONE,
                CancellationToken.none()).dataset();
        LadderRequest request = new LadderRequest(dataset, sample.card().target(), Optional.empty(), Set.of(),
                LadderSettings.defaults());
        return Ladder.climbAll(request, ProgressListener.NONE, CancellationToken.none());
    }

    private static Set<FindingCode> raised(LadderResult result, Severity atLeast) {
        return result.findings().stream().filter(f -> f.severity().compareTo(atLeast) >= 0).map(Finding::code)
                .collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plantedForTheLadder")
    void eachPlantedSampleRaisesTheCodesOnItsCard(Sample sample) throws Exception {
        LadderResult result = climb(sample);

        assertThat(result.findings()).extracting(Finding::code).containsAll(sample.card().codes());
        // Find the bug sends the student to the rung it says raises each code: this is where the ladder does.
        assertThat(result.findings()).filteredOn(f -> sample.card().codes().contains(f.code()))
                .allSatisfy(f -> assertThat(BugEvidence.raisedBy(f.code())).contains(f.rung()));
    }

    @Test
    void theCleanSampleRaisesNoFailAndNoWarningOfAPlantedKind() throws Exception {
        Set<FindingCode> planted = plantedForTheLadder().flatMap(s -> s.card().codes().stream())
                .collect(Collectors.toSet());

        LadderResult result = climb(Samples.byId("readmission").orElseThrow());

        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.FAIL);
        assertThat(raised(result, Severity.WARN)).doesNotContainAnyElementsOf(planted);
    }

    @Test
    void theCleanSampleHasTheArticlesPrevalenceAndAPlausibleModel() throws Exception {
        LadderResult result = climb(Samples.byId("readmission").orElseThrow());

        int positives = result.classCounts().stream().filter(c -> c.level().equals("yes")).findFirst().orElseThrow()
                .count();
        double linear = auc(result, RungId.LINEAR);
        assertThat((double) positives / Samples.ROWS).isBetween(0.10, 0.14);
        assertThat(linear).isBetween(0.70, 0.80);
        assertThat(auc(result, RungId.FOREST)).isBetween(linear - 0.03, linear + 0.05);
    }

    private static double auc(LadderResult result, RungId rung) {
        return result.rungs().get(rung.ordinal()).model().orElseThrow().rocAuc().mean();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.ladderbench.core.samples.Samples#all")
    void theSameSeedGivesTheSameBytes(Sample sample) {
        List<SampleFile> first = sample.generate(5);
        List<SampleFile> second = sample.generate(5);
        List<SampleFile> other = sample.generate(6);

        for (int f = 0; f < first.size(); f++) {
            assertThat(second.get(f).bytes()).isEqualTo(first.get(f).bytes());
            assertThat(other.get(f).bytes()).isNotEqualTo(first.get(f).bytes());
        }
    }
}
