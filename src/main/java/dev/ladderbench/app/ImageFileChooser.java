package dev.ladderbench.app;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** The dialogs of a chart's Save as PNG and of File > Export all charts. */
final class ImageFileChooser {

    private ImageFileChooser() {
    }

    static Optional<Path> png(Window owner, String proposed) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the chart as PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png"));
        chooser.setInitialFileName(proposed);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                .map(file -> file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? file
                        : file.resolveSibling(file.getFileName() + ".png"));
    }

    static Optional<Path> folder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export every chart of this step to a folder");
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }
}
