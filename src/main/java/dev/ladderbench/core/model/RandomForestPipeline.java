package dev.ladderbench.core.model;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.Workers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The rung-3 model: median imputer, one-hot encoder, then a random forest of 100 Gini trees of depth 5
 * trying sqrt(p) inputs per split on bootstrap samples, grown by our own {@link DecisionTreeGrower} after
 * scikit-learn's documented algorithm. It matches scikit-learn's forest within seed noise, not exactly:
 * the random draws differ.
 */
public final class RandomForestPipeline implements ClassifierPipeline {

    static final int TREES = 100;
    static final int MAX_DEPTH = 5;

    private final long seed;
    private final Workers workers;
    private final CancellationToken cancel;

    /**
     * @param seed    every tree's seed derives from it and the tree's index, so one seed gives one forest
     * @param workers the threads that grow the trees
     * @param cancel  checked while preprocessing and before every tree
     */
    public RandomForestPipeline(long seed, Workers workers, CancellationToken cancel) {
        this.seed = seed;
        this.workers = workers;
        this.cancel = cancel;
    }

    /** @param parallelism threads that grow trees */
    public RandomForestPipeline(long seed, int parallelism) {
        this(seed, new Workers(parallelism), CancellationToken.none());
    }

    public RandomForestPipeline(long seed) {
        this(seed, Workers.current(), CancellationToken.none());
    }

    @Override
    public String name() {
        return "random forest";
    }

    @Override
    public Fitted fit(ModelData data, int[] trainingPositions) {
        int[] rows = data.datasetRows(trainingPositions);
        Preprocessor preprocessor = Preprocessor.fit(data.features(), rows, false, cancel);
        int mtry = (int) Math.floor(Math.sqrt(preprocessor.width()));
        DecisionTreeGrower grower = new DecisionTreeGrower(preprocessor.transform(rows, cancel),
                data.labels(trainingPositions), MAX_DEPTH, mtry, cancel);
        // Seeds are drawn in tree order before any tree grows, and trees are collected by index, so the
        // forest does not depend on how many threads grow it or in which order they finish.
        long[] seeds = new SplittableRandom(seed).longs(TREES).toArray();
        List<ForestTree> trees = workers.map(TREES, t -> {
            cancel.throwIfCancelled();
            return grower.grow(new SplittableRandom(seeds[t]));
        });
        return new Fitted(data, preprocessor, trees);
    }

    /** A fitted forest, with the importance of its inputs. */
    public static final class Fitted implements FittedClassifier {

        private final ModelData data;
        private final Preprocessor preprocessor;
        private final List<ForestTree> trees;

        private Fitted(ModelData data, Preprocessor preprocessor, List<ForestTree> trees) {
            this.data = data;
            this.preprocessor = preprocessor;
            this.trees = trees;
        }

        /** The mean over trees of the positive share of the leaf each row reaches. */
        @Override
        public double[] positiveProbability(int[] positions) {
            double[][] x = preprocessor.transform(data.datasetRows(positions));
            double[] p = new double[positions.length];
            for (int i = 0; i < p.length; i++) {
                double sum = 0;
                for (ForestTree tree : trees) {
                    sum += tree.positiveProbability(x[i]);
                }
                p[i] = sum / trees.size();
            }
            return p;
        }

        public Preprocessor preprocessor() {
            return preprocessor;
        }

        /** The trees in the order their scores are averaged. */
        public List<ForestTree> trees() {
            return List.copyOf(trees);
        }

        /**
         * Mean decrease in Gini impurity per model input, largest first, as scikit-learn computes it: each
         * tree's weighted decreases normalised to sum 1, averaged over the trees, normalised to sum 1.
         */
        public List<FeatureWeight> importance() {
            double[] importance = new double[preprocessor.width()];
            for (ForestTree tree : trees) {
                double[] ofTree = tree.importance();
                for (int j = 0; j < importance.length; j++) {
                    importance[j] += ofTree[j];
                }
            }
            double sum = 0;
            for (double v : importance) {
                sum += v;
            }
            List<FeatureWeight> weights = new ArrayList<>();
            for (int j = 0; j < importance.length; j++) {
                weights.add(new FeatureWeight(preprocessor.outputNames().get(j),
                        sum > 0 ? importance[j] / sum : 0));
            }
            weights.sort(Comparator.comparingDouble(FeatureWeight::weight).reversed());
            return List.copyOf(weights);
        }
    }
}
