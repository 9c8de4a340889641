package dev.ladderbench.app;

import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.cli.LadderbenchCommand;
import dev.ladderbench.core.LogFiles;
import dev.ladderbench.core.bench.SyntheticCsv;
import dev.ladderbench.core.ladder.RungId;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Measures how long the FX thread goes without a pulse while the real window starts, rehearses a first file
 * while idle (as the application does, see {@link Rehearsal}; the benchmark waits for it to end, as a person
 * choosing a file gives it time to), opens a file and climbs rungs 0 to 3 on it, each rung's step shown as a
 * person would see it: the longest gap between two animation pulses is the worst freeze a person would see. Beside the wall-clock gaps it gives the FX
 * thread's own CPU time in the worst gap and the most CPU it spent between any two pulses: on a shared
 * machine the wall gaps include time the thread waited for a core, which its CPU time does not (a busy
 * machine still inflates it somewhat, the JIT compiler getting less time). A benchmark, not a test
 * (Surefire does not run it); one file per run, so that every run starts as cold as a person's:
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1000-32 \
 *      -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.ladderbench.app.FxResponsivenessBenchmark \
 *      [--open-only] [--open-twice] [--open-at-launch | --no-rehearsal] [--snapshots] [--frames] FILE.csv | synthetic:1000000x20
 * </pre>
 *
 * {@code synthetic:ROWSxCOLUMNS} writes the bench command's synthetic file to a temporary folder first.
 * {@code --open-only} stops after opening (a million rows' rungs take minutes); {@code --open-twice} opens the
 * file a second time, warm, as a person opening the next file would; {@code --open-at-launch} opens the file at
 * once, as one given on the command line is, then waits for the rehearsal (the rungs' figures only, then) before
 * climbing, as a person reading the data gives it time to; {@code --no-rehearsal} starts none, so that every
 * first view is cold; {@code --snapshots} writes a
 * PNG of the window after each phase to target/screenshots, to look at; {@code --frames} lists every frame of
 * each phase: the FX thread's CPU, the wall time, the CPU of the scene's CSS and layout pass in it and (on Linux)
 * the FX thread's wait for a core, then the threads that ran longest in the phase (see {@link ThreadSchedule}).
 */
public final class FxResponsivenessBenchmark {

    private static final long NANOS_PER_MS = 1_000_000L;
    private static final Pattern SYNTHETIC = Pattern.compile("synthetic:(\\d+)x(\\d+)");
    /** Pulses waited for after a phase's condition holds, so that the layout and CSS it triggers (the preview's columns
     * arriving over several frames among them) are counted in it. */
    private static final int SETTLING_PULSES = 20;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<String> rows = new ArrayList<>();
    private final boolean snapshots;
    private final boolean frames;
    private final boolean openTwice;
    private final boolean rehearse;
    private final boolean openAtLaunch;
    // Written and read on the FX thread only.
    private final List<long[]> gaps = new ArrayList<>();
    private long lastPulse;
    private long lastCpu;
    private ThreadSchedule lastSchedule = ThreadSchedule.NONE;
    private Map<String, ThreadSchedule> threadsAtPhaseStart = Map.of();
    private long scenePassStart;
    private long scenePassCpu;
    private long pulses;
    private long firstFrame;
    private long cpuAtFirstFrame;
    private Stage stage;
    private CompletableFuture<Boolean> rehearsal;

    private FxResponsivenessBenchmark(boolean snapshots, boolean frames, boolean openTwice, boolean rehearse,
                                      boolean openAtLaunch) {
        this.snapshots = snapshots;
        this.frames = frames;
        this.openTwice = openTwice;
        this.rehearse = rehearse;
        this.openAtLaunch = openAtLaunch;
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        String source = arguments.get(arguments.size() - 1);
        new FxResponsivenessBenchmark(arguments.contains("--snapshots"), arguments.contains("--frames"),
                arguments.contains("--open-twice"), !arguments.contains("--no-rehearsal"),
                arguments.contains("--open-at-launch"))
                .run(source, arguments.contains("--open-only"));
        Platform.exit();
    }

    private void run(String source, boolean openOnly) throws Exception {
        long launched = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path temporary = Files.createTempDirectory("ladderbench-bench");
        System.setProperty(LogFiles.DIRECTORY_PROPERTY, temporary.resolve("logs").toString());
        // The path the jar takes: logging, the command line, then the window, as WorkbenchApp opens it.
        LogFiles.install();
        CompletableFuture<WorkbenchViewModel> opened = new CompletableFuture<>();
        LadderbenchCommand.execute(new String[0], file -> Platform.startup(() -> {
            WorkbenchWindow.applyTheme();
            WorkbenchViewModel m = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                    RecentFiles.in(temporary));
            stage = new Stage();
            WorkbenchWindow window = new WorkbenchWindow(stage, m);
            window.show();
            if (rehearse) {
                rehearsal = window.rehearseFirstFile().toCompletableFuture();
            }
            startPulseTimer();
            // The scene's CSS and layout pass of each pulse, apart from the events and timers run before it.
            stage.getScene().addPreLayoutPulseListener(() -> scenePassStart = threads.getCurrentThreadCpuTime());
            stage.getScene().addPostLayoutPulseListener(() -> scenePassCpu += threads.getCurrentThreadCpuTime() - scenePassStart);
            opened.complete(m);
        }));
        WorkbenchViewModel model = opened.get(1, TimeUnit.MINUTES);
        // The first pulse lays out and paints the window; the second starts once it has been handed to the screen.
        waitFor(() -> pulses >= 2);
        long shownAt = onFx(() -> firstFrame);
        long cpuToShow = onFx(() -> cpuAtFirstFrame);
        System.out.printf(Locale.ROOT, "launch to first frame: %d ms (JVM start to the second pulse after show),"
                + " process CPU %.2f s by then%n", shownAt - launched, cpuToShow / 1e9);
        waitFor(() -> pulses >= 10);
        phase("first window", System.nanoTime());
        if (rehearse && !openAtLaunch) {
            awaitRehearsal("rehearsal");
        }

        Path file = file(source, temporary);
        System.out.printf(Locale.ROOT, "%s, %d bytes; %d cores, load average %.2f%n", file.getFileName(), Files.size(file),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long cpuBefore = processCpu();
        long wallBefore = System.nanoTime();
        open(model, file, "open ");
        if (rehearse && openAtLaunch) {
            awaitRehearsal("rehearsal after the file");
        }
        if (openTwice) {
            open(model, file, "open again ");
        }

        if (!openOnly) {
            for (RungId rung : RungId.values()) {
                resetGaps();
                long shown = System.nanoTime();
                onFx(() -> {
                    if (!model.ladder().rung(rung).unlockedProperty().get()) {
                        model.ladder().continueAnyway(); // climbs past the rung below's fail findings, as a person may
                    }
                    model.ladder().select(Step.of(rung));
                    return null;
                });
                settle();
                phase("show " + rung.label() + " step", shown);
                resetGaps();
                long rungStart = System.nanoTime();
                onFx(() -> {
                    model.ladder().run(rung);
                    return null;
                });
                waitFor(() -> model.ladder().rung(rung).state() == RungState.DONE && !model.runner().busyProperty().get());
                settle();
                phase(rung.label() + " results", rungStart);
            }
        }
        System.out.printf(Locale.ROOT, "%n%-30s %8s %7s %12s %12s %16s %14s %12s%n", "phase", "wall s", "pulses",
                "max gap ms", "p95 gap ms", "FX CPU in max", "max FX CPU ms", "gaps >100ms");
        rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%nprocess CPU %.1f s over %.1f s wall after the window; load average %.2f%n",
                (processCpu() - cpuBefore) / 1e9, (System.nanoTime() - wallBefore) / 1e9,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private void awaitRehearsal(String phase) throws Exception {
        resetGaps();
        long rehearsing = System.nanoTime();
        boolean rehearsed = rehearsal.get(1, TimeUnit.MINUTES);
        settle();
        phase(rehearsed ? phase : phase + " (could not climb)", rehearsing);
    }

    private void open(WorkbenchViewModel model, Path file, String phase) throws Exception {
        resetGaps();
        long start = System.nanoTime();
        onFx(() -> {
            model.open(file);
            return null;
        });
        waitFor(() -> !model.runner().busyProperty().get() && model.dataset().datasetProperty().get() != null
                && !model.dataset().taskProperty().get().isEmpty());
        settle();
        phase(phase + file.getFileName(), start);
    }

    private void startPulseTimer() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                long cpu = threads.getCurrentThreadCpuTime();
                ThreadSchedule schedule = frames ? ThreadSchedule.ofCurrentThread() : ThreadSchedule.NONE;
                if (lastPulse != 0) {
                    gaps.add(new long[]{now - lastPulse, cpu - lastCpu, scenePassCpu,
                            schedule.minus(lastSchedule).waitNanos()});
                }
                lastPulse = now;
                lastCpu = cpu;
                lastSchedule = schedule;
                scenePassCpu = 0;
                pulses++;
                if (pulses == 2) {
                    firstFrame = System.currentTimeMillis();
                    cpuAtFirstFrame = processCpu();
                }
            }
        }.start();
    }

    private static Path file(String source, Path temporary) throws Exception {
        Matcher synthetic = SYNTHETIC.matcher(source);
        if (!synthetic.matches()) {
            return Path.of(source);
        }
        Path file = temporary.resolve("synthetic-" + synthetic.group(1) + "x" + synthetic.group(2) + ".csv");
        SyntheticCsv.write(file, Integer.parseInt(synthetic.group(1)), Integer.parseInt(synthetic.group(2)), 0.02, 42);
        return file;
    }

    private void settle() throws Exception {
        long target = onFx(() -> pulses) + SETTLING_PULSES;
        waitFor(() -> pulses >= target);
    }

    private void resetGaps() throws Exception {
        onFx(() -> {
            gaps.clear();
            lastPulse = 0;
            if (frames) {
                threadsAtPhaseStart = ThreadSchedule.ofAllThreads();
            }
            return null;
        });
    }

    private void phase(String what, long start) throws Exception {
        List<long[]> measured = onFx(() -> List.copyOf(gaps));
        long[] walls = measured.stream().mapToLong(gap -> gap[0]).sorted().toArray();
        long[] worst = measured.stream().max((a, b) -> Long.compare(a[0], b[0])).orElse(new long[4]);
        long p95 = walls.length == 0 ? 0 : walls[(int) Math.ceil(walls.length * 0.95) - 1];
        if (frames) {
            System.out.println(what + ", each frame's FX CPU / wall / CSS and layout CPU / FX wait for a core, ms: "
                    + measured.stream().map(gap -> gap[1] / NANOS_PER_MS + "/" + gap[0] / NANOS_PER_MS + "/"
                    + gap[2] / NANOS_PER_MS + "/" + gap[3] / NANOS_PER_MS).toList());
            System.out.println("  busiest threads in it, ms on a core (waiting for one): " + busiestThreads());
        }
        long busiest = measured.stream().mapToLong(gap -> gap[1]).max().orElse(0);
        long over = Arrays.stream(walls).filter(gap -> gap > 100 * NANOS_PER_MS).count();
        rows.add(String.format(Locale.ROOT, "%-30s %8.2f %7d %12.1f %12.1f %16.1f %14.1f %12d", what,
                (System.nanoTime() - start) / 1e9, walls.length, worst[0] / (double) NANOS_PER_MS,
                p95 / (double) NANOS_PER_MS, worst[1] / (double) NANOS_PER_MS, busiest / (double) NANOS_PER_MS, over));
        if (snapshots) {
            Screenshots.write(stage.getScene(), "fx-bench-" + what.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT));
        }
    }

    /** The six threads that ran longest since the phase started. */
    private String busiestThreads() {
        Map<String, ThreadSchedule> now = ThreadSchedule.ofAllThreads();
        return now.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().minus(threadsAtPhaseStart.getOrDefault(e.getKey(), ThreadSchedule.NONE))))
                .sorted((a, b) -> Long.compare(b.getValue().runNanos(), a.getValue().runNanos()))
                .limit(6)
                .map(e -> String.format(Locale.ROOT, "%s %d (%d)", e.getKey(), e.getValue().runNanos() / NANOS_PER_MS,
                        e.getValue().waitNanos() / NANOS_PER_MS))
                .collect(Collectors.joining(", "));
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void waitFor(Supplier<Boolean> condition) throws Exception {
        while (!onFx(condition::get)) {
            TimeUnit.MILLISECONDS.sleep(20); // polling from the benchmark's own thread, never the FX thread
        }
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) { // an Error too, or the benchmark would wait for ever
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.MINUTES);
    }
}
