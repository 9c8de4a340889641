package dev.ladderbench.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one main window. */
public final class WorkbenchApp extends Application {

    @Override
    public void start(Stage stage) {
        WorkbenchWindow.applyTheme();
        WorkbenchViewModel model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                RecentFiles.in(SettingsDirectory.resolve()));
        new WorkbenchWindow(stage, model).show();
    }
}
