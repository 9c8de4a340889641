package dev.ladderbench.app;

import dev.ladderbench.app.ladder.LadderViewModel;
import dev.ladderbench.app.ladder.RungClimber;
import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.ColumnProfiler;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The ladder's gating, overrides and staleness, on the synchronous runner with a fake climber: no window. */
class LadderViewModelTest {

    @TempDir
    Path directory;

    private DatasetViewModel dataset;

    @BeforeEach
    void openSmallFile() throws Exception {
        Path file = directory.resolve("small.csv");
        Files.writeString(file, "x,y,z,label\n1,2,a,yes\n2,1,b,no\n3,4,a,yes\n4,3,b,no\n5,6,a,yes\n6,5,b,no\n");
        Dataset data = DatasetLoader.csv().load(file, CsvReadOptions.defaults(), ProgressListener.NONE,
                CancellationToken.none()).dataset();
        if (dataset == null) {
            dataset = new DatasetViewModel(WorkRunner.synchronous());
        }
        dataset.show(data, ColumnProfiler.profile(data, ProgressListener.NONE, CancellationToken.none()));
        assertThat(dataset.targetProperty().get()).isEqualTo("label");
    }

    private LadderViewModel ladder(FakeClimber climber) {
        return new LadderViewModel(dataset, WorkRunner.synchronous(), climber);
    }

    @Test
    void eachRungUnlocksOnceTheOneBelowPassed() {
        LadderViewModel ladder = ladder(FakeClimber.passing());
        assertThat(ladder.rung(RungId.SANITY).unlockedProperty().get()).isTrue();
        assertThat(ladder.rung(RungId.BASELINE).unlockedProperty().get()).isFalse();

        ladder.run(RungId.BASELINE);
        assertThat(ladder.rung(RungId.BASELINE).state()).isEqualTo(RungState.NOT_RUN); // locked: ignored
        assertThat(ladder.select(Step.SANITY)).isTrue();
        ladder.runCurrent();
        assertThat(ladder.nextEnabledProperty().get()).isTrue();
        ladder.next();

        assertThat(ladder.stepProperty().get()).isEqualTo(Step.BASELINE);
        ladder.runCurrent();
        ladder.next();
        ladder.runCurrent();
        ladder.next();
        ladder.runCurrent();
        assertThat(ladder.rung(RungId.FOREST).state()).isEqualTo(RungState.DONE);
        assertThat(ladder.nextEnabledProperty().get()).isFalse(); // nothing above the forest yet
        assertThat(ladder.overridden()).isEmpty();
    }

    @Test
    void theClimberGetsTheTargetThePositiveClassTheExcludedColumnsAndTheResultsBelow() {
        FakeClimber climber = FakeClimber.passing();
        LadderViewModel ladder = ladder(climber);
        dataset.positiveProperty().set("yes");
        dataset.column("z").featureProperty().set(false);

        ladder.run(RungId.SANITY);

        assertThat(climber.requests).singleElement().satisfies(request -> {
            assertThat(request.target()).isEqualTo("label");
            assertThat(request.positiveLabel()).contains("yes");
            assertThat(request.excluded()).containsExactly("z");
        });
    }

    @Test
    void continueAnywayRecordsTheOverrideAndChangedSettingsClearIt() {
        LadderViewModel ladder = ladder(new FakeClimber(LadderFixtures.sanity(true), Set.of()));
        ladder.select(Step.SANITY);
        ladder.runCurrent();
        assertThat(ladder.nextEnabledProperty().get()).isFalse();
        assertThat(ladder.continueAnywayEnabledProperty().get()).isTrue();

        ladder.continueAnyway();
        assertThat(ladder.overridden()).containsExactly(RungId.SANITY);
        assertThat(ladder.stepProperty().get()).isEqualTo(Step.BASELINE);

        dataset.positiveProperty().set("no");
        assertThat(ladder.rung(RungId.SANITY).state()).isEqualTo(RungState.STALE);
        assertThat(ladder.rung(RungId.SANITY).currentResult()).isNull();
        assertThat(ladder.overridden()).isEmpty();
        assertThat(ladder.rung(RungId.BASELINE).unlockedProperty().get()).isFalse();
    }

    @Test
    void aClimberThatRefusesTheInputLeavesItsSentenceAndNoResult() {
        LadderViewModel ladder = new LadderViewModel(dataset, WorkRunner.synchronous(),
                (rung, request, below, progress, cancel) -> {
                    throw new InvalidInputException(null, "The target label has a single class.");
                });
        ladder.run(RungId.SANITY);

        assertThat(ladder.rung(RungId.SANITY).state()).isEqualTo(RungState.NOT_RUN);
        assertThat(ladder.rung(RungId.SANITY).problemProperty().get()).isEqualTo("The target label has a single class.");
    }

    @Test
    void openingAnotherFileForgetsTheResults() throws Exception {
        LadderViewModel ladder = ladder(FakeClimber.passing());
        ladder.select(Step.SANITY);
        ladder.runCurrent();

        openSmallFile(); // the same view model shows a freshly read dataset

        assertThat(ladder.rung(RungId.SANITY).state()).isEqualTo(RungState.NOT_RUN);
        assertThat(ladder.stepProperty().get()).isEqualTo(Step.DATA);
    }

    @Test
    void aContinuousTargetLetsSanityNameItAndLocksTheModelRungs() throws Exception {
        Path file = directory.resolve("continuous.csv");
        Files.writeString(file, "x,risk\n1,0.12\n2,0.57\n3,0.33\n4,0.91\n5,0.08\n6,0.45\n");
        Dataset data = DatasetLoader.csv().load(file, CsvReadOptions.defaults(), ProgressListener.NONE,
                CancellationToken.none()).dataset();
        dataset.show(data, ColumnProfiler.profile(data, ProgressListener.NONE, CancellationToken.none()));
        LadderViewModel ladder = new LadderViewModel(dataset, WorkRunner.synchronous(), RungClimber.ladder());

        ladder.select(Step.SANITY);
        ladder.runCurrent();

        assertThat(ladder.rung(RungId.SANITY).currentResult().findings()).extracting(f -> f.code().id())
                .contains("regression-target");
        assertThat(ladder.rung(RungId.BASELINE).lockReasonProperty().get())
                .isEqualTo("The ladder needs a classification target; risk is continuous");
        assertThat(ladder.continueAnywayEnabledProperty().get()).isFalse();
    }

    @Test
    void aRungsFailFindingIsListedBeforeItsWarnings() {
        RungResult sanity = LadderFixtures.sanity(true);
        List<Finding> infoFirst = new ArrayList<>(sanity.findings());
        Collections.reverse(infoFirst); // the warnings first, the fail last
        LadderViewModel ladder = ladder(new FakeClimber(new RungResult(RungId.SANITY, sanity.status(), sanity.seconds(),
                infoFirst, sanity.sanity(), sanity.model(), sanity.skippedBecause()), Set.of()));

        ladder.select(Step.SANITY);
        ladder.runCurrent();

        assertThat(ladder.findings()).extracting(f -> f.code().id())
                .containsExactly("target-leakage", "scale-differences", "missing-values");
    }
}
