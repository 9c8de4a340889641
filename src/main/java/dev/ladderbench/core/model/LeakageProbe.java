package dev.ladderbench.core.model;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.PartsDone;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.Workers;
import dev.ladderbench.core.data.CategoricalColumn;
import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.eval.Folds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The leakage probe of rung 0: a cross-validated depth-1 tree on each feature alone. No honest single
 * feature should separate the classes almost perfectly; one that does usually encodes the label.
 */
public final class LeakageProbe {

    /** The default above which a single-feature AUC is flagged. */
    public static final double DEFAULT_THRESHOLD = 0.95;

    private LeakageProbe() {
    }

    /**
     * @return one entry per feature of {@code data}, highest AUC first
     * @throws dev.ladderbench.core.CancelledException when {@code cancel} is set; checked before each feature and fold
     */
    public static List<FeatureLeakage> run(ModelData data, Folds folds, double threshold, ProgressListener progress,
                                           CancellationToken cancel) {
        List<Column> features = data.features().columns();
        StumpPipeline stump = new StumpPipeline();
        progress.progress(0, "Leakage probe: " + features.size() + " features");
        PartsDone done = new PartsDone(progress, features.size(), cancel);
        // Features in parallel, each with its folds nested in the same workers.
        List<FeatureLeakage> results = new ArrayList<>(Workers.current().map(features.size(), i -> {
            cancel.throwIfCancelled();
            Column feature = features.get(i);
            double auc = CrossValidation.run(stump, data.withFeatures(FeatureSpec.of(feature)), folds,
                    ProgressListener.NONE, cancel).rocAuc().mean();
            done.partDone(n -> "Leakage probe: " + n + " of " + features.size() + " features done");
            return new FeatureLeakage(feature.name(), feature instanceof CategoricalColumn, auc, auc > threshold);
        }));
        results.sort(Comparator.comparingDouble(FeatureLeakage::treeAuc).reversed());
        return List.copyOf(results);
    }
}
