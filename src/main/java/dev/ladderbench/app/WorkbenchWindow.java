package dev.ladderbench.app;

import atlantafx.base.theme.PrimerLight;
import dev.ladderbench.app.checklist.ChecklistView;
import dev.ladderbench.app.drift.DriftView;
import dev.ladderbench.app.errors.ErrorsView;
import dev.ladderbench.app.errors.ThresholdView;
import dev.ladderbench.app.help.Help;
import dev.ladderbench.app.ladder.FindingsPanel;
import dev.ladderbench.app.ladder.RungView;
import dev.ladderbench.app.production.ProductionView;
import dev.ladderbench.app.report.ReportView;
import dev.ladderbench.app.samples.ExercisePanel;
import dev.ladderbench.app.samples.SampleCardPane;
import dev.ladderbench.app.samples.SamplesViewModel;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The main window: menu and step bar on top, the dataset panel on the left, the current step in the
 * centre (the data, the welcome, or a rung), the findings on the right while a rung is shown, the status
 * bar at the bottom. It only assembles views and forwards to the view model.
 */
public final class WorkbenchWindow {

    private static final double WIDTH = 1360;
    private static final double HEIGHT = 840;

    private final Stage stage;
    private final WorkbenchViewModel model;
    private final BorderPane root = new BorderPane();
    /**
     * Where the rehearsal builds its views: in the scene, so that they are styled and laid out as the window's own,
     * but never shown and outside every layout, at the size of the centre's views.
     */
    private final StackPane rehearsalStage = new StackPane();

    public WorkbenchWindow(Stage stage, WorkbenchViewModel model) {
        this(stage, model, new SamplesViewModel(model));
    }

    public WorkbenchWindow(Stage stage, WorkbenchViewModel model, SamplesViewModel samples) {
        this(stage, model, samples, Appearance.unsaved());
    }

