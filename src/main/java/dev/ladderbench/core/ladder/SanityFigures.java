package dev.ladderbench.core.ladder;

import dev.ladderbench.core.data.LevelCount;
import dev.ladderbench.core.model.FeatureLeakage;

import java.util.List;

/**
 * What rung 0 measured.
 *
 * @param featureRows        rows with a label (the rows the model rungs use)
 * @param labelMissing       rows whose target is empty
 * @param missingCells       missing feature cells over all rows
 * @param infiniteCells      Inf/-Inf feature cells
 * @param columns            one entry per feature, in file order
 * @param classCounts        rows per class, most frequent first
 * @param prevalence         share of the positive class among labelled rows
 * @param duplicateRows      rows identical to an earlier row (features and label)
 * @param conflictingGroups  groups of rows with identical features and different labels
 * @param leakage            single-feature stump AUCs, highest first
 * @param probeRows          the labelled rows the leakage probe cross-validated on (all, or a stratified
 *                           sample); every other figure covers all rows
 */
public record SanityFigures(int rows, int columns, int featureRows, int labelMissing, long missingCells,
                            long infiniteCells, List<ColumnHealth> featureHealth, List<LevelCount> classCounts,
                            double prevalence, int duplicateRows, int conflictingGroups,
                            List<FeatureLeakage> leakage, ModelRows probeRows) {

    public SanityFigures {
        featureHealth = List.copyOf(featureHealth);
        classCounts = List.copyOf(classCounts);
        leakage = List.copyOf(leakage);
    }
}
