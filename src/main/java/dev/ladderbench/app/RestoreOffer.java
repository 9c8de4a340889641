package dev.ladderbench.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Offers back the session an unclean exit left behind: Restore opens it as File > Open session would, Discard
 * forgets it. It does not block the window.
 */
public final class RestoreOffer {

    static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.CANCEL_CLOSE);

    private RestoreOffer() {
    }

    /** Shows the offer when {@code autosave} found a left-over session, else nothing. */
    public static void show(Window owner, Autosave autosave) {
        if (autosave.leftOver().isEmpty()) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Ladderbench did not close cleanly last time. Restore"
                + " the data file and choices you had open (the results are recomputed when you climb again)?",
                RESTORE, DISCARD);
        alert.initOwner(owner);
        alert.setTitle("Restore the previous session?");
        alert.setHeaderText("Restore the previous session?");
        alert.getDialogPane().setId("restore-offer");
        alert.setOnHidden(event -> {
            if (alert.getResult() == RESTORE) {
                autosave.restore();
            } else {
                autosave.discard();
            }
        });
        alert.show();
    }
}
