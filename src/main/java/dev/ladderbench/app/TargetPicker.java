package dev.ladderbench.app;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Chooses the target column and its positive class, and shows the task and class counts they imply. */
final class TargetPicker extends VBox {

    /** Beyond this many classes the bars stop being readable; the rest are summarized in one line. */
    private static final int SHOWN_CLASSES = 8;

    private final GridPane classes = new GridPane();

    TargetPicker(DatasetViewModel model) {
        getStyleClass().add("target-picker");
        setSpacing(8);

        ComboBox<String> target = new ComboBox<>(model.targetChoices());
        target.valueProperty().bindBidirectional(model.targetProperty());
        target.setMaxWidth(Double.MAX_VALUE);
        target.setId("target");
        Label targetLabel = new Label("_Target");
        targetLabel.setMnemonicParsing(true);
        targetLabel.setLabelFor(target);

        Label task = new Label();
        task.setId("task");
        task.textProperty().bind(model.taskProperty());
        task.getStyleClass().add(Styles.TEXT_BOLD);
        task.setWrapText(true); // "multiclass classification" wraps rather than ending in "..." in the narrow panel

        Label problem = new Label();
        problem.setId("target-problem");
        problem.textProperty().bind(model.targetProblemProperty());
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.visibleProperty().bind(model.targetProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        ComboBox<String> positive = new ComboBox<>(model.positiveChoices());
        positive.valueProperty().bindBidirectional(model.positiveProperty());
        positive.setId("positive");
        positive.setMaxWidth(Double.MAX_VALUE);
        Label positiveLabel = new Label("_Positive class");
        positiveLabel.setMnemonicParsing(true);
        positiveLabel.setLabelFor(positive);
        positive.disableProperty().bind(Bindings.isEmpty(model.positiveChoices())); // regression has no classes

        GridPane choices = new GridPane();
        choices.setHgap(10);
        choices.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // on rung steps the panel narrows: the fields give way, not the labels
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        choices.getColumnConstraints().addAll(labels, fields);
        choices.addRow(0, targetLabel, target);
        choices.addRow(1, new Label("Task"), task);
        choices.addRow(2, positiveLabel, positive);

        classes.setHgap(10);
        classes.setVgap(4);
        classes.getStyleClass().add("class-counts");
        model.classShares().addListener((ListChangeListener<ClassShare>) change -> showClasses(model));

        getChildren().addAll(choices, problem, classes);
    }

    private void showClasses(DatasetViewModel model) {
        classes.getChildren().clear();
        int row = 0;
        for (ClassShare share : model.classShares()) {
            if (row == SHOWN_CLASSES) {
                classes.add(new Label("… and " + (model.classShares().size() - SHOWN_CLASSES) + " more classes"),
                        0, row, 3, 1);
                break;
            }
            Label label = new Label(share.label());
            label.setMinWidth(Region.USE_PREF_SIZE); // a class name is worth more than the length of its bar
            ProgressBar bar = new ProgressBar(share.share());
            bar.setPrefWidth(140);
            bar.setMinWidth(40);
            bar.getStyleClass().add(Styles.SMALL);
            Label count = new Label(share.countText());
            count.getStyleClass().add(Styles.TEXT_MUTED);
            count.setAlignment(Pos.CENTER_RIGHT);
            count.setMinWidth(Region.USE_PREF_SIZE);
            classes.addRow(row++, label, bar, count);
        }
    }
}
