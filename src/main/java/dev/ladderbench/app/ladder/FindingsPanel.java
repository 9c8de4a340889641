package dev.ladderbench.app.ladder;

import atlantafx.base.theme.Styles;
import dev.ladderbench.app.help.ExplanationDialog;
import dev.ladderbench.core.finding.Finding;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The findings on the right: severity badge, code, layer and title; the selected one's detail, why and fix
 * below the list, and in a window of its own on F1.
 */
public final class FindingsPanel extends VBox {

    private final Label title = wrapped("finding-title", Styles.TEXT_BOLD);
    private final Label detail = wrapped("finding-detail");
    private final Label why = wrapped("finding-why");
    private final Label fix = wrapped("finding-fix");
    private final VBox explanation;

    public FindingsPanel(LadderViewModel ladder) {
        getStyleClass().add("findings-panel");
        setId("findings-panel");
        setSpacing(8);
        setPadding(new Insets(12));
        setMinWidth(260);

        Label heading = new Label("Findings");
        heading.getStyleClass().add(Styles.TITLE_4);
        CheckBox all = new CheckBox("All rungs");
        all.setId("all-findings");
        all.selectedProperty().bindBidirectional(ladder.allFindingsProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, heading, gap, all);
        top.setAlignment(Pos.CENTER_LEFT);

        ListView<Finding> list = new ListView<>(ladder.findings());
        list.setId("findings");
        list.getStyleClass().add("findings-list");
        list.setCellFactory(view -> new FindingCell());
        list.setTooltip(new Tooltip("Select a finding for why it matters and how to fix it; F1 opens it in a window."));
        list.setOnKeyPressed(event -> {
            Finding selected = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.F1 && selected != null) {
                ExplanationDialog.show(getScene().getWindow(), selected);
                event.consume();
            }
        });
        Label empty = new Label("No findings: run a rung, or it found nothing to report.");
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);

        explanation = new VBox(6, title, detail, subheading("Why it matters"), why, subheading("How to fix"), fix);
        explanation.getStyleClass().add("finding-explanation");
        explanation.setId("finding-explanation");
        list.getSelectionModel().selectedItemProperty().addListener((observable, previous, selected) -> explain(selected));
        ladder.findings().addListener((javafx.collections.ListChangeListener<Finding>) change -> {
            if (!ladder.findings().isEmpty() && list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        explanation.visibleProperty().bind(Bindings.isNotNull(list.getSelectionModel().selectedItemProperty()));
        explanation.managedProperty().bind(explanation.visibleProperty());
        getChildren().addAll(top, list, explanation);
    }

    private void explain(Finding finding) {
        if (finding == null) {
            return;
        }
        title.setText(finding.code().title());
        detail.setText(finding.detail() + (finding.columns().isEmpty() ? "" : "\nColumns: " + String.join(", ", finding.columns())));
        why.setText(finding.code().why());
        fix.setText(finding.code().fix());
    }

    private static Label subheading(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "finding-subheading");
        return label;
    }

    private static Label wrapped(String id, String... styles) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().addAll(styles);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A severity badge beside the title, with the code and layer underneath. */
    static final class FindingCell extends ListCell<Finding> {

        @Override
        protected void updateItem(Finding finding, boolean empty) {
            super.updateItem(finding, empty);
            setText(null);
            if (empty || finding == null) {
                setGraphic(null);
                return;
            }
            Label badge = new Label(finding.severity().id().toUpperCase(Locale.ROOT));
            badge.getStyleClass().addAll("severity-badge", "severity-" + finding.severity().id());
            badge.setMinWidth(Region.USE_PREF_SIZE);
            Label heading = new Label(finding.code().title());
            heading.setWrapText(true);
            heading.getStyleClass().add(Styles.TEXT_BOLD);
            heading.setMinHeight(Region.USE_PREF_SIZE);
            Label code = new Label(finding.code().id() + " · " + finding.layer().id() + " · "
                    + (finding.rung() == null ? "production" : finding.rung().label()));
            code.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "finding-code");
            VBox text = new VBox(2, heading, code);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, badge, text);
            row.setAlignment(Pos.TOP_LEFT);
            row.maxWidthProperty().bind(Bindings.max(0, getListView().widthProperty().subtract(30)));
            row.prefWidthProperty().bind(row.maxWidthProperty());
            setGraphic(row);
        }
    }
}