    /** @param appearance the font scale, theme and large controls, applied to this window and its dialogs */
    public WorkbenchWindow(Stage stage, WorkbenchViewModel model, SamplesViewModel samples, Appearance appearance) {
        this.stage = stage;
        this.model = model;

        MainMenu menu = new MainMenu(model, samples, () -> stage);
        menu.addBeforeHelp(new ViewMenu(appearance, model.ladder()));
        menu.addToHelp(taxonomyItem(), new SeparatorMenuItem());
        rehearsalStage.setVisible(false);
        rehearsalStage.setManaged(false);
        rehearsalStage.resize(WIDTH * 0.55, HEIGHT * 0.8);
        VBox top = new VBox(menu, stepBar(), new SessionBanner(model.session()), new ExercisePanel(samples.exercise()),
                rehearsalStage);
        root.setTop(top);
        root.setCenter(body(samples));
        LoadStatusBar status = new LoadStatusBar(model);
        status.getRightItems().add(0, ExercisePanel.scoreInStatus(samples.exercise()));
        root.setBottom(status);
        root.getStyleClass().add("workbench");
        FileDrop.install(root, model::openDocument);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(WorkbenchWindow.class.getResource("workbench.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                () -> model.ladder().runCurrent());
        ChartImages.install(scene, name -> ImageFileChooser.png(stage, name), sentence -> Notices.problem(stage, sentence));
        Help.install(scene);
        zoomKeys(scene, appearance);
        appearance.attach(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.getIcons().setAll(AppIcons.load());
        model.failureProperty().addListener((observable, previous, failure) -> {
            if (failure != null) {
                LoadFailureDialog.show(stage, failure, model);
            }
        });
    }

    /** The theme is application-wide, so it is set once, before the first window shows. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    private MenuItem taxonomyItem() {
        TaxonomyWindow taxonomy = new TaxonomyWindow(stage, model);
        MenuItem item = new MenuItem("Error _taxonomy…");
        item.setId("taxonomy-item");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        item.setOnAction(event -> taxonomy.show());
        return item;
    }

    /** The keys keyboards give Ctrl + and Ctrl − besides the menu's: = (no Shift), the keypad's +, − and 0. */
    private static void zoomKeys(Scene scene, Appearance appearance) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), appearance::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), appearance::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), appearance::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                appearance::zoomOut);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN),
                appearance::actualSize);
    }

    public void show() {
        stage.show();
        ClassPreloader.start();
    }

    /**
     * Rehearses, while the window is idle, the views a first file brings, so that they come as smoothly as a second
     * file's (see {@link Rehearsal}); the application does, tests need not.
     *
     * @return completed once the rehearsal is over: true when it ran to its end, false when it could not climb
     */
    public CompletionStage<Boolean> rehearseFirstFile() {
        return Rehearsal.start(model, rehearsalStage);
    }

    public WorkbenchViewModel model() {
        return model;
    }

    private HBox stepBar() {
        HBox bar = new HBox(new StepBar(model.ladder()));
        bar.getStyleClass().add("step-strip");
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private SplitPane body(SamplesViewModel samples) {
        DatasetPanel panel = new DatasetPanel(model.dataset());
        // Nothing to choose before a file is open, and no choices while work runs against the current ones.
        panel.disableProperty().bind(model.runner().busyProperty().or(model.dataset().datasetProperty().isNull()));
        panel.setMinWidth(420);

        StackPane preview = new StackPane();
        // A new table for each file: reusing one made every row already shown rebuild its cells for the new
        // columns in one frame (a second file's first frame took 130-175 ms of FX CPU that way). Without a file
        // the welcome pane stands in for the data, so there is no table.
        model.dataset().datasetProperty().subscribe(shown -> preview.getChildren().setAll(
                shown == null ? List.of() : List.of(new DataPreview(shown))));
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox data = new VBox(new NoticeBanner(model), new SampleCardPane(samples), preview);
        data.setPadding(new Insets(12));
        WelcomePane welcome = new WelcomePane(model, this::chooseFile);
        welcome.visibleProperty().bind(model.dataset().datasetProperty().isNull());
        data.visibleProperty().bind(welcome.visibleProperty().not());
        StackPane dataStep = Help.mark(new StackPane(welcome, data), Help.step("data"));
        Help.mark(panel, Help.step("data"));
        double leakage = LadderSettings.defaults().thresholds().leakageAuc();
        // Each step's view is built the first time it is shown: building all of them before the window
        // appeared cost about half a second of start-up, for steps most visits never reach.
        Map<Step, Supplier<Node>> builders = new EnumMap<>(Step.class);
        for (RungId id : RungId.values()) {
            builders.put(Step.of(id), () -> new RungView(model.ladder(), id, leakage));
        }
        builders.put(Step.ERRORS, () -> new ErrorsView(model.errors()));
        builders.put(Step.THRESHOLD, () -> new ThresholdView(model.errors()));
        builders.put(Step.CHECKLIST, () -> new ChecklistView(model.checklist()));
        builders.put(Step.PRODUCTION, () -> {
            ProductionView production = new ProductionView(model.production(), () -> stage);
            Tab drift = new Tab("Drift", new DriftView(model.drift()));
            drift.setClosable(false);
            production.tabs().getTabs().add(drift);
            return production;
        });
        builders.put(Step.REPORT, () -> new ReportView(model.report(), () -> stage));
        Map<Step, Node> built = new EnumMap<>(Step.class);
        built.put(Step.DATA, dataStep);
        StackPane centre = new StackPane(dataStep);
        centre.setMinWidth(0);
        centre.setMinHeight(0);
        FindingsPanel findings = new FindingsPanel(model.ladder());
        findings.setPrefWidth(340);

        SplitPane body = new SplitPane(panel, centre);
        body.setDividerPositions(0.46);
        SplitPane.setResizableWithParent(panel, false);
        SplitPane.setResizableWithParent(findings, false);
        model.ladder().stepProperty().addListener((observable, previous, step) -> {
            boolean rung = step.rung().isPresent();
            boolean later = !rung && step != Step.DATA;
            centre.getChildren().setAll(built.computeIfAbsent(step, shown -> builders.get(shown).get()));
            // A rung needs the room: the dataset panel narrows (its table scrolls) and the findings join on the
            // right. The error analysis needs more still: the panel narrows further and the findings stay away.
            panel.setMinWidth(rung || later ? 280 : 420);
            if (later) {
                body.getItems().remove(findings);
                body.setDividerPositions(0.2);
                return;
            }
            if (rung && !body.getItems().contains(findings)) {
                body.getItems().add(findings);
                body.setDividerPositions(0.22, 0.755);
            } else if (!rung && body.getItems().remove(findings)) {
                body.setDividerPositions(0.46);
            }
        });
        return body;
    }

    private void chooseFile() {
        CsvFileChooser.choose(stage, model.recentFiles()).ifPresent(model::open);
    }
}
