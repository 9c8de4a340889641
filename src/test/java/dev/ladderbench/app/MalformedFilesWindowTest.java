package dev.ladderbench.app;

import dev.ladderbench.malformed.MalformedCorpus;
import dev.ladderbench.malformed.MalformedCorpus.Expectation;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files of the malformed-input corpus opened the way a drop or a double-click opens them: the window says
 * why in one sentence (a dialog for data, the Production step for a pipeline, the banner for a session) and
 * then opens the next file as if nothing had happened.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MalformedFilesWindowTest {

    @TempDir
    Path settings;

    private WorkbenchViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WorkbenchWindow.applyTheme();
        model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(), RecentFiles.in(settings));
        new WorkbenchWindow(stage, model).show();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"csv/utf16le-no-bom.csv", "csv/unbalanced-quote.csv", "csv/nul-bytes.csv", "csv/empty.csv",
            "csv/ragged-short-row.csv", "csv/excel-workbook.csv"})
    void aDataFileItRefusesShowsItsSentenceInADialogAndTheNextFileOpens(String name, FxRobot robot) throws Exception {
        Expectation expected = MalformedCorpus.expectation(name);

        robot.interact(() -> model.openDocument(MalformedCorpus.file(name)));

        waitUntil(() -> robot.lookup("#load-failure").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#load-failure").queryAs(DialogPane.class);
        assertOneSentence(dialog.getContentText(), expected);
        Screenshots.write(dialog.getScene(), screenshotName(name));
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
        assertTheNextFileOpens(robot);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pipeline/zip-slip.lbp", "pipeline/zip-bomb.lbp", "pipeline/deep-nesting.lbp"})
    void aPipelineItRefusesIsExplainedOnTheProductionStepAndTheNextFileOpens(String name, FxRobot robot)
            throws Exception {
        Expectation expected = MalformedCorpus.expectation(name);

        robot.interact(() -> model.openDocument(MalformedCorpus.file(name)));

        waitUntil(() -> !model.production().problemProperty().get().isEmpty());
        assertThat(model.ladder().stepProperty().get()).isEqualTo(Step.PRODUCTION);
        assertShown("#production-problem", expected, robot);
        Screenshots.write(stage.getScene(), screenshotName(name));
        assertTheNextFileOpens(robot);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"session/wrong-version.ladder", "session/bad-json.ladder", "session/serialized-object.ladder"})
    void aSessionItRefusesIsExplainedInTheBannerAndTheNextFileOpens(String name, FxRobot robot) throws Exception {
        Expectation expected = MalformedCorpus.expectation(name);

        robot.interact(() -> model.openDocument(MalformedCorpus.file(name)));

        waitUntil(() -> model.session().noticeProperty().get() == SessionViewModel.Notice.PROBLEM);
        assertShown("#session-message", expected, robot);
        Screenshots.write(stage.getScene(), screenshotName(name));
        assertTheNextFileOpens(robot);
    }

    private static String screenshotName(String corpusFile) {
        return "malformed-" + corpusFile.replace('/', '-').replace('.', '-');
    }

    private static void assertShown(String id, Expectation expected, FxRobot robot) {
        Node label = robot.lookup(id).query();
        assertThat(label.isVisible()).isTrue();
        assertOneSentence(((Label) label).getText(), expected);
    }

    private static void assertOneSentence(String sentence, Expectation expected) {
        assertThat(sentence).contains(Path.of(expected.file()).getFileName().toString()).contains(expected.says())
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("\n").endsWith(".");
    }

    /** Usable afterwards: a good file opens, is shown and becomes the window's title. */
    private void assertTheNextFileOpens(FxRobot robot) throws Exception {
        Path good = settings.resolve("good.csv");
        Files.writeString(good, "x,y,label\n1,2,yes\n3,4,no\n5,6,yes\n7,8,no\n");
        robot.interact(() -> model.openDocument(good));
        waitUntil(() -> model.loadedProperty().get() != null
                && model.loadedProperty().get().dataset().name().equals("good.csv"));
        assertThat(model.titleProperty().get()).endsWith("good.csv");
        assertThat(robot.lookup("#load-failure").tryQuery()).isEmpty();
    }
}
