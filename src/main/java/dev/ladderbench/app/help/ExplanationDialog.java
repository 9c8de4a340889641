package dev.ladderbench.app.help;

import dev.ladderbench.core.explain.Explanation;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Locale;

/**
 * An explanation in a window of its own: a chart's or step's two headed paragraphs (how to read it / what to
 * look for), or a finding's detail with why it matters and how to fix it. Non-modal, so the chart, step or
 * evidence it explains stays in reach.
 */
public final class ExplanationDialog {

    /** About 34 em at the theme's 14 px; a larger font widens it through the labels. */
    private static final double WIDTH = 34 * 14;

    private ExplanationDialog() {
    }

    public static Alert show(Window owner, Explanation explanation) {
        return show(owner, "explanation-help", explanation.title(), explanation.title(),
                heading(explanation.firstHeading()), paragraph("explanation-first", explanation.first()),
                heading(explanation.secondHeading()), paragraph("explanation-second", explanation.second()));
    }

    /** A finding's explanation (F1 on the findings list), headed by its code, layer and default severity. */
    public static Alert show(Window owner, Finding finding) {
        FindingCode code = finding.code();
        return show(owner, "finding-help", "Finding " + code.id(),
                code.title() + "\n" + code.id() + " · " + code.layer().id() + " layer · default "
                        + code.defaultSeverity().id().toUpperCase(Locale.ROOT),
                paragraph("finding-help-detail", finding.detail()),
                heading("Why it matters"), paragraph("finding-help-why", code.why()),
                heading("How to fix"), paragraph("finding-help-fix", code.fix()));
    }

    private static Alert show(Window owner, String id, String title, String header, Label... paragraphs) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        VBox text = new VBox(8, paragraphs);
        text.setPrefWidth(WIDTH);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId(id);
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
