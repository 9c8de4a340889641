package dev.ladderbench.app.report;

import atlantafx.base.theme.Styles;
import dev.ladderbench.app.help.Help;
import dev.ladderbench.app.ladder.Figures;
import dev.ladderbench.report.PageSize;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The Report step: what the report will hold and what it lacks, the formats, the PDF's paper, the folder and
 * file name, and Export. Progress and Cancel are the status bar's; the outcome is said below the button.
 */
public final class ReportView extends ScrollPane {

    private final ReportViewModel model;
    private final Supplier<Window> owner;

    public ReportView(ReportViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
        setId("report-view");
        Help.mark(this, Help.step("report"));
        setFitToWidth(true);

        Label title = new Label("Report: the climb as a file to hand around");
        title.getStyleClass().add(Styles.TITLE_3);
        Label contents = new Label();
        contents.setWrapText(true);
        contents.setId("report-contents");
        contents.textProperty().bind(model.contentsProperty());
        Label missing = Figures.note("");
        missing.setId("report-missing");
        missing.getStyleClass().add("stale-banner");
        missing.setMaxWidth(Double.MAX_VALUE);
        missing.textProperty().bind(model.missingProperty());
        missing.visibleProperty().bind(model.missingProperty().isNotEmpty());
        missing.managedProperty().bind(missing.visibleProperty());

        VBox box = new VBox(12, Help.heading(title, Help.step("report")), section("What it will contain"), contents, missing,
                section("Formats"), formats(), section("Where"), place(), export());
        box.setPadding(new Insets(16));
        box.setMaxWidth(760);
        setContent(box);
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private HBox formats() {
        HBox row = new HBox(16);
        row.setAlignment(Pos.CENTER_LEFT);
        for (ReportFormat format : ReportFormat.values()) {
            CheckBox box = new CheckBox(format.label());
            box.setId("format-" + format.name().toLowerCase(Locale.ROOT));
            box.selectedProperty().bindBidirectional(model.formatProperty(format));
            row.getChildren().add(box);
        }
        ChoiceBox<PageSize> paper = new ChoiceBox<>();
        paper.setId("report-page-size");
        paper.getItems().setAll(PageSize.values());
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(PageSize size) {
                return size == null ? "" : size == PageSize.A4 ? "A4" : "Letter";
            }

            @Override
            public PageSize fromString(String text) {
                return PageSize.valueOf(text.toUpperCase(Locale.ROOT));
            }
        });
        paper.valueProperty().bindBidirectional(model.pageSizeProperty());
        paper.disableProperty().bind(model.formatProperty(ReportFormat.PDF).not());
        row.getChildren().addAll(new Label("PDF paper"), paper);
        return row;
    }

    private GridPane place() {
        TextField folder = new TextField();
        folder.setId("report-folder");
        folder.setEditable(false);
        folder.textProperty().bind(Bindings.createStringBinding(() -> model.folderProperty().get() == null ? ""
                : model.folderProperty().get().toString(), model.folderProperty()));
        Button choose = new Button("Choose…");
        choose.setOnAction(event -> chooseFolder());
        TextField name = new TextField();
        name.setId("report-name");
        name.textProperty().bindBidirectional(model.baseNameProperty());
        Label suffix = Figures.note(".pdf, .html, .md, .json, .junit.xml");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Folder"), folder, choose);
        grid.addRow(1, new Label("File name"), name, suffix);
        GridPane.setHgrow(folder, Priority.ALWAYS);
        return grid;
    }

    private VBox export() {
        Button export = new Button("Export");
        export.setId("report-export");
        export.setDefaultButton(true);
        export.getStyleClass().add(Styles.ACCENT);
        export.disableProperty().bind(model.exportEnabledProperty().not());
        export.setOnAction(event -> model.export());
        Label outcome = Figures.note("");
        outcome.setId("report-outcome");
        outcome.textProperty().bind(model.outcomeProperty());
        VBox box = new VBox(8, export, outcome);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the report");
        Path current = model.folderProperty().get();
        if (current != null && Files.isDirectory(current)) {
            chooser.setInitialDirectory(current.toFile());
        }
        var chosen = chooser.showDialog(owner.get());
        if (chosen != null) {
            model.folderProperty().set(chosen.toPath());
        }
    }
}
