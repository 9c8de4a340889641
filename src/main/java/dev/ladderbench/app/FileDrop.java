package dev.ladderbench.app;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.TransferMode;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Lets a person drop one file onto a node to open it; the node shows :drop-target while it would accept. */
final class FileDrop {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private FileDrop() {
    }

    static void install(Node target, Consumer<Path> open) {
        target.setOnDragOver(event -> {
            if (singleFile(event.getDragboard().getFiles()).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                target.pseudoClassStateChanged(DROP_TARGET, true);
            }
            event.consume();
        });
        target.setOnDragExited(event -> target.pseudoClassStateChanged(DROP_TARGET, false));
        target.setOnDragDropped(event -> {
            Optional<Path> file = singleFile(event.getDragboard().getFiles());
            file.ifPresent(open);
            event.setDropCompleted(file.isPresent());
            target.pseudoClassStateChanged(DROP_TARGET, false);
            event.consume();
        });
    }

    /** The dropped file when there is exactly one regular file; several files or a folder are refused. */
    static Optional<Path> singleFile(List<File> dropped) {
        return dropped.size() == 1 && dropped.get(0).isFile() ? Optional.of(dropped.get(0).toPath()) : Optional.empty();
    }
}
