package dev.ladderbench.app.samples;

import atlantafx.base.theme.Styles;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.samples.SampleCard;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.stream.Collectors;

/**
 * The open sample's card above the data: what it is and what to look for, and a button that reveals the
 * planted bug and the finding codes that name it. Hidden when the open file is not a sample.
 */
public final class SampleCardPane extends VBox {

    private final Label title = WrappedLabel.of("sample-title", Styles.TITLE_4);
    private final Label whatItIs = WrappedLabel.of("sample-what");
    private final Label lookFor = WrappedLabel.of("sample-look-for");
    private final Label bug = WrappedLabel.of("sample-bug");
    private final Label codes = WrappedLabel.of("sample-codes", Styles.TEXT_BOLD);
    private final Button reveal = new Button("_Reveal the bug");

    public SampleCardPane(SamplesViewModel samples) {
        setId("sample-card");
        getStyleClass().add("sample-card");
        setSpacing(6);
        setPadding(new Insets(10, 12, 10, 12));

        reveal.setId("reveal-bug");
        reveal.setOnAction(event -> samples.reveal());
        VBox revealed = new VBox(4, subheading("The bug"), bug, codes);
        revealed.setId("sample-revealed");
        revealed.visibleProperty().bind(samples.revealedProperty());
        revealed.managedProperty().bind(revealed.visibleProperty());
        reveal.visibleProperty().bind(samples.revealedProperty().not()
                .and(Bindings.createBooleanBinding(() -> planted(samples.cardProperty().get()), samples.cardProperty())));
        reveal.managedProperty().bind(reveal.visibleProperty());
        VBox card = new VBox(6, title, whatItIs, subheading("What to look for"), lookFor, reveal, revealed);
        card.visibleProperty().bind(samples.cardProperty().isNotNull());
        card.managedProperty().bind(card.visibleProperty());

        Label problem = WrappedLabel.of("sample-problem", Styles.DANGER);
        problem.textProperty().bind(samples.problemProperty());
        problem.visibleProperty().bind(samples.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        getChildren().addAll(card, problem);
        VBox.setMargin(this, new Insets(0, 0, 10, 0));
        visibleProperty().bind(card.visibleProperty().or(problem.visibleProperty()));
        managedProperty().bind(visibleProperty());
        samples.cardProperty().addListener((observable, previous, shown) -> show(shown));
    }

    private void show(SampleCard card) {
        if (card == null) {
            return;
        }
        title.setText("Sample: " + card.title());
        whatItIs.setText(card.whatItIs() + " Target: " + card.target() + ".");
        lookFor.setText(card.lookFor());
        bug.setText(card.bug());
        codes.setText("Named by: " + card.codes().stream().map(FindingCode::id).collect(Collectors.joining(", ")));
    }

    private static boolean planted(SampleCard card) {
        return card != null && card.planted();
    }

    private static Label subheading(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return label;
    }
}
