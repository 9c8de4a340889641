package dev.ladderbench.app;

import dev.ladderbench.app.ladder.RungClimber;
import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

/**
 * Answers each rung with a scripted result; a rung marked slow reports progress until it is cancelled.
 * Records the requests it was given.
 */
final class FakeClimber implements RungClimber {

    private final Map<RungId, RungResult> results = new EnumMap<>(RungId.class);
    private final Set<RungId> slow;
    final List<LadderRequest> requests = new CopyOnWriteArrayList<>();
    final CountDownLatch slowStopped = new CountDownLatch(1);

    FakeClimber(RungResult sanity, Set<RungId> slow) {
        this.slow = Set.copyOf(slow);
        results.put(RungId.SANITY, sanity);
        results.put(RungId.BASELINE, LadderFixtures.baseline());
        results.put(RungId.LINEAR, LadderFixtures.linear());
        results.put(RungId.FOREST, LadderFixtures.forest());
    }

    /** Answers {@code rung} with {@code result} instead of the fixture's (e.g. a model rung with real predictions). */
    FakeClimber with(RungId rung, RungResult result) {
        results.put(rung, result);
        return this;
    }

    static FakeClimber passing() {
        return new FakeClimber(LadderFixtures.sanity(false), Set.of());
    }

    @Override
    public RungResult climb(RungId rung, LadderRequest request, Map<RungId, RungResult> below,
                            ProgressListener progress, CancellationToken cancel) {
        requests.add(request);
        if (slow.contains(rung)) {
            try {
                for (int fold = 1; ; fold++) {
                    cancel.throwIfCancelled();
                    progress.progress(Math.min(0.95, fold / 10_000.0), "Fold " + (1 + fold / 2000) + " of 5");
                    LockSupport.parkNanos(1_000_000);
                }
            } finally {
                slowStopped.countDown();
            }
        }
        progress.progress(1, rung.label() + " done");
        return results.get(rung);
    }
}
