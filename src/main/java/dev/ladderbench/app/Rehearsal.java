package dev.ladderbench.app;

import dev.ladderbench.app.ladder.RungView;
import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.CancelledException;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.ColumnProfile;
import dev.ladderbench.core.data.ColumnProfiler;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.ladder.Ladder;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungResult;
import dev.ladderbench.core.samples.Samples;
import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A rehearsal of the views a first file brings, while the window is idle. On the first rows of the clean
 * readmission sample it loads, profiles and climbs rungs 0 to 3 in the background, then builds the preview, the
 * column list and each rung's figures in a hidden pane of the window, one every few frames, and drops them.
 * <p>
 * JavaFX keeps its style lookups per window and the JIT compiles what runs often, so the first file a person
 * opened waited for both: its frames came up to 150-210 ms apart on two cores, a second file's under 70 ms.
 * Rehearsed, the first file is opened as a second one is. The rehearsal gives way to the person: it waits while
 * any work runs (a file loading, a rung climbing), and once a file is shown it skips the tables, which that file
 * has styled already, and rehearses only the rungs' figures.
 */
final class Rehearsal extends AnimationTimer {

    private static final Logger LOG = LoggerFactory.getLogger(Rehearsal.class);
    /**
     * Pulses without work running before the rehearsal starts or goes on: the window's own first frames come
     * first, and a file's first frames (with the JIT compiling what they ran) after it was opened.
     */
    private static final int QUIET_PULSES = 30;
    /** Pulses each rehearsed view is kept: long enough for the tables to grow into their room (see RowsByPulse). */
    private static final int PULSES_PER_VIEW = 12;
    /** Enough rows to fill the preview and to cross-validate on, few enough to climb in a fraction of a second. */
    private static final int ROWS = 600;

    private final WorkbenchViewModel model;
    private final Pane hidden;
    private final CancellationToken cancel = new CancellationToken();
    private final Deque<View> views = new ArrayDeque<>();
    private final CompletableFuture<Boolean> finished = new CompletableFuture<>();
    private CompletableFuture<Rehearsed> rehearsed;
    private Node shown;
    private boolean climbed;
    private long pulses;
    /** Pulses since work last ran. */
    private int quiet;

    private Rehearsal(WorkbenchViewModel model, Pane hidden) {
        this.model = model;
        this.hidden = hidden;
    }

    /**
     * Rehearses in {@code hidden}, a pane in the shown window's scene that is never shown.
     *
     * @return completed once the rehearsal has dropped its views: true when it ran to its end, false when it could
     *         not climb
     */
    static CompletionStage<Boolean> start(WorkbenchViewModel model, Pane hidden) {
        Rehearsal rehearsal = new Rehearsal(model, hidden);
        rehearsal.start();
        return rehearsal.finished;
    }

    @Override
    public void handle(long now) {
        if (model.runner().busyProperty().get()) {
            quiet = 0;
            return;
        }
        if (quiet < QUIET_PULSES) {
            quiet++;
            return;
        }
        pulses++;
        if (rehearsed == null) {
            rehearsed = CompletableFuture.supplyAsync(this::climb, Rehearsal::runInBackground);
        }
        if (!rehearsed.isDone() || pulses % PULSES_PER_VIEW != 0) {
            return;
        }
        if (!climbed) {
            climbed = true;
            Rehearsed result = rehearsed.getNow(null);
            if (result == null) {
                finish(false);
                return;
            }
            views.addAll(result.views());
        }
        hidden.getChildren().remove(shown);
        shown = null;
        if (model.dataset().datasetProperty().get() != null) {
            views.removeIf(View::table);
        }
        if (views.isEmpty()) {
            finish(true);
            return;
        }
        shown = views.poll().build().get();
        hidden.getChildren().add(shown);
    }

    private void finish(boolean rehearsedAll) {
        stop();
        cancel.cancel();
        hidden.getChildren().remove(shown);
        shown = null;
        views.clear();
        finished.complete(rehearsedAll);
    }

    private static void runInBackground(Runnable work) {
        Thread thread = new Thread(work, "rehearsal");
        thread.setDaemon(true);
        thread.start();
    }

    /** Loads, profiles and climbs the sample's first rows; null when stopped or when anything failed. */
    private Rehearsed climb() {
        try {
            Path directory = Files.createTempDirectory("ladderbench-rehearsal");
            Path file = directory.resolve("readmission.csv");
            try {
                Files.writeString(file, firstLines(), StandardCharsets.UTF_8);
                Dataset dataset = DatasetLoader.csv().load(file, CsvReadOptions.defaults(), ProgressListener.NONE, cancel)
                        .dataset();
                List<ColumnProfile> profiles = ColumnProfiler.profile(dataset, ProgressListener.NONE, cancel);
                List<RungResult> rungs = Ladder.climbAll(new LadderRequest(dataset, Samples.TARGET, Optional.empty(),
                        Set.of(), LadderSettings.defaults()), ProgressListener.NONE, cancel).rungs();
                return new Rehearsed(dataset, profiles, rungs);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(directory);
            }
        } catch (CancelledException e) {
            return null;
        } catch (IOException | InvalidInputException | RuntimeException e) {
            // Nothing a person asked for is lost: the first file is only slower to show.
            LOG.warn("The start-up rehearsal did not run", e);
            return null;
        }
    }

    private static String firstLines() {
        String sample = new String(Samples.byId("readmission").orElseThrow().generate().get(0).bytes(),
                StandardCharsets.UTF_8);
        return sample.lines().limit(ROWS + 1).collect(Collectors.joining("\n", "", "\n"));
    }

    /** A view to rehearse; a table is the preview or the column list, which a shown file has rehearsed already. */
    private record View(boolean table, Supplier<Node> build) {
    }

    private record Rehearsed(Dataset dataset, List<ColumnProfile> profiles, List<RungResult> rungs) {

        /** The views a first file brings, in the order a person meets them. */
        List<View> views() {
            double leakage = LadderSettings.defaults().thresholds().leakageAuc();
            List<View> views = new ArrayList<>();
            views.add(new View(true, () -> new DataPreview(dataset)));
            views.add(new View(true, () -> {
                ObservableList<ColumnRow> rows = FXCollections.observableArrayList();
                ColumnTable columns = new ColumnTable(rows);
                rows.setAll(profiles.stream().map(ColumnRow::new).toList()); // as a file's come: a few a frame
                return columns;
            }));
            for (RungResult rung : rungs) {
                views.add(new View(false, () -> RungView.figures(rung, leakage).orElseThrow()));
            }
            return views;
        }
    }
}
