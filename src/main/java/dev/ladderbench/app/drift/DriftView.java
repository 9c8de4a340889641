package dev.ladderbench.app.drift;

import atlantafx.base.theme.Styles;
import dev.ladderbench.app.help.Help;
import dev.ladderbench.app.ladder.Figures;
import dev.ladderbench.core.drift.CategoricalDrift;
import dev.ladderbench.core.drift.DriftResult;
import dev.ladderbench.core.drift.DriftThresholds;
import dev.ladderbench.core.drift.FeatureDrift;
import dev.ladderbench.core.drift.NumericDrift;
import dev.ladderbench.core.drift.OutOfRange;
import dev.ladderbench.core.drift.ProductionPerformance;
import dev.ladderbench.core.drift.RetypedColumn;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.report.DriftText;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.DoubleSpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Drift between the open dataset (training) and a production file: a sortable table of the features
 * coloured by status, the selected feature's distributions in both files, the production AUC by window
 * when production is labelled, unseen categories and the recommendation. A self-contained node: it binds
 * to a {@link DriftViewModel} and forwards commands to it.
 */
public final class DriftView extends BorderPane {

    private static final PseudoClass WARN = PseudoClass.getPseudoClass("warn");
    private static final PseudoClass FAIL = PseudoClass.getPseudoClass("fail");
    private static final PseudoClass RETRAIN = PseudoClass.getPseudoClass("retrain");
    private static final PseudoClass STABLE = PseudoClass.getPseudoClass("stable");

    /** The model choices as the menu words them; "no model" compares the features only. */
    private static final Map<String, RungId> MODEL_CHOICES = new LinkedHashMap<>();

    static {
        MODEL_CHOICES.put("model: " + RungId.FOREST.label(), RungId.FOREST);
        MODEL_CHOICES.put("model: " + RungId.LINEAR.label(), RungId.LINEAR);
        MODEL_CHOICES.put("no model", null);
    }

    private static final String FILE_ORDER = "AUC windows: file order";
    private static final String BY = "AUC windows by ";

    private final DriftViewModel model;
    private final VBox details = new VBox(8);
    private final VBox featureDetail = new VBox(6);

