package dev.ladderbench.app;

import dev.ladderbench.app.drift.DriftView;
import dev.ladderbench.app.drift.DriftViewModel;
import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.LoadResult;
import dev.ladderbench.core.drift.DriftFiles;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static dev.ladderbench.app.FxConditions.openAndWaitForTheLadder;
import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** A drift comparison that runs out of memory says so in one sentence, lets go of what it read, and can run again. */
class DriftOutOfMemoryTest extends WindowTest {

    @TempDir
    Path dir;

    /** Reads files as usual, but the first production file fills a partial result and runs out of memory. */
    private static final class ExhaustingLoader implements DatasetLoader {
        final DatasetLoader csv = DatasetLoader.csv();
        final AtomicBoolean exhausted = new AtomicBoolean();
        final AtomicReference<WeakReference<long[]>> partial = new AtomicReference<>();

        @Override
        public LoadResult load(Path file, CsvReadOptions options, ProgressListener progress, CancellationToken cancel)
                throws InvalidInputException {
            if (file.getFileName().toString().startsWith("production") && exhausted.compareAndSet(false, true)) {
                long[] rows = new long[16 << 20]; // 128 MB of half-read production file
                partial.set(new WeakReference<>(rows));
                throw new OutOfMemoryError("Java heap space");
            }
            return csv.load(file, options, progress, cancel);
        }
    }

    @Test
    void aComparisonOutOfMemoryIsReportedWithTheHeapNeededAndTheNextRunWorks(FxRobot robot) throws Exception {
        Path training = DriftFiles.training(dir, 1000);
        Path production = DriftFiles.production(dir, 1000, DriftFiles.Production.SAME);
        ExhaustingLoader loader = new ExhaustingLoader();
        WorkbenchViewModel workbench = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                RecentFiles.in(dir.resolve("settings")));
        openAndWaitForTheLadder(robot, workbench, training);
        DriftViewModel[] drift = new DriftViewModel[1];
        robot.interact(() -> {
            drift[0] = new DriftViewModel(workbench.dataset(), loader, workbench.runner(),
                    workbench.ladder()::settings);
            Scene scene = new Scene(new DriftView(drift[0]), 1280, 900);
            scene.getStylesheets().add(WorkbenchWindow.class.getResource("workbench.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });

        robot.interact(() -> drift[0].compare(production));
        waitUntil(() -> !drift[0].comparingProperty().get() && drift[0].messageProperty().get().contains("memory"));

        assertThat(robot.lookup("#drift-message").queryAs(Label.class).getText())
                .startsWith("Comparing production-same.csv ran out of memory on 1,000 rows and 7 columns: Java may use"
                        + " at most ").contains("(-Xmx) and this needs about ", "java -Xmx");
        assertThat(drift[0].resultProperty().get()).isNull();
        waitUntil(() -> {
            System.gc();
            return loader.partial.get().get() == null; // nothing kept the partial result alive
        });

        robot.interact(() -> drift[0].compareAgain());
        waitUntil(() -> drift[0].resultProperty().get() != null);
        assertThat(drift[0].messageProperty().get()).doesNotContain("memory");
    }
}
