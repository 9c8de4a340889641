package dev.ladderbench.app;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.LoadResult;
import dev.ladderbench.core.ProgressListener;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Files that cannot be opened: a dialog with one sentence, and a way past bad lines when there is one. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LoadFailureTest {

    @TempDir
    Path settings;

    private final List<CsvReadOptions> reads = new ArrayList<>();
    private DatasetLoader loader = DatasetLoader.csv();
    private WorkbenchViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WorkbenchWindow.applyTheme();
        DatasetLoader recordingLoader = (file, options, progress, cancel) -> {
            reads.add(options);
            return loader.load(file, options, progress, cancel);
        };
        model = new WorkbenchViewModel(recordingLoader, WorkRunner.background(), RecentFiles.in(settings));
        new WorkbenchWindow(stage, model).show();
    }

    @Test
    void aFileTheReaderRefusesShowsItsSentenceInADialogNamingTheFile(FxRobot robot) throws Exception {
        Path missing = settings.resolve("no-such-file.csv");
        String sentence = refusal(missing);

        robot.interact(() -> model.open(missing));

        DialogPane dialog = awaitDialog(robot);
        assertThat(dialogTitle(dialog)).isEqualTo("Cannot open no-such-file.csv");
        assertThat(dialog.getContentText()).isEqualTo(sentence).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dialog.getExpandableContent()).isNull();
        assertThat(dialog.getButtonTypes()).doesNotContain(LoadFailureDialog.SKIP_BAD_LINES);
    }

    @Test
    void skippingBadLinesReadsTheFileAgainWithSkipBadLines(FxRobot robot) throws Exception {
        Path file = WorkbenchWindowTest.CREDIT;
        loader = (path, options, progress, cancel) -> {
            if (!options.skipBadLines()) {
                throw new InvalidInputException(path, "Line 7 of weka_credit_g.csv has 22 fields where the header"
                        + " has 21; fix the line or skip the bad lines.", true, null);
            }
            LoadResult read = DatasetLoader.csv().load(path, options, progress, cancel);
            return new LoadResult(read.dataset(), read.delimiter(), read.charset(), 1,
                    List.of("Skipped 1 bad line (line 7)."));
        };
        robot.interact(() -> model.open(file));
        DialogPane dialog = awaitDialog(robot);
        assertThat(dialog.getContentText()).startsWith("Line 7 of weka_credit_g.csv");
        Screenshots.write(dialog.getScene(), "load-failure");

        robot.clickOn(LoadFailureDialog.SKIP_BAD_LINES.getText());

        waitUntil(() -> model.loadedProperty().get() != null);
        assertThat(reads).extracting(CsvReadOptions::skipBadLines).containsExactly(false, true);
        assertThat(model.notices()).containsExactly("Skipped 1 bad line (line 7).");
        assertThat(robot.lookup(".notice-banner .message").tryQuery()).isPresent();
        Screenshots.write(stage.getScene(), "notice");
        assertThat(model.statusProperty().get()).endsWith("1 bad line skipped");
    }

    @Test
    void anUnexpectedErrorShowsOneSentenceAndNoStackTrace(FxRobot robot) throws Exception {
        loader = (path, options, progress, cancel) -> {
            throw new IllegalStateException("bug in a reader");
        };

        robot.interact(() -> model.open(settings.resolve("data.csv")));

        DialogPane dialog = awaitDialog(robot);
        assertThat(dialog.getContentText())
                .isEqualTo("Ladderbench could not open data.csv because of an unexpected error; the log has the details.");
    }

    private static String refusal(Path file) {
        try {
            new CsvDatasetReader().read(file, CsvReadOptions.defaults(), ProgressListener.NONE, CancellationToken.none());
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("The reader accepted " + file);
    }

    private static DialogPane awaitDialog(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#load-failure").tryQuery().isPresent());
        return robot.lookup("#load-failure").queryAs(DialogPane.class);
    }

    private static String dialogTitle(DialogPane dialog) {
        return ((Stage) dialog.getScene().getWindow()).getTitle();
    }
}
