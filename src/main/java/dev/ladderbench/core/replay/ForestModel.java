package dev.ladderbench.core.replay;

import java.util.List;

/** A random forest: the mean over its trees of the positive share of the leaf a row reaches. */
public record ForestModel(int inputs, List<SavedTree> trees) implements PipelineModel {

    public ForestModel {
        trees = List.copyOf(trees);
        if (trees.isEmpty()) {
            throw new IllegalArgumentException("a forest needs at least one tree");
        }
    }

    @Override
    public ModelKind kind() {
        return ModelKind.FOREST;
    }

    // Summed in tree order and divided once, as the fitted forest does, for bit-identical scores.
    @Override
    public double score(double[] x) {
        double sum = 0;
        for (SavedTree tree : trees) {
            sum += tree.score(x);
        }
        return sum / trees.size();
    }
}
