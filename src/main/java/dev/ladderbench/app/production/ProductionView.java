package dev.ladderbench.app.production;

import dev.ladderbench.app.help.Help;
import dev.ladderbench.app.ladder.Figures;
import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.replay.LoadedPipeline;
import dev.ladderbench.core.replay.ModelKind;
import dev.ladderbench.core.replay.PipelineFile;
import dev.ladderbench.core.replay.SavedPipeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The Production step: tabs of production checks. The Replay tab saves or opens a pipeline file and
 * replays one row through it, from a form generated from the pipeline's schema or a pasted JSON object.
 */
public final class ProductionView extends BorderPane {

    private final ProductionViewModel model;
    private final Supplier<Window> owner;
    private final TabPane tabs = new TabPane();
    private final RowForm form = new RowForm();
    private final ReplayResults results = new ReplayResults();

    /** @param owner the window file choosers belong to */
    public ProductionView(ProductionViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
        setId("production-view");
        Help.mark(this, Help.step("production"));
        getStylesheets().add(ProductionView.class.getResource("production.css").toExternalForm());
        Tab replay = new Tab("Replay", replayPane());
        replay.setId("replay-tab");
        replay.setClosable(false);
        tabs.setId("production-tabs");
        tabs.getTabs().add(replay);
        setCenter(tabs);
        model.pipelineProperty().addListener((observable, previous, loaded) -> {
            if (loaded != null) {
                form.show(loaded.pipeline());
            }
        });
        model.replayProperty().addListener((observable, previous, shown) -> results.show(shown));
    }

    /** The tabs, so that other production views (drift) can join the replay. */
    public TabPane tabs() {
        return tabs;
    }

    private BorderPane replayPane() {
        ChoiceBox<ModelKind> kind = new ChoiceBox<>();
        kind.setId("pipeline-model");
        kind.getItems().setAll(ModelKind.FOREST, ModelKind.LINEAR);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ModelKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public ModelKind fromString(String text) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.modelProperty());
        Button save = new Button("Save pipeline…");
        save.setId("save-pipeline");
        save.disableProperty().bind(model.canSaveProperty().not());
        Tooltip saveHint = new Tooltip();
        saveHint.textProperty().bind(model.saveHintProperty());
        save.setTooltip(saveHint);
        save.setOnAction(event -> chooseSaveFile().ifPresent(model::save));
        Button open = new Button("Open pipeline…");
        open.setId("open-pipeline");
        open.setOnAction(event -> chooseOpenFile().ifPresent(model::open));
        HBox toolbar = new HBox(8, new Label("Model"), kind, save, open, Help.button(Help.step("production")));
        toolbar.setAlignment(Pos.CENTER_LEFT);

        Label summary = Figures.note("");
        summary.setId("pipeline-summary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> summary(model.pipelineProperty().get()),
                model.pipelineProperty()));
        Label problem = new Label();
        problem.setId("production-problem");
        problem.getStyleClass().add("replay-failure");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox top = new VBox(6, toolbar, summary, problem);
        top.setPadding(new Insets(0, 0, 8, 0));

        SplitPane split = new SplitPane(inputSide(), scrolled(results, "replay-results-scroll"));
        split.setDividerPositions(0.4);
        split.disableProperty().bind(model.pipelineProperty().isNull());
        BorderPane pane = new BorderPane(split);
        pane.setTop(top);
        pane.setPadding(new Insets(12));
        return pane;
    }

    private VBox inputSide() {
        Button replay = new Button("Replay");
        replay.setId("replay-form");
        replay.setDefaultButton(true);
        replay.setOnAction(event -> model.replay(form.row()));
        Spinner<Integer> row = new Spinner<>(1, Integer.MAX_VALUE, 1);
        row.setId("data-row");
        row.setEditable(true);
        row.setPrefWidth(100);
        Button useRow = new Button("Fill from data row");
        useRow.setId("fill-from-row");
        useRow.setTooltip(new Tooltip("Fill the form with a row of the open data (1 = the first data row)"));
        useRow.setOnAction(event -> model.rowOfData(row.getValue() - 1).ifPresent(input -> {
            form.fill(input);
            model.replay(form.row());
        }));
        HBox actions = new HBox(8, replay, useRow, row);
        actions.setAlignment(Pos.CENTER_LEFT);

        TextArea json = new TextArea();
        json.setId("replay-json-text");
        json.setPromptText("{\"age\": 42, \"purpose\": \"radio/tv\", \"duration\": null}");
        json.setPrefRowCount(3);
        json.setWrapText(true);
        Button replayJson = new Button("Replay JSON");
        replayJson.setId("replay-json");
        replayJson.setOnAction(event -> model.replayJson(json.getText()));

        ScrollPane formScroll = scrolled(form, "row-form-scroll");
        VBox.setVgrow(formScroll, Priority.ALWAYS);
        VBox side = new VBox(6, Figures.heading("Input row"), formScroll, actions,
                Figures.heading("Or paste a JSON object"), json, replayJson);
        side.setPadding(new Insets(0, 8, 0, 0));
        return side;
    }

    private static ScrollPane scrolled(javafx.scene.Node content, String id) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId(id);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static String summary(LoadedPipeline loaded) {
        if (loaded == null) {
            return "No pipeline yet: save one fitted on the open data, or open a .lbp file.";
        }
        SavedPipeline p = loaded.pipeline();
        String text = String.format(Locale.ROOT, "%s: %s fitted on %d rows of %s, target %s, positive class %s,"
                        + " threshold %s; %d features, %d model inputs; written by Ladderbench %s.",
                loaded.file().getFileName(), p.kind().label(), p.rows(), p.dataFile(), p.target(), p.positiveLabel(),
                NumericColumn.format(p.threshold()), p.features().size(), p.inputNames().size(),
                p.ladderbenchVersion());
        return loaded.findings().isEmpty() ? text
                : text + " " + loaded.findings().get(0).code().id() + ": " + loaded.findings().get(0).detail();
    }

    private java.util.Optional<Path> chooseSaveFile() {
        FileChooser chooser = chooser("Save pipeline");
        chooser.setInitialFileName("pipeline" + PipelineFile.EXTENSION);
        File file = chooser.showSaveDialog(owner.get());
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }

    private java.util.Optional<Path> chooseOpenFile() {
        File file = chooser("Open pipeline").showOpenDialog(owner.get());
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Ladderbench pipeline (*.lbp)", "*.lbp"));
        return chooser;
    }
}
