package dev.ladderbench.app;

import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;

/** The JavaFX application: one main window, opening the file given as its parameter, if any. */
public final class WorkbenchApp extends Application {

    @Override
    public void start(Stage stage) {
        new UncaughtErrors(() -> stage).install();
        WorkbenchWindow.applyTheme();
        WorkbenchViewModel model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                RecentFiles.in(SettingsDirectory.resolve()));
        new WorkbenchWindow(stage, model).show();
        getParameters().getRaw().stream().findFirst().map(Path::of).ifPresent(model::openDocument);
    }
}
