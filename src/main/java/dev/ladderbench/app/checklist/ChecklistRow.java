package dev.ladderbench.app.checklist;

import atlantafx.base.theme.Styles;
import dev.ladderbench.app.help.Help;
import dev.ladderbench.app.ladder.Figures;
import dev.ladderbench.core.checklist.ChecklistItem;
import dev.ladderbench.core.checklist.ChecklistStatus;
import dev.ladderbench.core.explain.Explanation;
import dev.ladderbench.core.explain.Explanations;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * One checklist item: a status badge (colour and word, so it reads without colour too), the item, the
 * evidence, and for manual items a tick and a note. Focusable: Enter, like a click, shows the evidence.
 */
final class ChecklistRow extends HBox {

    private static final PseudoClass LINKED = PseudoClass.getPseudoClass("linked");

    private final ChecklistViewModel model;
    private final Label badge = new Label();
    private final Label evidence = Figures.note("");
    private final CheckBox done = new CheckBox("Checked");
    private final TextField note = new TextField();
    private final HBox manual = new HBox(8, done, note);
    private final Tooltip tip = new Tooltip();
    private final Button help;
    private ChecklistItem shown;

    ChecklistRow(ChecklistViewModel model, ChecklistItem item) {
        this.model = model;
        setId("checklist-" + item.id());
        getStyleClass().add("checklist-row");
        setSpacing(10);
        setFocusTraversable(true);
        badge.getStyleClass().add("checklist-badge");
        Label text = new Label(item.item());
        text.getStyleClass().add(Styles.TEXT_BOLD);
        text.setWrapText(true);
        note.setPromptText("Note: how it was checked");
        note.setId("note-" + item.id());
        done.setId("tick-" + item.id());
        HBox.setHgrow(note, Priority.ALWAYS);
        manual.setAlignment(Pos.CENTER_LEFT);
        manual.managedProperty().bind(manual.visibleProperty());
        VBox body = new VBox(2, text, evidence, manual);
        HBox.setHgrow(body, Priority.ALWAYS);
        Explanation explanation = Explanations.builtIn().checklistItem(item.id(), item.item())
                .orElseThrow(() -> new IllegalStateException("No explanation for the checklist item " + item.id()));
        Help.mark(this, explanation);
        help = Help.button(explanation);
        help.setId("help-" + item.id());
        getChildren().addAll(badge, body, help);
        Tooltip.install(this, tip);

        done.selectedProperty().addListener((observable, was, ticked) -> {
            if (shown != null && ticked != shown.check().ticked()) {
                model.tick(item.id(), ticked);
            }
        });
        note.textProperty().addListener((observable, was, typed) -> {
            if (shown != null && !typed.equals(shown.check().note())) {
                model.note(item.id(), typed);
            }
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (!within(event.getTarget(), manual) && !within(event.getTarget(), help)) {
                requestFocus();
                showEvidence();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.getTarget() == this) {
                showEvidence();
                event.consume();
            }
        });
        show(item);
    }

    void show(ChecklistItem item) {
        shown = item;
        ChecklistStatus status = item.status();
        badge.setText(status.id().toUpperCase(Locale.ROOT));
        for (ChecklistStatus each : ChecklistStatus.values()) {
            badge.getStyleClass().remove("checklist-" + each.id());
        }
        badge.getStyleClass().add("checklist-" + status.id());
        evidence.setText(item.evidence());
        manual.setVisible(status == ChecklistStatus.MANUAL);
        if (done.isSelected() != item.check().ticked()) {
            done.setSelected(item.check().ticked());
        }
        if (!note.getText().equals(item.check().note())) {
            note.setText(item.check().note());
        }
        boolean linked = ChecklistViewModel.stepOf(item.step()).isPresent();
        pseudoClassStateChanged(LINKED, linked);
        tip.setText(linked ? "Show the evidence: " + ChecklistViewModel.stepOf(item.step()).get().label()
                : "No step shows this yet");
    }

    private void showEvidence() {
        if (shown != null) {
            model.showEvidence(shown.step());
        }
    }

    private static boolean within(Object target, Node container) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node == container) {
                return true;
            }
        }
        return false;
    }
}
