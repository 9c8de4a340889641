package dev.ladderbench.app.samples;

import atlantafx.base.theme.Styles;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.samples.BugEvidence;
import dev.ladderbench.core.samples.Exercise.Verdict;
import dev.ladderbench.core.samples.SampleCard;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * "Find the bug" under the step bar, on every step while the dealt sample is open: the bugs to choose from,
 * the score and Deal another; once answered, right or wrong, the card, and the evidence with a link to the
 * rung that raises each code.
 */
public final class ExercisePanel extends VBox {

    private final ExerciseViewModel exercise;
    private final Label verdict = WrappedLabel.of("exercise-verdict", Styles.TEXT_BOLD);
    private final Label bug = WrappedLabel.of("exercise-bug");
    private final VBox evidence = new VBox(4);

    public ExercisePanel(ExerciseViewModel exercise) {
        this.exercise = exercise;
        setId("exercise-panel");
        getStyleClass().add("exercise-panel");
        setSpacing(6);
        setPadding(new Insets(8, 12, 8, 12));

        Label heading = new Label();
        heading.setId("exercise-heading");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.textProperty().bind(exercise.headingProperty());
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label("Climb the ladder as usual, then name the bug.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setMinWidth(0);
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);

        ComboBox<String> choice = new ComboBox<>();
        choice.setId("bug-choice");
        choice.setPromptText("Which bug?");
        choice.getItems().setAll(exercise.kinds());
        choice.setMinWidth(Region.USE_PREF_SIZE);
        Button name = new Button("_Name the bug");
        name.setId("name-bug");
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.disableProperty().bind(choice.valueProperty().isNull().or(exercise.verdictProperty().isNotNull()));
        name.setOnAction(event -> exercise.answer(choice.getValue()));
        choice.disableProperty().bind(exercise.verdictProperty().isNotNull());

        Label score = new Label();
        score.setId("exercise-score");
        score.getStyleClass().add(Styles.TEXT_BOLD);
        score.textProperty().bind(exercise.scoreProperty().map(s -> "Score " + s));
        score.setMinWidth(Region.USE_PREF_SIZE);
        Button deal = new Button("_Deal another");
        deal.setId("deal-another");
        deal.setMinWidth(Region.USE_PREF_SIZE);
        deal.setOnAction(event -> exercise.deal());

        HBox question = new HBox(10, heading, hint, choice, name, score, deal);
        question.setAlignment(Pos.CENTER_LEFT);

        evidence.setId("exercise-evidence");
        VBox answer = new VBox(4, verdict, bug, evidence);
        answer.setId("exercise-answer");
        answer.visibleProperty().bind(exercise.verdictProperty().isNotNull());
        answer.managedProperty().bind(answer.visibleProperty());

        getChildren().addAll(question, answer);
        visibleProperty().bind(exercise.activeProperty());
        managedProperty().bind(visibleProperty());
        exercise.verdictProperty().addListener((observable, previous, judged) -> {
            show(judged);
            if (judged == null) {
                choice.setValue(null);
            }
        });
        exercise.evidence().addListener((ListChangeListener<BugEvidence>) change -> showEvidence());
    }

    /** The score for the status bar, from the first deal on: it stays while other files are open. */
    public static Label scoreInStatus(ExerciseViewModel exercise) {
        Label score = new Label();
        score.setId("status-exercise-score");
        score.textProperty().bind(exercise.scoreProperty().map(s -> "Find the bug: " + s + " right"));
        score.visibleProperty().bind(exercise.scoreProperty().isNotEmpty());
        score.managedProperty().bind(score.visibleProperty());
        return score;
    }

    private void show(Verdict judged) {
        getStyleClass().removeAll("exercise-right", "exercise-wrong");
        if (judged == null) {
            return;
        }
        getStyleClass().add(judged.right() ? "exercise-right" : "exercise-wrong");
        verdict.setText(judged.right() ? "Right: " + judged.correct() + "."
                : "Not quite: you named " + lowerFirst(judged.answer()) + "; the bug is "
                        + lowerFirst(judged.correct()) + ".");
        SampleCard card = judged.card();
        bug.setText(card.planted() ? "This was the sample \u201c" + card.title() + "\u201d. " + card.bug()
                : "This was the clean sample: nothing was planted. Its findings are the ordinary ones of real data.");
        showEvidence();
    }

    private void showEvidence() {
        evidence.getChildren().clear();
        for (BugEvidence shown : exercise.evidence()) {
            evidence.getChildren().add(row(shown));
        }
    }

    private HBox row(BugEvidence shown) {
        String rung = shown.rung().map(r -> r.label()).orElse("The drift comparison");
        Label code = new Label(shown.code().id());
        code.getStyleClass().addAll(Styles.TEXT_BOLD, "evidence-code");
        code.setMinWidth(Region.USE_PREF_SIZE);
        Label text = WrappedLabel.of("evidence-text-" + shown.code().id());
        text.setText(switch (shown.status()) {
            case RAISED -> shown.findings().stream().map(ExercisePanel::describe).collect(Collectors.joining(" "));
            case NOT_RUN -> "Not raised yet: " + rung + " raises it; run " + rung + " to see it.";
            case NOT_RAISED -> rung + " ran and did not raise it here (is a column excluded?).";
        });
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, code, text);
        row.setAlignment(Pos.BASELINE_LEFT);
        shown.rung().ifPresent(id -> {
            Hyperlink link = new Hyperlink(shown.status() == BugEvidence.Status.NOT_RUN ? "Go to " + id.label()
                    : "Show " + id.label());
            link.setId("evidence-link-" + shown.code().id());
            link.setMinWidth(Region.USE_PREF_SIZE);
            link.setOnAction(event -> exercise.goTo(shown));
            row.getChildren().add(link);
        });
        return row;
    }

    private static String describe(Finding finding) {
        String where = finding.rung() == null ? "" : " in " + finding.rung().label();
        return finding.severity().id().toUpperCase(Locale.ROOT) + where + ": " + finding.detail();
    }

    private static String lowerFirst(String kind) {
        return kind.substring(0, 1).toLowerCase(Locale.ROOT) + kind.substring(1);
    }
}
