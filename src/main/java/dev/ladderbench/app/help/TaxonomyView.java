package dev.ladderbench.app.help;

import atlantafx.base.theme.Styles;
import dev.ladderbench.app.Step;
import dev.ladderbench.core.checklist.ChecklistEvaluator;
import dev.ladderbench.core.explain.Explanation;
import dev.ladderbench.core.explain.Explanations;
import dev.ladderbench.core.finding.ErrorType;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.finding.Layer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The error taxonomy: the five layers with their error types, each linked to the finding codes that detect it
 * (and the checklist items that cover it, by their wording with the id beside it), built from core's catalogue. Choosing a code shows its why and fix
 * and, when the current analysis raised it, where, with a link to that step.
 */
public final class TaxonomyView extends SplitPane {

    private final Supplier<List<RaisedFinding>> raised;
    private final Consumer<Step> show;
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label firstHeading = new Label();
    private final Label first = paragraph("taxonomy-first");
    private final Label secondHeading = new Label();
    private final Label second = paragraph("taxonomy-second");
    private final VBox where = new VBox(4);
    private final VBox detail;

    /**
     * @param raised the findings of the current analysis, asked afresh at each click
     * @param show   shows a step of the workbench
     */
    public TaxonomyView(Supplier<List<RaisedFinding>> raised, Consumer<Step> show) {
        this.raised = raised;
        this.show = show;
        setId("taxonomy");
        VBox layers = new VBox(10);
        layers.setPadding(new Insets(12));
        Label about = new Label("Where a model can go wrong, layer by layer, and the finding codes that detect each"
                + " error. Choose a code to read why it matters and how to fix it.");
        about.setWrapText(true);
        about.getStyleClass().add(Styles.TEXT_MUTED);
        layers.getChildren().add(about);
        for (Layer layer : Layer.values()) {
            layers.getChildren().add(layer(layer));
        }
        ScrollPane scroll = new ScrollPane(layers);
        scroll.setFitToWidth(true);
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        title.setId("taxonomy-title");
        meta.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        firstHeading.getStyleClass().add(Styles.TEXT_BOLD);
        secondHeading.getStyleClass().add(Styles.TEXT_BOLD);
        where.setId("taxonomy-raised");
        Label hint = new Label("Choose a code on the left.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        detail = new VBox(8, hint);
        detail.setPadding(new Insets(12, 24, 12, 12));
        detail.setId("taxonomy-detail");
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        getItems().addAll(scroll, detailScroll);
        setDividerPositions(0.55);
    }

    private VBox layer(Layer layer) {
        Label heading = new Label((layer.ordinal() + 1) + ". " + capitalised(layer.id()));
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(6, heading);
        box.setId("layer-" + layer.id());
        box.getStyleClass().add("taxonomy-layer");
        for (ErrorType type : ErrorType.of(layer)) {
            Label name = new Label(type.title());
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            FlowPane links = new FlowPane(4, 2);
            links.setAlignment(Pos.CENTER_LEFT);
            links.getChildren().add(muted(type.codes().isEmpty() ? "no finding detects it in one file" : "detected by"));
            type.codes().forEach(code -> links.getChildren().add(codeLink(code)));
            VBox row = new VBox(0, name, links);
            type.checklistItems().forEach(id -> row.getChildren().add(checklistLine(id)));
            row.getStyleClass().add("taxonomy-type");
            row.setPadding(new Insets(0, 0, 0, 12));
            box.getChildren().add(row);
        }
        Collection<FindingCode> others = ErrorType.otherCodes(layer);
        if (!others.isEmpty()) {
            FlowPane links = new FlowPane(4, 2, muted("Also detected in this layer:"));
            others.forEach(code -> links.getChildren().add(codeLink(code)));
            links.setPadding(new Insets(0, 0, 0, 12));
            box.getChildren().add(links);
        }
        return box;
    }

    private Hyperlink codeLink(FindingCode code) {
        Hyperlink link = new Hyperlink(code.id());
        link.setId("code-" + code.id());
        link.getStyleClass().add("taxonomy-code");
        link.setOnAction(event -> showCode(code));
        return link;
    }

    /** A checklist item that covers an error type: its wording as a link to its explanation, its id beside it. */
    private FlowPane checklistLine(String id) {
        String item = ChecklistEvaluator.itemText(id).orElse(id);
        Hyperlink link = new Hyperlink(item);
        link.setId("checklist-" + id);
        link.getStyleClass().add("taxonomy-checklist");
        link.setOnAction(event -> Explanations.builtIn().checklistItem(id, item)
                .ifPresent(explanation -> showText(explanation, "checklist item · " + id)));
        FlowPane line = new FlowPane(4, 0, muted("checklist:"), link, muted(id));
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** Shows {@code code}'s why and fix, and where the current analysis raised it. */
    public void showCode(FindingCode code) {
        showText(Explanation.of(code), code.id() + " · " + code.layer().id() + " layer · default "
                + code.defaultSeverity().id());
        where.getChildren().clear();
        List<RaisedFinding> found = raised.get().stream().filter(r -> r.finding().code() == code).toList();
        Label heading = new Label(found.isEmpty() ? "Not raised in the current analysis."
                : "Raised in the current analysis:");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        where.getChildren().add(heading);
        for (RaisedFinding each : found) {
            Label text = paragraph(null);
            text.setText(each.finding().severity().id().toUpperCase(Locale.ROOT) + " · " + each.finding().detail());
            Hyperlink go = new Hyperlink("Show " + each.step().label());
            go.setOnAction(event -> show.accept(each.step()));
            where.getChildren().addAll(text, go);
        }
        detail.getChildren().add(where);
    }

    private void showText(Explanation explanation, String about) {
        title.setText(explanation.title());
        meta.setText(about);
        firstHeading.setText(explanation.firstHeading());
        first.setText(explanation.first());
        secondHeading.setText(explanation.secondHeading());
        second.setText(explanation.second());
        detail.getChildren().setAll(title, meta, firstHeading, first, secondHeading, second);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return label;
    }

    private static Label paragraph(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
