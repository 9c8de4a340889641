package dev.ladderbench.app.samples;

import dev.ladderbench.app.DatasetLoader;
import dev.ladderbench.app.RecentFiles;
import dev.ladderbench.app.Step;
import dev.ladderbench.app.WorkRunner;
import dev.ladderbench.app.WorkbenchViewModel;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.samples.BugEvidence;
import dev.ladderbench.core.samples.BugEvidence.Status;
import dev.ladderbench.core.samples.Exercise;
import dev.ladderbench.core.samples.Exercise.Deal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Find the bug's view model on the synchronous runner, no window: the deal opens under a neutral name, and
 * the evidence follows the rungs run. Seed 8 deals the leak first (see {@link Exercise}), whose bug rung 0 names.
 */
class ExerciseViewModelTest {

    private static final long SEED = 8;

    @TempDir
    Path directory;

    private WorkbenchViewModel workbench;
    private ExerciseViewModel exercise;
    private Deal first;

    @BeforeEach
    void deal() {
        workbench = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.synchronous(), RecentFiles.in(directory));
        exercise = new ExerciseViewModel(workbench, directory, SEED);
        first = new Exercise(SEED).deal();
        exercise.deal();
    }

    @Test
    void aDealOpensTheSampleAsExerciseOne() {
        assertThat(workbench.titleProperty().get()).isEqualTo("Ladderbench — exercise-1.csv");
        assertThat(exercise.activeProperty().get()).isTrue();
        assertThat(exercise.scoreProperty().get()).isEqualTo("0/0");
        assertThat(exercise.verdictProperty().get()).isNull();
        assertThat(exercise.evidence()).isEmpty();
    }

    @Test
    void anAnswerBeforeClimbingSaysWhichRungToRunAndTheEvidenceFollowsTheClimb() {
        exercise.answer(first.answer());
        BugEvidence before = exercise.evidence().get(0);
        assertThat(before.status()).isEqualTo(Status.NOT_RUN);
        assertThat(exercise.scoreProperty().get()).isEqualTo("1/1");

        exercise.goTo(before);
        workbench.ladder().runCurrent();

        assertThat(workbench.ladder().stepProperty().get()).isEqualTo(Step.of(RungId.SANITY));
        assertThat(exercise.evidence().get(0).status()).isEqualTo(Status.RAISED);
        assertThat(exercise.evidence().get(0).findings()).isNotEmpty();
    }

    @Test
    void aSecondAnswerToTheSameDealIsIgnored() {
        exercise.answer(first.answer());
        exercise.answer(Exercise.NO_BUG);

        assertThat(exercise.verdictProperty().get().right()).isTrue();
        assertThat(exercise.scoreProperty().get()).isEqualTo("1/1");
    }

    @Test
    void openingAnotherFileEndsTheExerciseButKeepsTheScore() throws Exception {
        exercise.answer(first.answer());
        Path other = Files.copy(directory.resolve("exercise-1.csv"), directory.resolve("other.csv"));

        workbench.open(other);

        assertThat(exercise.activeProperty().get()).isFalse();
        assertThat(exercise.verdictProperty().get()).isNull();
        assertThat(exercise.scoreProperty().get()).isEqualTo("1/1");
    }
}
