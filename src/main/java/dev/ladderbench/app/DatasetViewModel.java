package dev.ladderbench.app;

import dev.ladderbench.core.data.ColumnProfile;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.LevelCount;
import dev.ladderbench.core.data.TargetAnalyzer;
import dev.ladderbench.core.data.TargetSummary;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The left panel's state: the columns with their profiles and feature choices, the target and what it
 * implies (task, class counts), and the positive class. Summarizing a target runs through the runner.
 */
public final class DatasetViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetViewModel.class);

    private final WorkRunner runner;
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ObservableList<ColumnRow> columnsView = FXCollections.unmodifiableObservableList(columns);
    private final ObservableList<String> targetChoices = FXCollections.observableArrayList();
    private final ObservableList<String> targetChoicesView = FXCollections.unmodifiableObservableList(targetChoices);
    private final ObjectProperty<String> target = new SimpleObjectProperty<>(this, "target");
    private final ReadOnlyObjectWrapper<TargetSummary> targetSummary = new ReadOnlyObjectWrapper<>(this, "targetSummary");
    private final ReadOnlyStringWrapper task = new ReadOnlyStringWrapper(this, "task", "");
    private final ObservableList<ClassShare> classShares = FXCollections.observableArrayList();
    private final ObservableList<ClassShare> classSharesView = FXCollections.unmodifiableObservableList(classShares);
    private final ObservableList<String> positiveChoices = FXCollections.observableArrayList();
    private final ObservableList<String> positiveChoicesView = FXCollections.unmodifiableObservableList(positiveChoices);
    private final ObjectProperty<String> positive = new SimpleObjectProperty<>(this, "positive");
    private final ReadOnlyStringWrapper targetProblem = new ReadOnlyStringWrapper(this, "targetProblem", "");
    private final ReadOnlyBooleanWrapper targetReady = new ReadOnlyBooleanWrapper(this, "targetReady");

    DatasetViewModel(WorkRunner runner) {
        this.runner = runner;
        target.addListener((observable, previous, chosen) -> targetChanged(chosen));
    }

    /** Shows a freshly opened dataset and proposes its target. */
    void show(Dataset opened, List<ColumnProfile> profiles) {
        dataset.set(opened);
        target.set(null);
        columns.setAll(profiles.stream().map(ColumnRow::new).toList());
        targetChoices.setAll(opened.columnNames());
        if (opened.columnCount() > 0) {
            target.set(TargetAnalyzer.proposedTarget(opened));
        }
    }

    private void targetChanged(String chosen) {
        columns.forEach(row -> row.markTarget(row.name().equals(chosen)));
        showSummary(null);
        targetProblem.set("");
        Dataset data = dataset.get();
        if (chosen == null || data == null) {
            return;
        }
        runner.run("Summarizing the target " + chosen, (progress, cancel) -> TargetAnalyzer.summarize(data, chosen),
                this::showSummary, this::targetFailed);
    }

    private void showSummary(TargetSummary summary) {
        targetSummary.set(summary);
        task.set(summary == null ? "" : summary.task().label());
        classShares.setAll(summary == null ? List.of() : shares(summary.classCounts()));
        positiveChoices.setAll(summary == null ? List.of() : summary.labels());
        positive.set(summary == null || summary.defaultPositive().isEmpty() ? null : summary.defaultPositive());
        targetReady.set(summary != null);
    }

    private static List<ClassShare> shares(List<LevelCount> counts) {
        double labelled = counts.stream().mapToInt(LevelCount::count).sum();
        return counts.stream().map(c -> new ClassShare(c.level(), c.count(), c.count() / labelled)).toList();
    }

    private void targetFailed(Throwable failure) {
        if (failure instanceof InvalidInputException invalid) {
            targetProblem.set(invalid.getMessage());
        } else {
            LOG.error("Summarizing the target {} failed", target.get(), failure);
            targetProblem.set("This column cannot be summarized because of an unexpected error; the log has the details.");
        }
    }

    /** The columns the user unchecked; the target is not among them, being no feature by definition. */
    public List<String> excludedColumns() {
        return columns.stream().filter(row -> !row.isFeature() && !row.isTarget()).map(ColumnRow::name).toList();
    }

    public ColumnRow column(String name) {
        return columns.stream().filter(row -> row.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No column " + name));
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public ObservableList<ColumnRow> columns() {
        return columnsView;
    }

    public ObservableList<String> targetChoices() {
        return targetChoicesView;
    }

    /** The chosen target column; the target picker binds to it both ways. */
    public ObjectProperty<String> targetProperty() {
        return target;
    }

    public ReadOnlyObjectProperty<TargetSummary> targetSummaryProperty() {
        return targetSummary.getReadOnlyProperty();
    }

    /** The task the target implies, as a person says it ("binary classification"); empty without one. */
    public ReadOnlyStringProperty taskProperty() {
        return task.getReadOnlyProperty();
    }

    public ObservableList<ClassShare> classShares() {
        return classSharesView;
    }

    public ObservableList<String> positiveChoices() {
        return positiveChoicesView;
    }

    /** The positive class; the picker binds to it both ways. Null for regression targets. */
    public ObjectProperty<String> positiveProperty() {
        return positive;
    }

    /** Why the chosen target cannot work, one sentence; empty when it can. */
    public ReadOnlyStringProperty targetProblemProperty() {
        return targetProblem.getReadOnlyProperty();
    }

    /** True once a target is chosen and summarized without a problem: the ladder can start. */
    public ReadOnlyBooleanProperty targetReadyProperty() {
        return targetReady.getReadOnlyProperty();
    }
}
