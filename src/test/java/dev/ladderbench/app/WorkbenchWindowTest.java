package dev.ladderbench.app;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Opens the shared credit dataset through the window, with the real reader on the background runner. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {

    static final Path CREDIT = Path.of("../shared/datasets/weka_credit_g.csv");

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

    private void openCredit(FxRobot robot) throws Exception {
        robot.interact(() -> model.open(CREDIT));
        waitUntil(() -> !model.runner().busyProperty().get() && !model.dataset().taskProperty().get().isEmpty());
    }

    @Test
    void openingCreditListsItsColumnsWithTheirKinds(FxRobot robot) throws Exception {
        openCredit(robot);

        TableView<ColumnRow> columns = robot.lookup(".column-table").queryTableView();
        assertThat(columns.getItems()).hasSize(21);
        assertThat(kindOf(columns, "duration")).isEqualTo("numeric");
        assertThat(kindOf(columns, "purpose")).isEqualTo("categorical");
        assertThat(stage.getTitle()).isEqualTo("Ladderbench — weka_credit_g.csv");
    }

    @Test
    void openingCreditProposesTheClassTargetForBinaryClassification(FxRobot robot) throws Exception {
        openCredit(robot);

        ComboBox<String> target = robot.lookup("#target").queryComboBox();
        ComboBox<String> positive = robot.lookup("#positive").queryComboBox();
        assertThat(target.getValue()).isEqualTo("class");
        assertThat(robot.lookup("#task").queryAs(Label.class).getText()).isEqualTo("binary classification");
        assertThat(robot.lookup(".class-counts .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("good", "700 (70.0 %)", "bad", "300 (30.0 %)");
        assertThat(positive.getItems()).contains("bad");
    }

    @Test
    void aNumericTargetWithManyValuesImpliesRegressionWithoutClasses(FxRobot robot) throws Exception {
        openCredit(robot);

        robot.interact(() -> model.dataset().targetProperty().set("credit_amount"));

        waitUntil(() -> model.dataset().taskProperty().get().equals("regression"));
        assertThat(robot.lookup(".class-counts .label").queryAll()).isEmpty();
        assertThat(robot.lookup("#positive").queryComboBox().isDisabled()).isTrue();
        assertThat(model.dataset().positiveProperty().get()).isNull();
    }

    @Test
    void theStatusBarSummarizesTheOpenFile(FxRobot robot) throws Exception {
        openCredit(robot);

        assertThat(model.statusProperty().get())
                .isEqualTo("weka_credit_g.csv · 1,000 rows · 21 columns · comma-separated · UTF-8");
    }

    @Test
    void aTargetWithOneClassShowsItsProblemInline(FxRobot robot) throws Exception {
        Path oneClass = settings.resolve("one-class.csv");
        Files.writeString(oneClass, "x,label\n1,yes\n2,yes\n3,yes\n");
        robot.interact(() -> model.open(oneClass));

        waitUntil(() -> !model.dataset().targetProblemProperty().get().isEmpty());
        Label problem = robot.lookup("#target-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("single class").doesNotContain("Exception");
        assertThat(robot.lookup("#positive").queryComboBox().isDisabled()).isTrue();
        Screenshots.write(stage.getScene(), "target-problem");
    }

    @Test
    void laterStepsAreLockedAndSayWhy(FxRobot robot) throws Exception {
        ToggleButton sanity = robot.lookup("#step-sanity").queryAs(ToggleButton.class);
        assertThat(sanity.getTooltip().getText()).isEqualTo("Choose a target first");
        robot.clickOn(sanity);
        assertThat(sanity.isSelected()).isFalse();

        openCredit(robot);
        ToggleButton baseline = robot.lookup("#step-baseline").queryAs(ToggleButton.class);
        robot.clickOn(baseline);

        assertThat(baseline.getTooltip().getText()).isEqualTo("Run 0 Sanity first");
        assertThat(robot.lookup("#step-errors").queryAs(ToggleButton.class).getTooltip().getText())
                .isEqualTo("Run 3 Forest (or 2 Linear) first");
        assertThat(robot.lookup("#step-checklist").queryAs(ToggleButton.class).getTooltip().getText())
                .isEqualTo("Run 0 Sanity first");
        // A saved pipeline can be opened and replayed with no data at all, so Production is never locked.
        assertThat(robot.lookup("#step-production").queryAs(ToggleButton.class).getTooltip().getText())
                .isEqualTo(Step.PRODUCTION.purpose());
        assertThat(robot.lookup("#step-report").queryAs(ToggleButton.class).getTooltip().getText())
                .isEqualTo("Run 0 Sanity first");
        assertThat(baseline.isSelected()).isFalse();
        assertThat(robot.lookup("#step-data").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void aSnapshotOfTheLoadedWorkbenchIsWritten(FxRobot robot) throws Exception {
        openCredit(robot);
        FxConditions.waitForDataTables(robot);

        Path png = Screenshots.write(stage.getScene(), "workbench");

        assertThat(png).isRegularFile();
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    @Test
    void afterARestartTheWelcomeListsRecentFilesAsLinksAndMarksMissingOnes(FxRobot robot) throws Exception {
        RecentFiles earlier = RecentFiles.in(settings);
        earlier.add(settings.resolve("gone.csv"));
        earlier.add(CREDIT);
        WorkbenchViewModel restarted = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.synchronous(),
                RecentFiles.in(settings));
        robot.interact(() -> new WorkbenchWindow(stage, restarted));

        List<Hyperlink> links = robot.lookup("#welcome-recent .hyperlink").queryAllAs(Hyperlink.class)
                .stream().toList();
        assertThat(links).extracting(Hyperlink::getText).containsExactly("weka_credit_g.csv", "gone.csv (not found)");
        assertThat(links).extracting(Hyperlink::isDisabled).containsExactly(false, true);
        List<MenuItem> openRecent = openRecentMenu(robot).getItems().stream()
                .filter(item -> !(item instanceof SeparatorMenuItem)).toList();
        assertThat(openRecent).extracting(MenuItem::isDisable).containsExactly(false, true, false);
        assertThat(openRecent.get(2).getText()).isEqualTo("_Clear");
        Screenshots.write(stage.getScene(), "welcome");
    }

    @Test
    void clearingRecentFilesEmptiesTheMenuAndTheWelcome(FxRobot robot) throws Exception {
        openCredit(robot);
        robot.interact(() -> model.clearRecentFiles());

        assertThat(openRecentMenu(robot).getItems()).extracting(MenuItem::getText).containsExactly("_Clear");
        assertThat(RecentFiles.in(settings).entries()).isEmpty();
    }

    private static Menu openRecentMenu(FxRobot robot) {
        Menu file = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        return (Menu) file.getItems().stream().filter(item -> "Open _Recent".equals(item.getText()))
                .findFirst().orElseThrow();
    }

    private static String kindOf(TableView<ColumnRow> columns, String name) {
        return columns.getItems().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow()
                .profile().kind().label();
    }
}
