package dev.ladderbench.app.help;

import dev.ladderbench.core.explain.Explanation;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * An explanation in a window of its own: the two headed paragraphs (why it matters / how to fix, or how to
 * read it / what to look for). Non-modal, so the chart or step it explains stays in reach.
 */
public final class ExplanationDialog {

    private ExplanationDialog() {
    }

    public static Alert show(Window owner, Explanation explanation) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(explanation.title());
        alert.setHeaderText(explanation.title());
        VBox text = new VBox(8, heading(explanation.firstHeading()), paragraph("explanation-first", explanation.first()),
                heading(explanation.secondHeading()), paragraph("explanation-second", explanation.second()));
        text.setPrefWidth(34 * 14); // about 34 em at the theme's 14 px; a larger font widens it through the labels
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("explanation-help");
        alert.show();
        return alert;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("explanation-heading");
        return label;
    }

    private static Label paragraph(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
