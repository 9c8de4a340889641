package dev.ladderbench.app;

import dev.ladderbench.app.help.RaisedFinding;
import dev.ladderbench.app.help.TaxonomyView;
import dev.ladderbench.core.analysis.ThresholdTuning;
import dev.ladderbench.core.drift.DriftResult;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * Help > Taxonomy: the taxonomy in a window of its own beside the workbench (one per workbench window), with
 * the findings of the current analysis to say where a code was raised.
 */
final class TaxonomyWindow {

    private final Stage owner;
    private final WorkbenchViewModel model;
    private Stage stage;

    TaxonomyWindow(Stage owner, WorkbenchViewModel model) {
        this.owner = owner;
        this.model = model;
    }

    void show() {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Ladderbench — error taxonomy");
            Scene scene = new Scene(new TaxonomyView(this::raised, step -> {
                model.ladder().select(step);
                owner.toFront();
            }), 980, 680);
            scene.getStylesheets().addAll(owner.getScene().getStylesheets().stream()
                    .filter(sheet -> !sheet.startsWith("data:")).toList());
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }

    /** The findings of the rungs' current results, the threshold in force and the last drift comparison. */
    private List<RaisedFinding> raised() {
        List<RaisedFinding> raised = new ArrayList<>();
        for (RungId id : RungId.values()) {
            RungResult current = model.ladder().rung(id).currentResult();
            if (current != null) {
                current.findings().forEach(f -> raised.add(new RaisedFinding(f, Step.of(id))));
            }
        }
        ThresholdTuning tuning = model.errors().tuningProperty().get();
        if (tuning != null && model.errors().modelProperty().get() != null) {
            tuning.finding(model.errors().modelProperty().get().rung())
                    .ifPresent(f -> raised.add(new RaisedFinding(f, Step.THRESHOLD)));
        }
        DriftResult drift = model.drift().resultProperty().get();
        if (drift != null) {
            drift.findings().forEach(f -> raised.add(new RaisedFinding(f, Step.PRODUCTION)));
        }
        return raised;
    }
}
