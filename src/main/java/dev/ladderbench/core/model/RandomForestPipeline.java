package dev.ladderbench.core.model;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.Workers;
import smile.base.cart.SplitRule;
import smile.classification.DecisionTree;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The rung-3 model: median imputer, one-hot encoder, then a random forest of 100 Gini trees of depth 5
 * (scikit-learn's count; Smile counts the root as depth 1, so it is passed 6) trying sqrt(p) inputs per
 * split on bootstrap samples. It matches scikit-learn's forest within seed noise, not exactly.
 */
public final class RandomForestPipeline implements ClassifierPipeline {

    static final int TREES = 100;
    static final int MAX_DEPTH = 5;
    /**
     * Trees trained per Smile call, between two looks at the cancellation token. Each call sorts every
     * input again, so batches stay few: 4 calls cost about 3 % more than one.
     */
    private static final int BATCH = 25;
    private static final String LABEL = "__label__";

    private final long seed;
    private final Workers workers;
    private final CancellationToken cancel;

    /**
     * @param seed    every tree's seed derives from it and the tree's index, so one seed gives one forest
     * @param workers the threads that train the trees; Smile otherwise takes the whole common pool
     * @param cancel  checked between batches of trees
     */
    public RandomForestPipeline(long seed, Workers workers, CancellationToken cancel) {
        this.seed = seed;
        this.workers = workers;
        this.cancel = cancel;
    }

    /** @param parallelism threads that train trees */
    public RandomForestPipeline(long seed, int parallelism) {
        this(seed, new Workers(parallelism), CancellationToken.none());
    }

    public RandomForestPipeline(long seed) {
        this(seed, Workers.shared(), CancellationToken.none());
    }

    @Override
    public String name() {
        return "random forest";
    }

    @Override
    public Fitted fit(ModelData data, int[] trainingPositions) {
        int[] rows = data.datasetRows(trainingPositions);
        Preprocessor preprocessor = Preprocessor.fit(data.features(), rows, false);
        String[] names = inputNames(preprocessor.width());
        DataFrame frame = DataFrame.of(preprocessor.transform(rows), names)
                .merge(IntVector.of(LABEL, data.labels(trainingPositions)));
        int mtry = (int) Math.floor(Math.sqrt(preprocessor.width()));
        long[] seeds = treeSeeds();
        RandomForest forest = null;
        for (int from = 0; from < TREES; from += BATCH) {
            cancel.throwIfCancelled();
            long[] batchSeeds = Arrays.copyOfRange(seeds, from, Math.min(from + BATCH, TREES));
            // Smile trains a batch's trees in a parallel stream, which runs in the pool that calls it.
            RandomForest batch = workers.call(() -> RandomForest.fit(Formula.lhs(LABEL), frame, batchSeeds.length,
                    mtry,
                    SplitRule.GINI, MAX_DEPTH + 1, Integer.MAX_VALUE, 1, 1.0, null, LongStream.of(batchSeeds)));
            // Merging keeps the trees in seed order, so predictions sum them as one call would.
            forest = forest == null ? batch : forest.merge(batch);
        }
        return new Fitted(data, preprocessor, names, forest);
    }

    /**
     * One explicit seed per tree, by index, above 1: Smile reseeds a tree's generator only for those, else
     * runs differ. The same seeds as one Smile call over the whole stream takes (it drops repeats).
     */
    private long[] treeSeeds() {
        return new SplittableRandom(seed).longs(2, Long.MAX_VALUE).distinct().limit(TREES).toArray();
    }

    private static String[] inputNames(int width) {
        return IntStream.range(0, width).mapToObj(j -> "x" + j).toArray(String[]::new);
    }

    /** A fitted forest, with the importance of its inputs. */
    public static final class Fitted implements FittedClassifier {

        private final ModelData data;
        private final Preprocessor preprocessor;
        private final String[] names;
        private final RandomForest forest;

        private Fitted(ModelData data, Preprocessor preprocessor, String[] names, RandomForest forest) {
            this.data = data;
            this.preprocessor = preprocessor;
            this.names = names;
            this.forest = forest;
        }

        @Override
        public double[] positiveProbability(int[] positions) {
            DataFrame frame = DataFrame.of(preprocessor.transform(data.datasetRows(positions)), names);
            double[] posteriori = new double[2];
            double[] p = new double[positions.length];
            for (int i = 0; i < p.length; i++) {
                forest.predict(frame.get(i), posteriori);
                p[i] = posteriori[1];
            }
            return p;
        }

        /**
         * Smile's importance (total Gini decrease) per model input, largest first; summed tree by tree as
         * one Smile call sums it, not batch by batch as merged forests do.
         */
        public List<FeatureWeight> importance() {
            double[] importance = new double[preprocessor.width()];
            for (DecisionTree tree : forest.trees()) {
                double[] ofTree = tree.importance();
                for (int j = 0; j < importance.length; j++) {
                    importance[j] += ofTree[j];
                }
            }
            List<FeatureWeight> weights = new ArrayList<>();
            for (int j = 0; j < importance.length; j++) {
                weights.add(new FeatureWeight(preprocessor.outputNames().get(j), importance[j]));
            }
            weights.sort(Comparator.comparingDouble(FeatureWeight::weight).reversed());
            return List.copyOf(weights);
        }
    }
}
