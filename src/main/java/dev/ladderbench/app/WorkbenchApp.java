package dev.ladderbench.app;

import dev.ladderbench.app.samples.SamplesViewModel;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;

/** The JavaFX application: one main window, opening the file given as its parameter, if any. */
public final class WorkbenchApp extends Application {

    @Override
    public void start(Stage stage) {
        WorkbenchWindow.applyTheme();
        WorkbenchViewModel model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                RecentFiles.in(SettingsDirectory.resolve()));
        new WorkbenchWindow(stage, model, new SamplesViewModel(model),
                Appearance.in(SettingsDirectory.resolve())).show();
        getParameters().getRaw().stream().findFirst().map(Path::of).ifPresent(model::openDocument);
    }
}
