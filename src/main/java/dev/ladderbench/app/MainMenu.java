package dev.ladderbench.app;

import dev.ladderbench.app.ladder.ClimbSettingsDialog;
import dev.ladderbench.app.samples.SamplesViewModel;
import dev.ladderbench.core.Version;
import dev.ladderbench.core.samples.Sample;
import dev.ladderbench.core.samples.SampleCard;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** File (Open, Open Recent, Open session, Save session, Export report, Export all charts, Quit), Ladder
 * (Climb settings), Samples (generated ones, Find the bug, and the real datasets when present) and Help (About). */
final class MainMenu extends MenuBar {

    private final WorkbenchViewModel model;
    private final Menu openRecent = new Menu("Open _Recent");

    MainMenu(WorkbenchViewModel model, SamplesViewModel samples, Supplier<Window> owner) {
        this.model = model;

        MenuItem open = new MenuItem("_Open…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(event -> CsvFileChooser.choose(owner.get(), model.recentFiles()).ifPresent(model::open));

        model.recentFiles().addListener((ListChangeListener<Path>) change -> fillOpenRecent());
        fillOpenRecent();

        MenuItem openSession = new MenuItem("Open s_ession…");
        openSession.setOnAction(event -> SessionFileChooser.open(owner.get()).ifPresent(model.session()::open));
        MenuItem saveSession = new MenuItem("_Save session…");
        saveSession.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        saveSession.setOnAction(event -> SessionFileChooser.save(owner.get(), model.dataset().datasetProperty().get())
                .ifPresent(model.session()::save));
        // Saving runs in the background, which would cancel a climbing rung; and there is nothing to save before a target.
        saveSession.disableProperty().bind(model.runner().busyProperty()
                .or(model.dataset().targetReadyProperty().not()));

        MenuItem exportCharts = new MenuItem("Export all _charts…");
        exportCharts.setOnAction(event -> ImageFileChooser.folder(owner.get()).ifPresent(folder ->
                ChartImages.exportAll(owner.get().getScene().getRoot(), folder,
                        sentence -> Notices.problem(owner.get(), sentence),
                        count -> Notices.done(owner.get(), count == 0 ? "This step shows no chart."
                                : "Wrote " + count + (count == 1 ? " chart" : " charts") + " to " + folder + "."))));

        MenuItem exportReport = new MenuItem("Export _report…");
        exportReport.setId("export-report");
        exportReport.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        exportReport.setOnAction(event -> model.ladder().select(Step.REPORT));
        exportReport.disableProperty().bind(model.report().lockReasonProperty().isNotEmpty());

        MenuItem quit = new MenuItem("_Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(event -> Platform.exit());

        Menu file = new Menu("_File", null, open, openRecent, new SeparatorMenuItem(), openSession, saveSession,
                new SeparatorMenuItem(), exportReport, exportCharts, new SeparatorMenuItem(), quit);

        MenuItem climbSettings = new MenuItem("Climb _settings…");
        climbSettings.setId("climb-settings-menu");
        climbSettings.setAccelerator(KeyCombination.keyCombination("Shortcut+Comma"));
        climbSettings.setOnAction(event -> ClimbSettingsDialog.open(owner.get(), model.ladder()));
        Menu ladder = new Menu("_Ladder", null, climbSettings);

        MenuItem about = new MenuItem("_About Ladderbench");
        about.setOnAction(event -> showAbout(owner.get()));
        Menu help = new Menu("_Help", null, about);

        getMenus().addAll(file, ladder, samplesMenu(samples), help);
    }

    /** Adds a menu just before Help, which stays last. */
    void addBeforeHelp(Menu menu) {
        getMenus().add(getMenus().size() - 1, menu);
    }

    /** Adds items at the top of the Help menu, above About. */
    void addToHelp(MenuItem... items) {
        getMenus().get(getMenus().size() - 1).getItems().addAll(0, List.of(items));
    }

    private static Menu samplesMenu(SamplesViewModel samples) {
        Menu menu = new Menu("_Samples");
        menu.setId("samples-menu");
        for (Sample sample : samples.samples()) {
            MenuItem item = new MenuItem(sample.card().title());
            item.setId("sample-" + sample.id());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> samples.open(sample));
            menu.getItems().add(item);
        }
        MenuItem findTheBug = new MenuItem("_Find the bug…");
        findTheBug.setId("find-the-bug");
        findTheBug.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+B"));
        findTheBug.setOnAction(event -> samples.exercise().deal());
        menu.getItems().addAll(new SeparatorMenuItem(), findTheBug);
        List<SampleCard> real = samples.realDatasets();
        if (!real.isEmpty()) {
            Menu realMenu = new Menu("Real _datasets");
            for (SampleCard card : real) {
                MenuItem item = new MenuItem(card.title());
                item.setMnemonicParsing(false);
                item.setOnAction(event -> samples.openReal(card));
                realMenu.getItems().add(item);
            }
            menu.getItems().addAll(new SeparatorMenuItem(), realMenu);
        }
        return menu;
    }

    private void fillOpenRecent() {
        openRecent.getItems().clear();
        for (Path file : model.recentFiles()) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false); // paths hold underscores
            item.setDisable(!Files.isRegularFile(file));
            item.setOnAction(event -> model.open(file));
            openRecent.getItems().add(item);
        }
        MenuItem clear = new MenuItem("_Clear");
        clear.setDisable(model.recentFiles().isEmpty());
        clear.setOnAction(event -> model.clearRecentFiles());
        if (!model.recentFiles().isEmpty()) {
            openRecent.getItems().add(new SeparatorMenuItem());
        }
        openRecent.getItems().add(clear);
    }

    private static void showAbout(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About Ladderbench");
        about.setHeaderText("Ladderbench " + Version.current());
        about.setContentText("A workbench for debugging tabular machine-learning models, one rung of the ladder"
                + " at a time. Free software under the GNU GPL, version 3 or later.");
        about.show();
    }
}
