package dev.ladderbench.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.app.report.ReportFormat;
import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.ladder.Ladder;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

import static dev.ladderbench.app.FxConditions.openAndWaitForTheLadder;
import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The Report step on credit-g with the fixtures' rung results (fake climber), exporting through the window. */
class ReportWindowTest extends WindowTest {

    @TempDir
    Path settings;

    @TempDir
    Path out;

    /** Credit-g open, with rung 0 answering a {@code target-leakage} fail. */
    private WorkbenchViewModel show(FxRobot robot) throws Exception {
        WorkbenchViewModel model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                RecentFiles.in(settings), new FakeClimber(LadderFixtures.sanity(true), Set.of()));
        robot.interact(() -> new WorkbenchWindow(stage, model).show());
        openAndWaitForTheLadder(robot, model, WorkbenchWindowTest.CREDIT);
        return model;
    }

    private static void climb(FxRobot robot, WorkbenchViewModel model, RungId... rungs) throws Exception {
        for (RungId id : rungs) {
            robot.interact(() -> model.ladder().select(Step.of(id)));
            robot.interact(model.ladder()::runCurrent);
            waitUntil(() -> model.ladder().rung(id).state() == RungState.DONE && !model.runner().busyProperty().get());
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void export(FxRobot robot, WorkbenchViewModel model) throws Exception {
        // A DirectoryChooser cannot run headless: the folder is set as choosing it would.
        robot.interact(() -> model.report().folderProperty().set(out));
        robot.clickOn("#report-export");
        waitUntil(() -> !model.report().written().isEmpty() && !model.runner().busyProperty().get());
    }

    @Test
    void theStepUnlocksOnceSanityRanAndFileExportReportLeadsToIt(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot);
        ToggleButton step = robot.lookup("#step-report").queryAs(ToggleButton.class);
        assertThat(step.getTooltip().getText()).isEqualTo("Run 0 Sanity first");
        assertThat(model.ladder().selectable(Step.REPORT)).isFalse();

        climb(robot, model, RungId.SANITY);
        robot.push(KeyCode.SHORTCUT, KeyCode.E);

        assertThat(model.ladder().stepProperty().get()).isEqualTo(Step.REPORT);
        assertThat(text(robot, "#report-contents")).startsWith("Rungs: 0 Sanity.");
        assertThat(text(robot, "#report-missing")).contains("Climb 1 Baseline to include it.",
                "Climb 3 Forest and open Errors to include the error analysis.");
        assertThat(model.report().baseNameProperty().get()).isEqualTo("weka_credit_g");
        assertThat(model.report().folderProperty().get())
                .isEqualTo(WorkbenchWindowTest.CREDIT.toAbsolutePath().normalize().getParent());
    }

    @Test
    void exportWritesThePdfJsonAndMarkdownWithTheOverrideAndTheTicks(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot);
        climb(robot, model, RungId.SANITY);
        robot.interact(model.ladder()::continueAnyway);
        climb(robot, model, RungId.BASELINE, RungId.LINEAR, RungId.FOREST);
        robot.interact(() -> {
            model.checklist().tick("test-set-once", true);
            model.checklist().note("test-set-once", "Scored once");
        });
        robot.clickOn("#step-report");
        robot.clickOn("#format-markdown");
        assertThat(text(robot, "#report-contents")).contains("0 Sanity (Continue anyway past its fail)");

        export(robot, model);

        assertThat(model.report().written()).containsExactly(out.resolve("weka_credit_g.pdf"),
                out.resolve("weka_credit_g.md"), out.resolve("weka_credit_g.json"));
        assertThat(text(robot, "#report-outcome")).isEqualTo("Wrote weka_credit_g.pdf, weka_credit_g.md,"
                + " weka_credit_g.json to " + out + ".");
        String pdf;
        try (PDDocument document = Loader.loadPDF(out.resolve("weka_credit_g.pdf").toFile())) {
            pdf = new PDFTextStripper().getText(document);
        }
        assertThat(pdf).contains("target-leakage", "missing-values", "scale-differences",
                "Continued past a fail on: 0 Sanity");
        assertThat(Files.readString(out.resolve("weka_credit_g.md"))).contains("Continued past a fail on: 0 Sanity");
        JsonNode json = new ObjectMapper().readTree(out.resolve("weka_credit_g.json").toFile());
        assertThat(json.get("overrides")).hasSize(1);
        assertThat(json.at("/overrides/0").asText()).isEqualTo("sanity");
        assertThat(json.get("rungs")).hasSize(4);
        JsonNode item = StreamSupport.stream(json.at("/checklist/development").spliterator(), false)
                .filter(i -> i.get("id").asText().equals("test-set-once")).findFirst().orElseThrow();
        assertThat(item.get("ticked").asBoolean()).isTrue();
        assertThat(item.get("note").asText()).isEqualTo("Scored once");
    }

    @Test
    void staleRungsAreLeftOutOfTheReportAndSaidSo(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot);
        climb(robot, model, RungId.SANITY);
        robot.interact(model.ladder()::continueAnyway);
        climb(robot, model, RungId.BASELINE);
        robot.interact(() -> model.dataset().column("age").featureProperty().set(false));
        climb(robot, model, RungId.SANITY);
        robot.clickOn("#step-report");
        robot.interact(() -> model.report().formatProperty(ReportFormat.PDF).set(false));

        assertThat(text(robot, "#report-missing")).contains("1 Baseline is stale and left out: re-run it to include it.");
        export(robot, model);

        JsonNode json = new ObjectMapper().readTree(out.resolve("weka_credit_g.json").toFile());
        assertThat(json.get("rungs")).hasSize(1);
        assertThat(json.at("/rungs/0/id").asText()).isEqualTo("sanity");
        assertThat(json.get("overrides")).isEmpty(); // changed settings cleared the override, and it failed again
    }

    @Test
    void theErrorAnalysisAtTheCurrentThresholdIsReported(FxRobot robot) throws Exception {
        Path diabetes = ErrorsWindowTest.DIABETES;
        Dataset data = DatasetLoader.csv().load(diabetes, CsvReadOptions.defaults(), ProgressListener.NONE,
                CancellationToken.none()).dataset();
        LadderResult climbed = Ladder.climbAll(new LadderRequest(data, "class", Optional.empty(), Set.of(),
                LadderSettings.defaults()), ProgressListener.NONE, CancellationToken.none());
        FakeClimber climber = FakeClimber.passing().with(RungId.LINEAR, rung(climbed, RungId.LINEAR))
                .with(RungId.FOREST, rung(climbed, RungId.FOREST));
        WorkbenchViewModel model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                RecentFiles.in(settings), climber);
        robot.interact(() -> new WorkbenchWindow(stage, model).show());
        openAndWaitForTheLadder(robot, model, diabetes);
        climb(robot, model, RungId.values());
        robot.interact(() -> model.errors().thresholdProperty().set(0.3));
        waitUntil(() -> model.errors().reportProperty().get() != null
                && model.errors().reportProperty().get().threshold() == 0.3);
        robot.clickOn("#step-report");

        assertThat(text(robot, "#report-contents")).contains("The error analysis of 3 Forest at threshold 0.30.");
        assertThat(robot.lookup("#report-missing").queryAs(Label.class).isVisible()).isFalse();
        Screenshots.write(stage.getScene(), "report-step");
        export(robot, model);

        JsonNode json = new ObjectMapper().readTree(out.resolve("weka_diabetes.json").toFile());
        assertThat(json.at("/error_analysis/model").asText()).isEqualTo("forest");
        assertThat(json.at("/error_analysis/threshold").asDouble()).isEqualTo(0.3);
        assertThat(json.at("/dataset/sha256").asText()).isEqualTo(climbed.sha256());
    }

    private static RungResult rung(LadderResult climbed, RungId id) {
        return climbed.rungs().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }
}
