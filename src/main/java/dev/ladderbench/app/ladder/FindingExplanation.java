package dev.ladderbench.app.ladder;

import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Locale;

/**
 * A finding's full explanation in a window of its own (F1 on the findings list): the code with its layer
 * and default severity, this finding's detail, why it matters and how to fix it. Non-modal, so the
 * evidence stays in reach.
 */
final class FindingExplanation {

    private FindingExplanation() {
    }

    static Alert show(Window owner, Finding finding) {
        FindingCode code = finding.code();
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Finding " + code.id());
        alert.setHeaderText(code.title() + "\n" + code.id() + " · " + code.layer().id() + " layer · default "
                + code.defaultSeverity().id().toUpperCase(Locale.ROOT));
        VBox text = new VBox(8, paragraph("finding-help-detail", finding.detail()),
                heading("Why it matters"), paragraph("finding-help-why", code.why()),
                heading("How to fix"), paragraph("finding-help-fix", code.fix()));
        text.setPrefWidth(480);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("finding-help");
        alert.show();
        return alert;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
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