    public DriftView(DriftViewModel model) {
        this.model = model;
        getStyleClass().add("drift-view");
        getStylesheets().add(DriftView.class.getResource("drift.css").toExternalForm());
        setPadding(new Insets(12));
        setTop(header());
        TableView<FeatureDrift> table = table();
        details.setPadding(new Insets(0, 0, 0, 12));
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, scroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.44);
        BorderPane.setMargin(split, new Insets(10, 0, 0, 0));
        setCenter(split);
        model.resultProperty().addListener(observable -> showResult());
        model.selectedProperty().addListener(observable -> showFeature());
        showResult();
    }

    private VBox header() {
        Label training = new Label();
        training.setId("drift-training");
        training.textProperty().bind(Bindings.createStringBinding(() -> model.trainingProperty().get() == null
                ? "Training: no file open" : "Training: " + model.trainingProperty().get().name(),
                model.trainingProperty()));
        Label production = new Label();
        production.setId("drift-production");
        production.textProperty().bind(Bindings.createStringBinding(() -> model.productionFileProperty().get() == null
                ? "Production: none chosen" : "Production: " + model.productionFileProperty().get().getFileName(),
                model.productionFileProperty()));
        Button choose = new Button("Choose production file…");
        choose.setId("choose-production");
        choose.setOnAction(event -> chooseFile().ifPresent(model::compare));
        choose.disableProperty().bind(model.trainingProperty().isNull());
        ChoiceBox<String> scorer = new ChoiceBox<>();
        scorer.setId("drift-model");
        scorer.getItems().addAll(MODEL_CHOICES.keySet());
        scorer.setValue(choiceOf(model.modelProperty().get()));
        scorer.valueProperty().addListener((observable, was, now) -> model.modelProperty().set(MODEL_CHOICES.get(now)));
        model.modelProperty().addListener((observable, was, now) -> scorer.setValue(choiceOf(now)));
        ChoiceBox<String> time = timeChoice();
        Button again = new Button("Compare again");
        again.setId("compare-again");
        again.setOnAction(event -> model.compareAgain());
        again.disableProperty().bind(model.productionFileProperty().isNull().or(model.comparingProperty()));
        ProgressBar progress = new ProgressBar();
        progress.setId("drift-progress");
        progress.progressProperty().bind(model.runner().progressProperty());
        progress.visibleProperty().bind(model.comparingProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-drift");
        cancel.setOnAction(event -> model.cancel());
        cancel.visibleProperty().bind(model.comparingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox files = new HBox(12, training, production, gap, choose, again, progress, cancel);
        files.setAlignment(Pos.CENTER_LEFT);
        HBox options = new HBox(12, new Label("Score with"), scorer, time);
        options.setAlignment(Pos.CENTER_LEFT);
        FlowPane limits = limits();
        Label outcome = new Label();
        outcome.setId("drift-message");
        outcome.getStyleClass().add("drift-outcome");
        outcome.setMaxWidth(Double.MAX_VALUE);
        outcome.setWrapText(true);
        outcome.textProperty().bind(Bindings.createStringBinding(this::outcomeText, model.messageProperty(),
                model.resultProperty(), model.runner().messageProperty(), model.comparingProperty()));
        model.resultProperty().addListener((observable, was, result) -> {
            outcome.pseudoClassStateChanged(RETRAIN, result != null && result.retraining().recommended());
            outcome.pseudoClassStateChanged(STABLE, result != null && !result.retraining().recommended());
        });
        return new VBox(10, files, options, limits, outcome);
    }

    /**
     * The limits the next comparison judges by. Warn can never exceed fail: each bounds the other (lowering
     * fail below warn pulls warn down with it), so every value a person can set is a valid pair.
     */
    private FlowPane limits() {
        DriftThresholds initial = model.thresholdsProperty().get();
        Spinner<Double> psiWarn = limit("psi-warn", initial.psiWarn(), 0, 10);
        Spinner<Double> psiFail = limit("psi-fail", initial.psiFail(), 0, 10);
        Spinner<Double> predictionPsi = limit("prediction-psi", initial.predictionPsi(), 0, 10);
        Spinner<Double> aucDrop = limit("auc-drop", initial.aucDrop(), 0, 1);
        Spinner<Double> rangeMargin = limit("range-margin", initial.rangeMargin(), 0, 10);
        ((DoubleSpinnerValueFactory) psiWarn.getValueFactory()).maxProperty().bind(psiFail.valueProperty());
        ((DoubleSpinnerValueFactory) psiFail.getValueFactory()).minProperty().bind(psiWarn.valueProperty());
        InvalidationListener update = observable -> {
            // Between fail moving below warn and warn following it, the pair is briefly out of order: skip that.
            if (psiWarn.getValue() <= psiFail.getValue()) {
                model.thresholdsProperty().set(new DriftThresholds(psiWarn.getValue(), psiFail.getValue(),
                        predictionPsi.getValue(), aucDrop.getValue(), rangeMargin.getValue()));
            }
        };
        for (Spinner<Double> spinner : List.of(psiWarn, psiFail, predictionPsi, aucDrop, rangeMargin)) {
            spinner.valueProperty().addListener(update);
        }
        Label note = new Label("(applied by the next comparison)");
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        FlowPane row = new FlowPane(8, 6, limitLabel("Limits: PSI warn above"), psiWarn, limitLabel("fail above"),
                psiFail, limitLabel("prediction PSI above"), predictionPsi, limitLabel("AUC drop above"), aucDrop,
                limitLabel("out of range beyond"), rangeMargin, limitLabel("of the training range"), note);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label limitLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Spinner<Double> limit(String id, double value, double min, double max) {
        Spinner<Double> spinner = new Spinner<>(new DoubleSpinnerValueFactory(min, max, value, 0.01));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(96);
        spinner.setMinWidth(Region.USE_PREF_SIZE);
        return spinner;
    }

    /** "AUC windows: file order", or by one of the training columns (the target aside). */
    private ChoiceBox<String> timeChoice() {
        ChoiceBox<String> time = new ChoiceBox<>();
        time.setId("drift-time-column");
        Runnable fill = () -> {
            time.getItems().setAll(FILE_ORDER);
            Optional.ofNullable(model.trainingProperty().get()).ifPresent(d -> d.columnNames().forEach(
                    column -> time.getItems().add(BY + column)));
            time.setValue(model.timeColumnProperty().get() == null ? FILE_ORDER : BY + model.timeColumnProperty().get());
        };
        fill.run();
        model.trainingProperty().addListener(observable -> fill.run());
        time.valueProperty().addListener((observable, was, now) -> {
            if (now != null) {
                model.timeColumnProperty().set(now.equals(FILE_ORDER) ? null : now.substring(BY.length()));
            }
        });
        model.timeColumnProperty().addListener((observable, was, now) ->
                time.setValue(now == null ? FILE_ORDER : BY + now));
        return time;
    }

    private static String choiceOf(RungId rung) {
        return MODEL_CHOICES.entrySet().stream().filter(e -> e.getValue() == rung).findFirst().orElseThrow().getKey();
    }

    private String outcomeText() {
        DriftResult result = model.resultProperty().get();
        if (model.comparingProperty().get() && !model.runner().messageProperty().get().isEmpty()) {
            return model.runner().messageProperty().get();
        }
        if (result == null) {
            return model.messageProperty().get();
        }
        List<String> lines = new ArrayList<>();
        lines.add(model.messageProperty().get());
        result.retraining().reasons().forEach(reason -> lines.add("• " + reason));
        DriftThresholds t = result.request().thresholds();
        lines.add(String.format(Locale.ROOT, "Limits in force: PSI warn above %s, fail above %s; prediction PSI above %s;"
                + " AUC drop above %s; out of range beyond %.0f %% of the training range.", t.psiWarn(), t.psiFail(),
                t.predictionPsi(), t.aucDrop(), 100 * t.rangeMargin()));
        return String.join("\n", lines);
    }

    private Optional<Path> chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose the production file");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Delimited text (*.csv, *.tsv, *.txt, *.gz)", "*.csv", "*.tsv",
                        "*.txt", "*.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Optional.ofNullable(model.trainingProperty().get()).map(d -> d.source().toAbsolutePath().getParent())
                .map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showOpenDialog(getScene().getWindow())).map(File::toPath);
    }

    private TableView<FeatureDrift> table() {
        SortedList<FeatureDrift> sorted = new SortedList<>(model.features());
        TableView<FeatureDrift> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("drift-table");
        table.getStyleClass().add("drift-table");
        table.setPlaceholder(new Label("No comparison yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(textColumn("feature", FeatureDrift::column));
        table.getColumns().add(textColumn("type", FeatureDrift::type));
        table.getColumns().add(numberColumn("PSI", FeatureDrift::psi, "%.3f"));
        table.getColumns().add(textColumn("test", f -> String.format(Locale.ROOT,
                f instanceof NumericDrift ? "KS %.3f" : "χ² %.1f", f.statistic())));
        table.getColumns().add(numberColumn("p", FeatureDrift::pValue, null));
        table.getColumns().add(textColumn("status", f -> f.status().id()));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(FeatureDrift item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(WARN, !empty && item != null && item.status().id().equals("warn"));
                pseudoClassStateChanged(FAIL, !empty && item != null && item.status().id().equals("fail"));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((observable, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((observable, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private static TableColumn<FeatureDrift, String> textColumn(String name, Function<FeatureDrift, String> value) {
        TableColumn<FeatureDrift, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** @param format a String.format pattern, or null for a p-value's own format */
    private static TableColumn<FeatureDrift, Double> numberColumn(String name, Function<FeatureDrift, Double> value,
                                                                  String format) {
        TableColumn<FeatureDrift, Double> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : format == null ? DriftText.pValue(item) : String.format(Locale.ROOT, format, item));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private void showResult() {
        details.getChildren().clear();
        DriftResult result = model.resultProperty().get();
        if (result == null) {
            return;
        }
        details.getChildren().add(featureDetail);
        showFeature();
        details.getChildren().add(section("Schema"));
        details.getChildren().add(wrapped("drift-schema", schema(result)));
        List<String> unseen = result.features().stream().filter(CategoricalDrift.class::isInstance)
                .map(CategoricalDrift.class::cast).filter(c -> !c.unseen().isEmpty())
                .map(c -> c.column() + ": " + String.join(", ", c.unseen().stream()
                        .map(l -> "'" + l.level() + "' in " + l.count() + (l.count() == 1 ? " row" : " rows")).toList()))
                .toList();
        details.getChildren().add(section("Unseen categories"));
        details.getChildren().add(wrapped("drift-unseen", unseen.isEmpty() ? "None: every production level was seen"
                + " in training." : String.join("\n", unseen)));
        details.getChildren().add(section("Model"));
        String prediction = result.prediction().map(p -> String.format(Locale.ROOT, "Prediction drift (%s): PSI %.3f,"
                + " KS %.3f (p %s).", p.model(), p.psi(), p.ks(), DriftText.pValue(p.ksPValue()))
                + DriftText.modelSample(p.rows()).map(sample -> " " + sample).orElse("")).orElse("No model scored the"
                + " files.");
        details.getChildren().add(wrapped("drift-prediction", prediction));
        result.notes().forEach(note -> details.getChildren().add(wrapped(null, note)));
        result.performance().ifPresent(this::showPerformance);
    }

    private void showPerformance(ProductionPerformance p) {
        details.getChildren().add(wrapped("drift-performance", String.format(Locale.ROOT, "Production ROC AUC %.3f on"
                        + " %d labelled rows against %.3f in training cross-validation (drop %.3f).", p.productionAuc(),
                p.labelledRows(), p.trainingCvAuc(), p.drop())));
        details.getChildren().add(Figures.titled(DriftCharts.rollingAuc(p), "rolling-auc"));
    }

    private void showFeature() {
        featureDetail.getChildren().clear();
        FeatureDrift feature = model.selectedProperty().get();
        if (feature == null || model.resultProperty().get() == null) {
            return;
        }
        featureDetail.getChildren().add(Help.heading(section(feature.column() + ": training against production"),
                Help.chart("drift-histogram")));
        featureDetail.getChildren().add(DriftCharts.distributions(feature));
        featureDetail.getChildren().add(wrapped("drift-feature-detail", featureText(feature)));
    }

    private static String featureText(FeatureDrift feature) {
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "PSI %.3f (%s), %s %.3f, p %s.", feature.psi(), feature.status().id(),
                feature instanceof NumericDrift ? "KS" : "chi-square", feature.statistic(), DriftText.pValue(feature.pValue())));
        if (feature instanceof NumericDrift numeric) {
            OutOfRange range = numeric.outOfRange();
            parts.add(String.format(Locale.ROOT, "%d production values outside [%.4g, %.4g], the training range"
                    + " [%.4g, %.4g] widened.", range.count(), range.low(), range.high(), range.trainingMin(),
                    range.trainingMax()));
        } else {
            CategoricalDrift categorical = (CategoricalDrift) feature;
            parts.add(categorical.unseen().isEmpty() ? "No unseen level." : categorical.unseen().size()
                    + " unseen level(s).");
        }
        parts.add("Missing: " + feature.trainingMissing() + " in training, " + feature.productionMissing()
                + " in production.");
        return String.join(" ", parts);
    }

    private static String schema(DriftResult result) {
        if (result.schema().matches()) {
            return "The same columns with the same types.";
        }
        List<String> lines = new ArrayList<>();
        if (!result.schema().missing().isEmpty()) {
            lines.add("Missing in production: " + String.join(", ", result.schema().missing()));
        }
        if (!result.schema().extra().isEmpty()) {
            lines.add("Extra in production: " + String.join(", ", result.schema().extra()));
        }
        for (RetypedColumn r : result.schema().retyped()) {
            lines.add(r.column() + ": " + r.training() + " in training, " + r.production() + " in production");
        }
        return String.join("\n", lines);
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("drift-section");
        return label;
    }

    private static Label wrapped(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
