package dev.ladderbench.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Says why a file could not be opened, in the reader's own sentence, and offers to skip the bad lines
 * when that would help. It does not block: the answer goes back to the view model when it closes.
 */
final class LoadFailureDialog {

    static final ButtonType SKIP_BAD_LINES = new ButtonType("Skip bad lines", ButtonBar.ButtonData.OK_DONE);

    private LoadFailureDialog() {
    }

    static void show(Window owner, LoadFailure failure, WorkbenchViewModel model) {
        Alert alert = new Alert(Alert.AlertType.ERROR, failure.sentence());
        alert.initOwner(owner);
        alert.setTitle(failure.title());
        alert.setHeaderText(failure.title());
        alert.getButtonTypes().setAll(failure.skippable()
                ? new ButtonType[] {SKIP_BAD_LINES, ButtonType.CLOSE}
                : new ButtonType[] {ButtonType.CLOSE});
        alert.getDialogPane().setId("load-failure");
        alert.setOnHidden(event -> {
            if (alert.getResult() == SKIP_BAD_LINES) {
                model.skipBadLines();
            } else {
                model.dismissFailure();
            }
        });
        alert.show();
    }
}
