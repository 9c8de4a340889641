package dev.ladderbench.app;

import javafx.geometry.Pos;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;

/** Short non-blocking notices in a corner of the window: something written, or why it could not be. */
final class Notices {

    private Notices() {
    }

    static void done(Window owner, String sentence) {
        Notifications.create().owner(owner).position(Pos.BOTTOM_RIGHT).title("Done").text(sentence).showInformation();
    }

    static void problem(Window owner, String sentence) {
        Notifications.create().owner(owner).position(Pos.BOTTOM_RIGHT).title("Not written").text(sentence)
                .showError();
    }
}
