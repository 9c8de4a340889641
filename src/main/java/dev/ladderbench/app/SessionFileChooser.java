package dev.ladderbench.app;

import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.session.SessionFiles;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** The dialogs of File > Open session and Save session; a session is proposed beside its data file. */
final class SessionFileChooser {

    private static final FileChooser.ExtensionFilter SESSIONS =
            new FileChooser.ExtensionFilter("Ladderbench sessions (*" + SessionFiles.EXTENSION + ")",
                    "*" + SessionFiles.EXTENSION);

    private SessionFileChooser() {
    }

    static Optional<Path> open(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a session");
        chooser.getExtensionFilters().addAll(SESSIONS, new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    static Optional<Path> save(Window owner, Dataset data) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the session");
        chooser.getExtensionFilters().add(SESSIONS);
        if (data != null) {
            Path source = data.source().toAbsolutePath();
            if (source.getParent() != null) {
                chooser.setInitialDirectory(source.getParent().toFile());
            }
            String name = data.name().replaceFirst("\\.(csv|tsv|txt)(\\.gz)?$|\\.gz$", "");
            chooser.setInitialFileName(name + SessionFiles.EXTENSION);
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                .map(SessionFileChooser::withExtension);
    }

    /** Some platforms' dialogs do not add the filter's extension. */
    private static Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.endsWith(SessionFiles.EXTENSION) ? chosen : chosen.resolveSibling(name + SessionFiles.EXTENSION);
    }
}
