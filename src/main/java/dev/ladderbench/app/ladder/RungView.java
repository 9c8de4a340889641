package dev.ladderbench.app.ladder;

import atlantafx.base.theme.Styles;
import dev.ladderbench.app.help.Help;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Optional;

/**
 * One rung in the centre: what it does, Run, the stale banner, its figures once it has a current result
 * (a sentence before), and Next / Continue anyway at the bottom. It binds to the view model and forwards.
 */
public final class RungView extends BorderPane {

    private final LadderViewModel ladder;
    private final Rung rung;
    private final double leakageThreshold;
    private final StackPane content = new StackPane();
    private final Label placeholder = new Label();

    public RungView(LadderViewModel ladder, RungId id, double leakageThreshold) {
        this.ladder = ladder;
        this.rung = ladder.rung(id);
        this.leakageThreshold = leakageThreshold;
        getStyleClass().add("rung-view");
        setId("rung-" + id.id());
        Help.mark(this, Help.step(id.id()));
        setPadding(new Insets(12));
        setMinHeight(0);

        Label title = new Label(id.label() + ": " + purpose(id));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setMinWidth(0);
        Label status = new Label();
        status.getStyleClass().add("rung-status");
        status.setId("status-" + id.id());
        status.textProperty().bind(Bindings.createStringBinding(this::statusText, rung.stateProperty(), rung.resultProperty()));
        Button run = new Button("_Run");
        run.setId("run-" + id.id());
        run.getStyleClass().add(Styles.ACCENT);
        run.setTooltip(new Tooltip("Run this rung (Ctrl+R, or Alt+R)"));
        run.disableProperty().bind(ladder.runEnabledProperty().not());
        run.setOnAction(event -> ladder.run(id));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, Help.button(Help.step(id.id())), status, spacer);
        if (id != RungId.SANITY) { // the sanity rung does not cross-validate
            header.getChildren().add(settingsLink(ladder));
        }
        header.getChildren().add(run);
        header.setAlignment(Pos.CENTER_LEFT);

        Label about = Figures.note(explanation(id));
        Label staleTitle = new Label("The settings changed: re-run this rung");
        staleTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Label staleDetail = new Label();
        staleDetail.textProperty().bind(Bindings.createStringBinding(() -> rung.unlockedProperty().get() ? ""
                : rung.lockReasonProperty().get() + ".", rung.unlockedProperty(), rung.lockReasonProperty()));
        staleDetail.visibleProperty().bind(staleDetail.textProperty().isNotEmpty());
        staleDetail.managedProperty().bind(staleDetail.visibleProperty());
        VBox staleBanner = new VBox(4, staleTitle, staleDetail);
        staleBanner.getStyleClass().add("stale-banner");
        staleBanner.setId("stale-banner");
        staleBanner.visibleProperty().bind(rung.stateProperty().isEqualTo(RungState.STALE));
        staleBanner.managedProperty().bind(staleBanner.visibleProperty());
        Label problem = new Label();
        problem.setId("problem-" + id.id());
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(rung.problemProperty());
        problem.visibleProperty().bind(rung.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox top = new VBox(8, header, about, staleBanner, problem);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);

        placeholder.getStyleClass().addAll(Styles.TEXT_MUTED, "rung-placeholder");
        placeholder.setId("placeholder-" + id.id());
        placeholder.setWrapText(true);
        content.setMinHeight(0);
        setCenter(content);

