package dev.ladderbench.core.ladder;

import dev.ladderbench.core.eval.StratifiedSample;
import dev.ladderbench.core.model.ModelData;

import java.util.Collection;
import java.util.List;

/**
 * The rows the model rungs fit on. Above {@link LadderSettings#sampleRows()} labelled rows that is a seeded
 * stratified sample, the same for every caller: the rungs, the error step and the window must all address
 * the same rows, or out-of-fold predictions would be matched to the wrong features.
 */
public final class ModelSample {

    private ModelSample() {
    }

    /**
     * The binary view of {@code request} for {@code positiveLabel}, sampled as the ladder samples it.
     *
     * @throws IllegalArgumentException when the label names none or all of the labelled rows
     */
    public static ModelData of(LadderRequest request, String positiveLabel) {
        ModelData all = ModelData.of(request.dataset(), request.target(), positiveLabel, request.excluded());
        return sampled(List.of(all), all.y(), request.settings()).get(0);
    }

    /** {@code all} sampled as the ladder samples it: the drift's model and the pipeline fit on the same rows. */
    public static ModelData of(ModelData all, LadderSettings settings) {
        return sampled(List.of(all), all.y(), settings).get(0);
    }

    /** Which of {@code all}'s labelled rows {@code modelled}, a sample of them or all, holds. */
    public static ModelRows rows(ModelData modelled, ModelData all, LadderSettings settings) {
        return new ModelRows(modelled.size(), all.size(), settings.seed());
    }

    /**
     * The views restricted to one sample drawn on {@code strata} (the class of each labelled row), or the views
     * themselves when they have no more rows than the cap.
     */
    static List<ModelData> sampled(Collection<ModelData> views, int[] strata, LadderSettings settings) {
        int cap = settings.sampleRows();
        if (cap == 0 || strata.length <= cap) {
            return List.copyOf(views);
        }
        int[] positions = StratifiedSample.positions(strata, cap, settings.folds(), settings.seed());
        return views.stream().map(v -> v.subset(positions)).toList();
    }
}
