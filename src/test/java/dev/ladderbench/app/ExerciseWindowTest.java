package dev.ladderbench.app;

import dev.ladderbench.app.ladder.Rung;
import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.app.samples.SamplesViewModel;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.samples.BugEvidence;
import dev.ladderbench.core.samples.Exercise;
import dev.ladderbench.core.samples.Exercise.Deal;
import dev.ladderbench.core.samples.RealDatasets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Samples > Find the bug on the real ladder: a dealt sample opens without its name, the student climbs to the
 * rung that shows the bug and names it, and the score, card and evidence follow. The deals are those of
 * {@link #SEED}, which a second {@link Exercise} of the same seed foretells.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExerciseWindowTest {

    private static final long SEED = 8;

    @TempDir
    Path settings;
    @TempDir
    Path directory;

    private WorkbenchViewModel model;
    private Stage stage;
    private final Exercise foretold = new Exercise(SEED);

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WorkbenchWindow.applyTheme();
        model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(), RecentFiles.in(settings));
        SamplesViewModel samples = new SamplesViewModel(model, directory, RealDatasets.SHARED, SEED);
        new WorkbenchWindow(stage, model, samples).show();
    }

    /** Deals as {@code how} does (a robot's keys or clicks) and waits until the file is open, its target summarized. */
    private Deal deal(Runnable how) throws Exception {
        Deal next = foretold.deal();
        how.run();
        waitUntil(() -> !model.runner().busyProperty().get() && model.titleProperty().get().endsWith(next.fileName())
                && model.dataset().targetReadyProperty().get());
        return next;
    }

    private void climb(FxRobot robot, RungId id) throws Exception {
        Rung rung = model.ladder().rung(id);
        robot.interact(() -> model.ladder().select(Step.of(id)));
        robot.interact(model.ladder()::runCurrent);
        waitUntil(() -> !model.runner().busyProperty().get() && rung.state() == RungState.DONE);
    }

    @SuppressWarnings("unchecked")
    private void name(FxRobot robot, String kind) {
        robot.interact(() -> robot.lookup("#bug-choice").queryAs(ComboBox.class).setValue(kind));
        robot.clickOn("#name-bug");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRightAnswerAfterClimbingScoresOneOfOneAndShowsTheFindingThatNamesTheBug(FxRobot robot) throws Exception {
        Deal first = deal(() -> robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.B));
        FindingCode code = first.sample().card().codes().get(0);
        RungId raisedBy = BugEvidence.raisedBy(code).orElseThrow();

        assertThat(model.titleProperty().get()).isEqualTo("Ladderbench — exercise-1.csv");
        assertThat(directory.resolve("exercise-1.csv")).isRegularFile();
        assertThat(robot.lookup("#sample-card").query().isVisible()).as("no card gives the sample away").isFalse();
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .noneMatch(t -> t.contains(first.sample().card().title()) || t.contains(first.sample().id()));
        assertThat(text(robot, "#exercise-heading")).isEqualTo("Find the bug: exercise 1");
        assertThat(text(robot, "#exercise-score")).isEqualTo("Score 0/0");
        for (RungId id : RungId.values()) {
            if (id.ordinal() <= raisedBy.ordinal()) {
                climb(robot, id);
            }
        }
        robot.interact(() -> robot.lookup("#bug-choice").queryAs(ComboBox.class).setValue(first.answer()));
        Screenshots.write(stage.getScene(), "exercise-question");

        robot.clickOn("#name-bug");

        assertThat(text(robot, "#exercise-verdict")).isEqualTo("Right: " + first.answer() + ".");
        assertThat(text(robot, "#exercise-score")).isEqualTo("Score 1/1");
        assertThat(text(robot, "#status-exercise-score")).isEqualTo("Find the bug: 1/1 right");
        assertThat(text(robot, "#exercise-bug")).contains(first.sample().card().bug());
        assertThat(text(robot, "#evidence-text-" + code.id())).startsWith("FAIL in " + raisedBy.label() + ": ");
        assertThat(robot.lookup("#evidence-link-" + code.id()).queryAs(Hyperlink.class).getText())
                .isEqualTo("Show " + raisedBy.label());
        robot.interact(() -> model.ladder().select(Step.DATA));
        robot.clickOn("#evidence-link-" + code.id());
        assertThat(model.ladder().stepProperty().get()).isEqualTo(Step.of(raisedBy));
        Screenshots.write(stage.getScene(), "exercise-right");
    }

    @Test
    void aWrongAnswerScoresOneOfTwoRevealsTheRightBugAndSaysWhichRungToRun(FxRobot robot) throws Exception {
        Deal first = deal(() -> robot.clickOn("Samples").clickOn("Find the bug…"));
        name(robot, first.answer());
        Deal second = deal(() -> robot.clickOn("#deal-another"));
        assertThat(second.sample()).isNotSameAs(first.sample());
        assertThat(text(robot, "#exercise-heading")).isEqualTo("Find the bug: exercise 2");
        assertThat(robot.lookup("#exercise-answer").query().isVisible()).as("the last answer is cleared").isFalse();
        String wrong = foretold.kinds().stream().filter(k -> !k.equals(second.answer())).findFirst().orElseThrow();

        name(robot, wrong);

        FindingCode code = second.sample().card().codes().get(0);
        RungId raisedBy = BugEvidence.raisedBy(code).orElseThrow();
        assertThat(text(robot, "#exercise-score")).isEqualTo("Score 1/2");
        assertThat(text(robot, "#exercise-verdict")).startsWith("Not quite: you named ")
                .endsWith("the bug is " + second.answer().substring(0, 1).toLowerCase() + second.answer().substring(1) + ".");
        assertThat(text(robot, "#exercise-bug")).contains(second.sample().card().title(), second.sample().card().bug());
        assertThat(text(robot, "#evidence-text-" + code.id())).isEqualTo("Not raised yet: " + raisedBy.label()
                + " raises it; run " + raisedBy.label() + " to see it.");
        assertThat(robot.lookup("#name-bug").queryButton().isDisabled()).as("one answer per deal").isTrue();

        climb(robot, raisedBy);

        assertThat(text(robot, "#evidence-text-" + code.id())).contains(raisedBy.label() + ": ");
        Screenshots.write(stage.getScene(), "exercise-wrong");
    }

    @Test
    void openingAnotherFileEndsTheExerciseAndTheScoreStaysInTheStatusBar(FxRobot robot) throws Exception {
        Deal first = deal(() -> robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.B));
        name(robot, first.answer());

        FxConditions.openAndWaitForTheLadder(robot, model, WorkbenchWindowTest.CREDIT);

        Node panel = robot.lookup("#exercise-panel").query();
        assertThat(panel.isVisible()).isFalse();
        assertThat(text(robot, "#status-exercise-score")).isEqualTo("Find the bug: 1/1 right");
    }
}
