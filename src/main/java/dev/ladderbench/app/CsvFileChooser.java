package dev.ladderbench.app;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The File > Open dialog, starting in the folder of the most recent file. */
final class CsvFileChooser {

    private CsvFileChooser() {
    }

    static Optional<Path> choose(Window owner, List<Path> recentFiles) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a data file");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Delimited text (*.csv, *.tsv, *.txt, *.gz)",
                        "*.csv", "*.tsv", "*.txt", "*.csv.gz", "*.tsv.gz", "*.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        recentFiles.stream().map(Path::getParent).filter(dir -> dir != null && Files.isDirectory(dir))
                .findFirst().map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
