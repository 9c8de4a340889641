package dev.ladderbench.app.checklist;

import atlantafx.base.theme.Styles;
import dev.ladderbench.app.help.Help;
import dev.ladderbench.app.ladder.Figures;
import dev.ladderbench.core.checklist.Checklist;
import dev.ladderbench.core.checklist.ChecklistGroup;
import dev.ladderbench.core.checklist.ChecklistItem;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Checklist step: the development checklist (Data, Model, Evaluation) and the production checklist,
 * each item with its status, the evidence sentence and, for manual items, a tick and a note. Clicking an
 * item (or Enter on it) shows the step its evidence is on. Rows are built once and updated in place, so a
 * note being typed keeps its focus while the checklist is re-evaluated.
 */
public final class ChecklistView extends ScrollPane {

    private final ChecklistViewModel model;
    private final VBox box = new VBox(6);
    private final Label placeholder = Figures.note("");
    private final Map<String, ChecklistRow> rows = new LinkedHashMap<>();

    public ChecklistView(ChecklistViewModel model) {
        this.model = model;
        setId("checklist-view");
        getStyleClass().add("checklist-view");
        setFitToWidth(true);
        box.setPadding(new Insets(16));
        Label title = new Label("Checklists: what the evidence says");
        title.getStyleClass().add(Styles.TITLE_3);
        Label about = Figures.note("Each item is evaluated from the current results; click one to see its evidence."
                + " Tick the manual ones once you have checked them, and say how in the note: both are saved with"
                + " the session and printed in the report.");
        box.getChildren().addAll(Help.heading(title, Help.step("checklist")), about, placeholder);
        Help.mark(this, Help.step("checklist"));
        setContent(box);
        // The checklist is re-evaluated as each rung's results arrive, mostly while another step is shown: the
        // rows are built and updated only while the view is in a window, not in the frame that shows the results.
        model.checklistProperty().addListener((observable, previous, checklist) -> showWhileInWindow());
        sceneProperty().addListener(observable -> showWhileInWindow());
        showWhileInWindow();
    }

    private void showWhileInWindow() {
        if (getScene() != null) {
            show(model.checklistProperty().get());
        }
    }

    private void show(Checklist checklist) {
        placeholder.setText(checklist == null ? ChecklistViewModel.RUN_FIRST + ": the checklist is evaluated from the"
                + " rungs' results." : "");
        placeholder.setManaged(checklist == null);
        if (checklist == null) {
            return;
        }
        if (rows.isEmpty()) {
            build(checklist);
        }
        Stream.concat(checklist.development().stream(), checklist.production().stream())
                .forEach(item -> rows.get(item.id()).show(item));
    }

    private void build(Checklist checklist) {
        section("Development checklist", checklist.development());
        section("Production checklist", checklist.production());
    }

    private void reveal(ChecklistRow row) {
        double content = box.getHeight();
        double viewport = getViewportBounds().getHeight();
        if (content <= viewport) {
            return;
        }
        double top = row.getBoundsInParent().getMinY();
        double bottom = row.getBoundsInParent().getMaxY();
        double shownTop = getVvalue() * (content - viewport);
        if (top < shownTop) {
            setVvalue(top / (content - viewport));
        } else if (bottom > shownTop + viewport) {
            setVvalue((bottom - viewport) / (content - viewport));
        }
    }

    private void section(String heading, List<ChecklistItem> items) {
        box.getChildren().add(Figures.heading(heading));
        ChecklistGroup group = null;
        for (ChecklistItem item : items) {
            if (item.group() != group) {
                group = item.group();
                Label groupLabel = new Label(group.label());
                groupLabel.getStyleClass().addAll(Styles.TEXT_BOLD, "checklist-group");
                box.getChildren().add(groupLabel);
            }
            ChecklistRow row = new ChecklistRow(model, item);
            // Tabbing through the items scrolls the focused one into view.
            row.focusWithinProperty().addListener((observable, was, focused) -> {
                if (focused) {
                    reveal(row);
                }
            });
            rows.put(item.id(), row);
            box.getChildren().add(row);
        }
    }
}
