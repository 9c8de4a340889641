package dev.ladderbench.app;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Modality;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells a person that something failed unexpectedly, in one sentence with where the log is, and offers the
 * details for a bug report. It does not block the window: the work so far stays usable behind it.
 */
final class CrashDialog {

    static final ButtonType COPY_DETAILS = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);

    private CrashDialog() {
    }

    /** @param onHidden called once the dialog has closed */
    static void show(Window owner, CrashDetails details, Optional<Path> logFolder, Runnable onHidden) {
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence(logFolder), COPY_DETAILS, ButtonType.CLOSE);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.initModality(Modality.NONE);
        alert.setTitle("Unexpected error");
        alert.setHeaderText("Something went wrong");
        alert.getDialogPane().setId("crash-dialog");
        Button copy = (Button) alert.getDialogPane().lookupButton(COPY_DETAILS);
        copy.setId("copy-details");
        copy.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // copying keeps the dialog open
            ClipboardContent content = new ClipboardContent();
            content.putString(details.text());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        alert.setOnHidden(event -> onHidden.run());
        alert.show();
    }

    static String sentence(Optional<Path> logFolder) {
        return logFolder.map(folder -> "Ladderbench hit an unexpected error; the window stays usable, and the log in "
                + folder + " has the details.")
                .orElse("Ladderbench hit an unexpected error; the window stays usable, and Copy details keeps the"
                        + " details (no log file could be written).");
    }
}
