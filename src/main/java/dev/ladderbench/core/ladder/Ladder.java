package dev.ladderbench.core.ladder;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.analysis.ErrorReport;
import dev.ladderbench.core.data.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Climbs the ladder: one rung at a time (the wizard) or all of them (the command line). */
public final class Ladder {

    private static final Logger LOG = LoggerFactory.getLogger(Ladder.class);

    /**
     * Each rung's share of a whole climb's progress bar, roughly its share of the work on typical data: the
     * forest dominates, the dummy costs nothing.
     */
    private static final Map<RungId, Double> WORK_SHARE = Map.of(RungId.SANITY, 0.15, RungId.BASELINE, 0.05,
            RungId.LINEAR, 0.2, RungId.FOREST, 0.6);

    static final String REGRESSION_SKIP = "The target is continuous (a regression task), so the classification"
            + " rungs do not apply.";

    private Ladder() {
    }

    /**
     * Runs one rung.
     *
     * @param below the results of the rungs under it that have run (rung 2 needs rung 1's AUC for
     *              {@code no-signal}, rung 3 needs rung 2's for {@code forest-worse-than-linear})
     * @throws InvalidInputException when the target cannot be used (no such column, one class)
     */
    public static RungResult climb(RungId rung, LadderRequest request, Map<RungId, RungResult> below,
                                   ProgressListener progress, CancellationToken cancel) throws InvalidInputException {
        cancel.throwIfCancelled();
        return climb(rung, Problem.of(request), below, RungProgress.of(progress, rung), cancel);
    }

    /** Runs every rung, bottom first; a rung that cannot run (e.g. a regression target) skips the rest. */
    public static LadderResult climbAll(LadderRequest request, ProgressListener progress, CancellationToken cancel)
            throws InvalidInputException {
        cancel.throwIfCancelled();
        String sha256 = sha256(request);
        Problem problem = Problem.of(request);
        Map<RungId, RungResult> below = new EnumMap<>(RungId.class);
        List<RungResult> rungs = new ArrayList<>();
        double done = 0;
        for (RungId rung : RungId.values()) {
            cancel.throwIfCancelled();
            double share = WORK_SHARE.get(rung);
            RungProgress span = RungProgress.of(progress, rung).scaled(done, done + share);
            RungResult result = climb(rung, problem, below, span, cancel);
            below.put(rung, result);
            rungs.add(result);
            done += share;
        }
        progress.progress(1, "Ladder climbed");
        return result(problem, sha256, rungs, Set.of(), Optional.empty());
    }

    /**
     * The climb of {@code rungs} on {@code request} as a report shows it, e.g. the rungs the wizard has current
     * results for: hashes the data file (so call it off the FX thread) and resolves the task and positive class
     * as a climb does.
     *
     * @throws InvalidInputException when the file can no longer be read or the target no longer fits
     */
    public static LadderResult result(LadderRequest request, List<RungResult> rungs, Set<RungId> overridden,
                                      Optional<ErrorReport> errors) throws InvalidInputException {
        return result(Problem.of(request), sha256(request), rungs, overridden, errors);
    }

    private static LadderResult result(Problem problem, String sha256, List<RungResult> rungs, Set<RungId> overridden,
                                       Optional<ErrorReport> errors) {
        var target = problem.target();
        return new LadderResult(problem.request(), sha256, target.task(), problem.positiveLabel(),
                target.classCounts(), rungs, overridden, errors);
    }

    private static RungResult climb(RungId rung, Problem problem, Map<RungId, RungResult> below,
                                    RungProgress progress, CancellationToken cancel) {
        if (rung != RungId.SANITY && problem.regression()) {
            return RungResults.skipped(rung, REGRESSION_SKIP);
        }
        double baseline = meanRocAuc(below, RungId.BASELINE).orElse(BaselineRung.DUMMY_ROC_AUC);
        RungResult result = switch (rung) {
            case SANITY -> SanityRung.climb(problem, progress, cancel);
            case BASELINE -> BaselineRung.climb(problem, progress, cancel);
            case LINEAR -> LinearRung.climb(problem, baseline, progress, cancel);
            case FOREST -> ForestRung.climb(problem, baseline, meanRocAuc(below, RungId.LINEAR), progress, cancel);
        };
        LOG.debug("Rung {} on {}: {} in {} s", rung.id(), problem.request().dataset().name(), result.status().id(),
                result.seconds());
        return result;
    }

    private static OptionalDouble meanRocAuc(Map<RungId, RungResult> below, RungId rung) {
        return Optional.ofNullable(below.get(rung)).flatMap(RungResult::model)
                .map(m -> OptionalDouble.of(m.rocAuc().mean())).orElse(OptionalDouble.empty());
    }

    private static String sha256(LadderRequest request) throws InvalidInputException {
        var source = request.dataset().source();
        try {
            return FileHash.sha256(source);
        } catch (IOException e) {
            LOG.warn("Cannot hash {}", source, e);
            throw new InvalidInputException(source, "The file " + source.getFileName() + " can no longer be read ("
                    + e.getMessage() + "); check that it still exists and open it again.", false, e);
        }
    }
}
