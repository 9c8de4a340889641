package dev.ladderbench.app;

import dev.ladderbench.app.ladder.RungClimber;
import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** A rung that runs out of memory says so in one sentence, lets go of what it had built, and can run again. */
class OutOfMemoryRungTest extends WindowTest {

    @TempDir
    Path settings;

    /** Fills a partial result, then runs out of memory, on its first forest only; the fixtures otherwise. */
    private static final class ExhaustingClimber implements RungClimber {
        final FakeClimber fixtures = FakeClimber.passing();
        final AtomicBoolean exhausted = new AtomicBoolean();
        final AtomicReference<WeakReference<long[]>> partial = new AtomicReference<>();

        @Override
        public RungResult climb(RungId rung, dev.ladderbench.core.ladder.LadderRequest request,
                                java.util.Map<RungId, RungResult> below, dev.ladderbench.core.ProgressListener progress,
                                dev.ladderbench.core.CancellationToken cancel) {
            if (rung == RungId.FOREST && exhausted.compareAndSet(false, true)) {
                long[] trees = new long[16 << 20]; // 128 MB of half-grown forest
                partial.set(new WeakReference<>(trees));
                throw new OutOfMemoryError("Java heap space");
            }
            return fixtures.climb(rung, request, below, progress, cancel);
        }
    }

    @Test
    void aRungOutOfMemoryIsReportedWithTheHeapNeededAndTheNextRunWorks(FxRobot robot) throws Exception {
        ExhaustingClimber climber = new ExhaustingClimber();
        WorkbenchViewModel model = WorkbenchOnCredit.show(robot, stage, settings, climber);
        for (RungId rung : new RungId[] {RungId.SANITY, RungId.BASELINE, RungId.LINEAR}) {
            robot.interact(() -> model.ladder().run(rung));
            waitUntil(() -> model.ladder().rung(rung).state() == RungState.DONE && !model.runner().busyProperty().get());
        }

        robot.interact(() -> model.ladder().select(Step.FOREST));
        robot.clickOn("#run-" + RungId.FOREST.id());
        waitUntil(() -> !model.ladder().rung(RungId.FOREST).problemProperty().get().isEmpty());

        String sentence = robot.lookup("#problem-forest").queryAs(Label.class).getText();
        assertThat(sentence).startsWith("3 Forest ran out of memory on 1,000 rows and 21 columns: Java may use at most ")
                .contains("(-Xmx) and this needs about ", "java -Xmx");
        assertThat(model.ladder().rung(RungId.FOREST).state()).isEqualTo(RungState.NOT_RUN);
        assertThat(model.runner().busyProperty().get()).isFalse();
        Screenshots.write(stage.getScene(), "out-of-memory");
        waitUntil(() -> {
            System.gc();
            return climber.partial.get().get() == null; // nothing kept the partial result alive
        });

        robot.clickOn("#run-" + RungId.FOREST.id());
        waitUntil(() -> model.ladder().rung(RungId.FOREST).state() == RungState.DONE && !model.runner().busyProperty().get());
        assertThat(model.ladder().rung(RungId.FOREST).problemProperty().get()).isEmpty();
    }
}
