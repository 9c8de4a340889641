package dev.ladderbench.app.ladder;

import dev.ladderbench.core.ladder.CvScheme;
import dev.ladderbench.core.ladder.LadderSettings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * Folds, fold scheme, seed and sample size of the climb, the window's counterpart of the CLI's {@code --folds},
 * {@code --cv}, {@code --seed} and {@code --sample-rows}. It does not block: OK hands the new settings to the ladder, which
 * marks the rungs already climbed as stale, so no figure is ever shown for settings it was not computed with.
 */
public final class ClimbSettingsDialog extends Dialog<LadderSettings> {

    static final int MAX_FOLDS = 20;
    private static final ButtonType DEFAULTS = new ButtonType("Restore _defaults", ButtonBar.ButtonData.LEFT);

    private final Spinner<Integer> folds = new Spinner<>(2, MAX_FOLDS, 5);
    private final ToggleGroup scheme = new ToggleGroup();
    private final RadioButton shuffled = new RadioButton("_Shuffled: stratified, each class shuffled with the seed");
    private final RadioButton ordered = new RadioButton("_Ordered: stratified in file order, as scikit-learn's cv=5");
    private final TextField seed = new TextField();
    private final TextField sampleRows = new TextField();

    private ClimbSettingsDialog(LadderSettings current) {
        setTitle("Climb settings");
        setHeaderText("How the rungs cross-validate, and on how many rows");
        getDialogPane().setId("climb-settings");
        getDialogPane().getButtonTypes().setAll(DEFAULTS, ButtonType.OK, ButtonType.CANCEL);

        folds.setEditable(true);
        folds.setId("settings-folds");
        folds.getEditor().setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("\\d{0,2}") ? change : null));
        shuffled.setToggleGroup(scheme);
        shuffled.setId("settings-shuffled");
        ordered.setToggleGroup(scheme);
        ordered.setId("settings-ordered");
        seed.setId("settings-seed");
        seed.setPrefColumnCount(12);
        // Digits only: every seed a person can type is then one the shuffles accept.
        seed.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("\\d{0,18}") ? change : null));
        seed.setTooltip(new Tooltip("Seeds the fold shuffles, the forest's bootstraps and the holdout split"));
        sampleRows.setId("settings-sample-rows");
        sampleRows.setPrefColumnCount(12);
        sampleRows.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("\\d{0,9}") ? change : null));
        sampleRows.setTooltip(new Tooltip("Above this many labelled rows, the model rungs, the leakage probe, drift's"
                + " model and a saved pipeline fit on a seeded stratified sample of this size; rung 0's checks still"
                + " cover every row. 0 models every row."));
        show(current);

        Label foldsLabel = new Label("_Folds");
        foldsLabel.setLabelFor(folds);
        foldsLabel.setMnemonicParsing(true);
        Label seedLabel = new Label("S_eed");
        seedLabel.setLabelFor(seed);
        seedLabel.setMnemonicParsing(true);
        Label sampleLabel = new Label("_Model at most");
        sampleLabel.setLabelFor(sampleRows);
        sampleLabel.setMnemonicParsing(true);
        Label note = new Label("Changing a setting makes the rungs already climbed stale: climb them again to see"
                + " figures for the new settings. The same data, settings and seed always give the same figures.");
        note.setWrapText(true);
        note.setMaxWidth(460);
        note.getStyleClass().add("hint");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, foldsLabel, folds);
        grid.addRow(1, new Label("Fold scheme"), shuffled);
        grid.add(ordered, 1, 2);
        grid.addRow(3, seedLabel, seed);
        HBox sample = new HBox(8, sampleRows, new Label("labelled rows (0 = all)"));
        sample.setAlignment(Pos.BASELINE_LEFT);
        grid.addRow(4, sampleLabel, sample);
        grid.add(note, 0, 5, 2, 1);
        getDialogPane().setContent(grid);

        Button restore = (Button) getDialogPane().lookupButton(DEFAULTS);
        restore.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // keeps the dialog open, showing the defaults to accept or not
            show(LadderSettings.defaults());
        });
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(seed.textProperty().isEmpty().or(sampleRows.textProperty().isEmpty()));

        setResultConverter(button -> button == ButtonType.OK ? read(current) : null);
    }

    /** Shows the dialog beside {@code owner}; OK changes the ladder's settings, Cancel leaves them. */
    public static void open(Window owner, LadderViewModel ladder) {
        ClimbSettingsDialog dialog = new ClimbSettingsDialog(ladder.settings());
        dialog.initOwner(owner);
        dialog.setOnHidden(event -> {
            if (dialog.getResult() != null) {
                ladder.changeSettings(dialog.getResult());
            }
        });
        dialog.show();
    }

    private void show(LadderSettings settings) {
        folds.getValueFactory().setValue(Math.min(settings.folds(), MAX_FOLDS));
        scheme.selectToggle(settings.cv() == CvScheme.ORDERED ? ordered : shuffled);
        seed.setText(Long.toString(settings.seed()));
        sampleRows.setText(Integer.toString(settings.sampleRows()));
    }

    private LadderSettings read(LadderSettings current) {
        folds.commitValue(); // a number typed without Enter counts too
        CvScheme cv = ordered.isSelected() ? CvScheme.ORDERED : CvScheme.SHUFFLED;
        int chosenFolds = folds.getValue() == null ? current.folds() : folds.getValue();
        // OK is disabled while the seed or the sample is empty, and both fields take digits only.
        return new LadderSettings(chosenFolds, Long.parseLong(seed.getText()), cv, current.thresholds(),
                Integer.parseInt(sampleRows.getText()));
    }
}
