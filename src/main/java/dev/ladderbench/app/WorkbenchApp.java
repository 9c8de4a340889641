package dev.ladderbench.app;

import dev.ladderbench.app.samples.SamplesViewModel;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;

/** The JavaFX application: one main window, opening the file given as its parameter, if any. */
public final class WorkbenchApp extends Application {

    private Autosave autosave;

    @Override
    public void start(Stage stage) {
        new UncaughtErrors(() -> stage).install();
        WorkbenchWindow.applyTheme();
        WorkbenchViewModel model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                RecentFiles.in(SettingsDirectory.resolve()));
        autosave = new Autosave(model, StateDirectory.resolve());
        WorkbenchWindow window = new WorkbenchWindow(stage, model, new SamplesViewModel(model),
                Appearance.in(SettingsDirectory.resolve()));
        window.show();
        window.rehearseFirstFile();
        RestoreOffer.show(stage, autosave);
        getParameters().getRaw().stream().findFirst().map(Path::of).ifPresent(model::openDocument);
    }

    /** A clean exit (the window closed, or Quit): the autosave has nothing left to restore. */
    @Override
    public void stop() {
        if (autosave != null) {
            autosave.stop();
        }
    }
}
