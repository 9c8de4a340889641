package dev.ladderbench.core.drift;

import dev.ladderbench.core.data.LevelCount;

import java.util.List;

/**
 * A categorical feature compared: PSI over its levels (a missing cell is a level of its own), Pearson's
 * chi-square test of the 2 x levels table, and the production levels training never had.
 *
 * @param degreesOfFreedom levels present minus 1
 * @param unseen           production levels absent from training, with their production rows, most rows first
 */
public record CategoricalDrift(String column, double psi, DriftStatus status, double chiSquare,
                               int degreesOfFreedom, double chiSquarePValue, List<BinCount> psiBins,
                               List<LevelCount> unseen, int trainingMissing, int productionMissing)
        implements FeatureDrift {

    public CategoricalDrift {
        psiBins = List.copyOf(psiBins);
        unseen = List.copyOf(unseen);
    }

    @Override
    public String type() {
        return "categorical";
    }

    @Override
    public double statistic() {
        return chiSquare;
    }

    @Override
    public double pValue() {
        return chiSquarePValue;
    }

    @Override
    public List<BinCount> histogram() {
        return psiBins;
    }
}
