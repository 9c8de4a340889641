package dev.ladderbench.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window: menu and step bar on top, the dataset panel on the left, the data (or the welcome)
 * in the centre, the status bar at the bottom. It only assembles views and forwards to the view model.
 */
public final class WorkbenchWindow {

    private static final double WIDTH = 1360;
    private static final double HEIGHT = 840;

    private final Stage stage;
    private final WorkbenchViewModel model;
    private final BorderPane root = new BorderPane();

    public WorkbenchWindow(Stage stage, WorkbenchViewModel model) {
        this.stage = stage;
        this.model = model;

        VBox top = new VBox(new MainMenu(model, () -> stage), stepBar());
        root.setTop(top);
        root.setCenter(body());
        root.setBottom(new LoadStatusBar(model));
        root.getStyleClass().add("workbench");
        FileDrop.install(root, model::open);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(WorkbenchWindow.class.getResource("workbench.css").toExternalForm());
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

    public void show() {
        stage.show();
    }

    public WorkbenchViewModel model() {
        return model;
    }

    private HBox stepBar() {
        HBox bar = new HBox(new StepBar(model.dataset().targetReadyProperty()));
        bar.getStyleClass().add("step-strip");
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private SplitPane body() {
        DatasetPanel panel = new DatasetPanel(model.dataset());
        // Nothing to choose before a file is open, and no choices while work runs against the current ones.
        panel.disableProperty().bind(model.runner().busyProperty().or(model.dataset().datasetProperty().isNull()));
        panel.setMinWidth(420);

        DataPreview preview = new DataPreview(model.dataset().datasetProperty());
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox data = new VBox(new NoticeBanner(model), preview);
        data.setPadding(new Insets(12));
        WelcomePane welcome = new WelcomePane(model, this::chooseFile);
        welcome.visibleProperty().bind(model.dataset().datasetProperty().isNull());
        data.visibleProperty().bind(welcome.visibleProperty().not());
        StackPane centre = new StackPane(welcome, data);

        SplitPane body = new SplitPane(panel, centre);
        body.setDividerPositions(0.46);
        SplitPane.setResizableWithParent(panel, false);
        return body;
    }

    private void chooseFile() {
        CsvFileChooser.choose(stage, model.recentFiles()).ifPresent(model::open);
    }
}
