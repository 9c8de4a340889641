package dev.ladderbench.app;

import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.core.ladder.RungId;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Measures how long the FX thread goes without a pulse while the real window opens a file and climbs
 * rungs 0 to 3 on it: the longest gap between two animation pulses is the worst freeze a person would
 * see. A benchmark, not a test (Surefire does not run it):
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1000-32 \
 *      -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.ladderbench.app.FxResponsivenessBenchmark FILE.csv
 * </pre>
 */
public final class FxResponsivenessBenchmark {

    private static final long NANOS_PER_MS = 1_000_000L;

    private long lastPulse;
    private long worstGap;
    private long gapsOver100ms;
    private long pulses;

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        new FxResponsivenessBenchmark().run(file);
        Platform.exit();
    }

    private void run(Path file) throws Exception {
        long windowStart = System.nanoTime();
        Platform.startup(() -> { });
        Path settings = Files.createTempDirectory("ladderbench-bench");
        WorkbenchViewModel model = onFx(() -> {
            WorkbenchWindow.applyTheme();
            WorkbenchViewModel m = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(), RecentFiles.in(settings));
            new WorkbenchWindow(new Stage(), m).show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (lastPulse != 0) {
                        long gap = now - lastPulse;
                        worstGap = Math.max(worstGap, gap);
                        gapsOver100ms += gap > 100 * NANOS_PER_MS ? 1 : 0;
                    }
                    lastPulse = now;
                    pulses++;
                }
            }.start();
            return m;
        });

        // The first window's CSS and layout come in its first pulses: reported apart, so that the figure
        // for opening the file is the file's own.
        waitFor(() -> pulses >= 3);
        report("first window", windowStart);
        resetGaps();
        long start = System.nanoTime();
        onFx(() -> { model.open(file); return null; });
        waitFor(() -> !model.runner().busyProperty().get() && model.dataset().datasetProperty().get() != null
                && !model.dataset().taskProperty().get().isEmpty());
        report("open " + file.getFileName(), start);

        for (RungId rung : RungId.values()) {
            resetGaps();
            long rungStart = System.nanoTime();
            onFx(() -> {
                if (!model.ladder().rung(rung).unlockedProperty().get()) {
                    model.ladder().continueAnyway();
                }
                model.ladder().run(rung);
                return null;
            });
            waitFor(() -> model.ladder().rung(rung).state() == RungState.DONE);
            report(rung.label(), rungStart);
        }
    }

    private void resetGaps() throws Exception {
        onFx(() -> {
            worstGap = 0;
            gapsOver100ms = 0;
            lastPulse = 0;
            return null;
        });
    }

    private void report(String what, long start) throws Exception {
        long[] figures = onFx(() -> new long[]{worstGap, gapsOver100ms});
        System.out.printf(Locale.ROOT, "%-28s %8.2f s   longest FX pulse gap %6.1f ms   gaps over 100 ms: %d%n",
                what, (System.nanoTime() - start) / 1e9, figures[0] / (double) NANOS_PER_MS, figures[1]);
    }

    private static void waitFor(Supplier<Boolean> condition) throws Exception {
        while (!onFx(condition::get)) {
            TimeUnit.MILLISECONDS.sleep(50); // polling from the benchmark's own thread, never the FX thread
        }
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.MINUTES);
    }
}
