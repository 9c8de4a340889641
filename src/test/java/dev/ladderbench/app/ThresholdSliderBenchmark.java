package dev.ladderbench.app;

import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.analysis.Predictions;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.TargetAnalyzer;
import dev.ladderbench.core.eval.FoldScores;
import dev.ladderbench.core.ladder.ModelFigures;
import dev.ladderbench.core.ladder.ModelRows;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;
import dev.ladderbench.core.ladder.RungStatus;
import dev.ladderbench.core.model.ModelData;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * How long one threshold slider step keeps the FX thread busy on 100,000 rows, in the real window on the
 * Threshold step (the target: under one frame, 16 ms). Each step sets the slider and then either
 * lays the scene out (CSS + layout: the FX thread's own work for the step) or snapshots the whole scene
 * (CSS + layout + software rendering of every node: an upper bound on a redraw); a snapshot with nothing
 * changed gives the cost of drawing the window at all. The analysis each step starts in the background
 * lands between steps; the longest gap between pulses while stepping shows whether its arrival stalls.
 * A benchmark, not a test (Surefire does not run it):
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1000-32 \
 *      -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.ladderbench.app.ThresholdSliderBenchmark [rows] [steps]
 * </pre>
 */
public final class ThresholdSliderBenchmark {

    private static final int FEATURES = 10;

    private long lastPulse;
    private long worstGap;

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        new ThresholdSliderBenchmark().run(rows, steps);
        Platform.exit();
    }

    private void run(int rows, int steps) throws Exception {
        Path directory = Files.createTempDirectory("ladderbench-slider");
        Path file = directory.resolve("synthetic.csv");
        SplittableRandom random = new SplittableRandom(42);
        write(file, rows, random);
        Dataset dataset = DatasetLoader.csv().load(file, CsvReadOptions.defaults(), ProgressListener.NONE,
                CancellationToken.none()).dataset();
        RungResult forest = forest(dataset, random);

        Platform.startup(() -> { });
        Stage[] stage = new Stage[1];
        WorkbenchViewModel model = onFx(() -> {
            WorkbenchWindow.applyTheme();
            WorkbenchViewModel m = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                    RecentFiles.in(directory), FakeClimber.passing().with(RungId.FOREST, forest));
            stage[0] = new Stage();
            new WorkbenchWindow(stage[0], m).show();
            return m;
        });
        onFx(() -> { model.open(file); return null; });
        waitFor(() -> !model.runner().busyProperty().get() && model.dataset().datasetProperty().get() != null
                && !model.dataset().taskProperty().get().isEmpty());
        onFx(() -> { model.dataset().targetProperty().set("y"); return null; });
        for (RungId rung : RungId.values()) {
            onFx(() -> {
                if (!model.ladder().rung(rung).unlockedProperty().get()) {
                    model.ladder().continueAnyway();
                }
                model.ladder().run(rung);
                return null;
            });
            waitFor(() -> model.ladder().rung(rung).state() == RungState.DONE && !model.runner().busyProperty().get());
        }
        onFx(() -> model.ladder().select(Step.THRESHOLD));
        waitFor(() -> model.errors().analysisProperty().get() != null);
        Scene scene = stage[0].getScene();
        Slider slider = onFx(() -> (Slider) scene.lookup("#threshold-slider"));

        onFx(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (lastPulse != 0) {
                    worstGap = Math.max(worstGap, now - lastPulse);
                }
                lastPulse = now;
            }
        }).start();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] layout = new double[steps];
        double[] layoutCpu = new double[steps];
        double[] listenersCpu = new double[steps];
        double[] cssCpu = new double[steps];
        double[] redraw = new double[steps];
        double[] still = new double[steps];
        for (int step = 0; step < steps; step++) {
            double value = 0.2 + 0.6 * step / steps;
            double[] timed = onFx(() -> {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                slider.setValue(value);
                long listened = threads.getCurrentThreadCpuTime();
                scene.getRoot().applyCss();
                long styled = threads.getCurrentThreadCpuTime();
                scene.getRoot().layout();
                return new double[]{(System.nanoTime() - start) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6,
                        (listened - cpu) / 1e6, (styled - listened) / 1e6};
            });
            layout[step] = timed[0];
            layoutCpu[step] = timed[1];
            listenersCpu[step] = timed[2];
            cssCpu[step] = timed[3];
            redraw[step] = onFx(() -> {
                long start = System.nanoTime();
                slider.setValue(value + 0.3 / steps);
                scene.snapshot(null);
                return (System.nanoTime() - start) / 1e6;
            });
            still[step] = onFx(() -> {
                long start = System.nanoTime();
                scene.snapshot(null);
                return (System.nanoTime() - start) / 1e6;
            });
        }
        waitFor(() -> model.errors().analysisProperty().get().threshold() == model.errors().thresholdProperty().get());
        long gap = onFx(() -> worstGap);
        System.out.printf(Locale.ROOT, "%,d rows, %d slider steps on the Threshold step (median / 95th percentile / max):%n",
                rows, steps);
        print("step + CSS + layout (wall)", layout);
        print("step + CSS + layout (FX thread CPU)", layoutCpu);
        print("  of which the step's listeners (CPU)", listenersCpu);
        print("  of which CSS (CPU)", cssCpu);
        print("step + full scene snapshot", redraw);
        print("scene snapshot, nothing changed", still);
        System.out.printf(Locale.ROOT, "longest gap between pulses while stepping: %.1f ms%n", gap / 1e6);
    }

    private static void print(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-38s %6.2f ms  %6.2f ms  %6.2f ms%n", what, sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.95)], sorted[sorted.length - 1]);
    }

    /** Numeric features and a yes/no label, 30 % yes. */
    private static void write(Path file, int rows, SplittableRandom random) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            StringBuilder header = new StringBuilder();
            for (int f = 0; f < FEATURES; f++) {
                header.append('x').append(f).append(',');
            }
            out.write(header.append("y\n").toString());
            for (int r = 0; r < rows; r++) {
                StringBuilder line = new StringBuilder();
                for (int f = 0; f < FEATURES; f++) {
                    line.append(String.format(Locale.ROOT, "%.4f", random.nextDouble())).append(',');
                }
                out.write(line.append(random.nextDouble() < 0.3 ? "yes" : "no").append('\n').toString());
            }
        }
    }

    /** A forest rung whose out-of-fold scores separate the classes loosely, rounded to 1/100 as vote shares are. */
    private static RungResult forest(Dataset dataset, SplittableRandom random) throws Exception {
        String positive = TargetAnalyzer.summarize(dataset, "y").defaultPositive();
        ModelData data = ModelData.of(dataset, "y", positive, Set.of());
        int[] y = data.y();
        double[] p = IntStream.range(0, y.length).mapToDouble(i -> Math.round(100 * (0.25 * y[i]
                + 0.75 * random.nextDouble())) / 100.0).toArray();
        Predictions predictions = Predictions.of(y, p, data.datasetRows(IntStream.range(0, y.length).toArray()));
        FoldScores scores = FoldScores.of(new double[]{0.7, 0.7});
        return new RungResult(RungId.FOREST, RungStatus.PASS, 1, List.of(), Optional.empty(),
                Optional.of(new ModelFigures("random forest", scores, scores, scores, 0.3, 0.5, 1, List.of(), 2,
                        Optional.of(predictions), ModelRows.all(predictions.size(), 42))), Optional.empty());
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        while (!onFx(condition::getAsBoolean)) {
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
