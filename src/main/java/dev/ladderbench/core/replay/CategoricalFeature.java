package dev.ladderbench.core.replay;

import java.util.List;

/**
 * A categorical feature of the training rows.
 *
 * @param levels       the encoder's levels, one model input each, sorted as strings; a missing cell is the
 *                     level {@code __missing__} when the training rows had one
 * @param mostFrequent the commonest training level: what the forest's contributions set the column to
 */
public record CategoricalFeature(String name, List<String> levels, String mostFrequent) implements FeatureField {

    public CategoricalFeature {
        levels = List.copyOf(levels);
    }

    @Override
    public String type() {
        return "categorical";
    }
}