        Button continueAnyway = new Button("_Continue anyway");
        continueAnyway.setId("continue-" + id.id());
        continueAnyway.getStyleClass().add(Styles.DANGER);
        continueAnyway.setTooltip(new Tooltip("Acknowledge the fail findings and climb on; the report says so"));
        continueAnyway.disableProperty().bind(ladder.continueAnywayEnabledProperty().not());
        continueAnyway.visibleProperty().bind(Bindings.createBooleanBinding(rung::failed, rung.stateProperty(), rung.resultProperty()));
        continueAnyway.setOnAction(event -> ladder.continueAnyway());
        Button next = new Button("_Next");
        next.setId("next-" + id.id());
        next.setDefaultButton(false);
        next.disableProperty().bind(ladder.nextEnabledProperty().not());
        next.setOnAction(event -> ladder.next());
        Label gate = new Label();
        gate.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        gate.setMinWidth(0);
        continueAnyway.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        run.setMinWidth(Region.USE_PREF_SIZE);
        gate.textProperty().bind(Bindings.createStringBinding(this::gateText, rung.stateProperty(), rung.resultProperty(),
                ladder.overridden()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(10, gate, gap, continueAnyway, next);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.setPadding(new Insets(8, 0, 0, 0));
        setBottom(footer);

        rung.stateProperty().addListener(observable -> show());
        rung.resultProperty().addListener(observable -> show());
        show();
    }

    /** The current figures, or a sentence saying why there are none. */
    private void show() {
        RungResult current = rung.currentResult();
        if (current == null) {
            placeholder.setText(switch (rung.state()) {
                case RUNNING -> "Climbing " + rung.id().label() + "… progress is in the status bar, Cancel stops it.";
                case STALE -> "Run this rung to see its figures for the current settings.";
                default -> "Run this rung to see its figures.";
            });
            content.getChildren().setAll(placeholder);
            return;
        }
        figures(current, leakageThreshold).ifPresentOrElse(figures -> content.getChildren().setAll(figures), () -> {
            placeholder.setText("This rung was skipped: " + current.skippedBecause().orElse("it could not run."));
            content.getChildren().setAll(placeholder);
        });
    }

    /** A rung's figures as its step shows them, scrolling; none for a skipped rung. */
    public static Optional<ScrollPane> figures(RungResult result, double leakageThreshold) {
        Node figures;
        if (result.sanity().isPresent()) {
            figures = SanityFiguresView.of(result.sanity().get(), leakageThreshold);
        } else if (result.model().isPresent()) {
            figures = ModelFiguresView.of(result.id(), result.model().get());
        } else {
            return Optional.empty();
        }
        ScrollPane scroll = new ScrollPane(figures);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("rung-figures");
        scroll.setId("figures-" + result.id().id());
        return Optional.of(scroll);
    }

    /** The folds and seed this rung climbs with, a click from changing them. */
    private static Hyperlink settingsLink(LadderViewModel ladder) {
        Hyperlink link = new Hyperlink();
        link.getStyleClass().add("climb-settings-link");
        link.setTooltip(new Tooltip("Change the folds, fold scheme and seed (Ctrl+,)"));
        link.textProperty().bind(Bindings.createStringBinding(() -> describe(ladder.settings()),
                ladder.settingsProperty()));
        link.setOnAction(event -> ClimbSettingsDialog.open(link.getScene().getWindow(), ladder));
        link.setMinWidth(Region.USE_PREF_SIZE);
        return link;
    }

    private static String describe(LadderSettings settings) {
        return settings.folds() + " " + settings.cv().id() + " folds, seed " + settings.seed();
    }

    private String statusText() {
        RungResult result = rung.resultProperty().get();
        return switch (rung.state()) {
            case NOT_RUN -> "not run";
            case RUNNING -> "running";
            case STALE -> "stale";
            case DONE -> result.status().id() + String.format(java.util.Locale.ROOT, " · %.1f s", result.seconds());
        };
    }

    private String gateText() {
        if (rung.failed() && rung.currentResult().findings().stream()
                .anyMatch(f -> f.code() == FindingCode.REGRESSION_TARGET)) {
            return "The model rungs need a classification target: choose one on the Data step.";
        }
        if (rung.failed()) {
            return ladder.overridden().contains(rung.id())
                    ? "Overridden: the report records that you climbed past this rung's fail findings."
                    : "A fail finding blocks Next: fix it and re-run, or Continue anyway.";
        }
        return rung.state() == RungState.DONE ? "No fail finding: climb on." : "";
    }

    private static String purpose(RungId id) {
        return switch (id) {
            case SANITY -> "data sanity";
            case BASELINE -> "baseline";
            case LINEAR -> "simple model";
            case FOREST -> "non-linear model";
        };
    }

    private static String explanation(RungId id) {
        return switch (id) {
            case SANITY -> "Counts, missing and infinite cells, classes, feature ranges, and a leakage probe:"
                    + " a depth-1 tree on each feature alone.";
            case BASELINE -> "A most-frequent dummy classifier, cross-validated: ROC AUC 0.5 and PR-AUC equal to the"
                    + " prevalence. Every model must beat it meaningfully.";
            case LINEAR -> "Median imputer → standard scaler → logistic regression, all fitted inside each fold."
                    + " Barely above the dummy means a data or label problem, not a capacity problem.";
            case FOREST -> "Median imputer → random forest (100 trees, max depth 5). A forest worse than the linear"
                    + " model points at scale or data problems.";
        };
    }
}
