package dev.ladderbench.core.model;

import smile.base.cart.SplitRule;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
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
    private static final String LABEL = "__label__";

    private final long seed;
    private final int parallelism;

    /**
     * @param seed        every tree's seed derives from it, so one seed gives one forest
     * @param parallelism threads that train trees; Smile otherwise takes the whole common pool
     */
    public RandomForestPipeline(long seed, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("Parallelism must be at least 1, got " + parallelism);
        }
        this.seed = seed;
        this.parallelism = parallelism;
    }

    public RandomForestPipeline(long seed) {
        this(seed, Runtime.getRuntime().availableProcessors());
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
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            // Smile trains its trees in a parallel stream, which runs in the pool that calls it.
            RandomForest forest = pool.submit(() -> RandomForest.fit(Formula.lhs(LABEL), frame, TREES, mtry,
                    SplitRule.GINI, MAX_DEPTH + 1, Integer.MAX_VALUE, 1, 1.0, null, treeSeeds())).get();
            return new Fitted(data, preprocessor, names, forest);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while training the random forest", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("Training the random forest failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** Explicit seeds above 1: Smile reseeds a tree's generator only for those, else runs differ. */
    private LongStream treeSeeds() {
        return new SplittableRandom(seed).longs(2, Long.MAX_VALUE);
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

        /** Smile's importance (total Gini decrease) per model input, largest first. */
        public List<FeatureWeight> importance() {
            double[] importance = forest.importance();
            List<FeatureWeight> weights = new ArrayList<>();
            for (int j = 0; j < importance.length; j++) {
                weights.add(new FeatureWeight(preprocessor.outputNames().get(j), importance[j]));
            }
            weights.sort(Comparator.comparingDouble(FeatureWeight::weight).reversed());
            return List.copyOf(weights);
        }
    }
}
