package dev.ladderbench.core.ladder;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.analysis.Predictions;
import dev.ladderbench.core.eval.FoldScores;
import dev.ladderbench.core.model.ClassifierPipeline;
import dev.ladderbench.core.model.CrossValidation;
import dev.ladderbench.core.model.CrossValidationResult;
import dev.ladderbench.core.model.FeatureWeight;
import dev.ladderbench.core.model.FittedClassifier;
import dev.ladderbench.core.model.ModelData;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * One pipeline cross-validated on every view of a {@link Problem} with the problem's folds. With one view
 * the scores are that view's; with one view per class (macro one-vs-rest) each fold's score is the mean of
 * the per-class scores of that fold.
 *
 * @param perView one cross-validation per view, in view order
 */
record ModelRun(Problem problem, List<CrossValidationResult> perView) {

    ModelRun {
        perView = List.copyOf(perView);
    }

    static ModelRun of(ClassifierPipeline pipeline, Problem problem, RungProgress progress,
                       CancellationToken cancel) {
        List<ModelData> views = problem.views();
        List<CrossValidationResult> results = new ArrayList<>(views.size());
        for (int c = 0; c < views.size(); c++) {
            ModelData view = views.get(c);
            RungProgress part = progress.part((double) c / views.size(), (c + 1.0) / views.size(),
                    problem.macro() ? "(class " + view.positiveLabel() + ")" : "");
            // CrossValidation names the pipeline in its messages; the rung label already says which model it is.
            String name = pipeline.name() + ": ";
            results.add(CrossValidation.run(pipeline, view, problem.requireFolds(),
                    (fraction, message) -> part.progress(fraction,
                            message.startsWith(name) ? message.substring(name.length()) : message),
                    cancel));
        }
        return new ModelRun(problem, results);
    }

    FoldScores rocAuc() {
        return macroAverage(CrossValidationResult::rocAuc);
    }

    FoldScores trainRocAuc() {
        return macroAverage(CrossValidationResult::trainRocAuc);
    }

    FoldScores averagePrecision() {
        return macroAverage(CrossValidationResult::averagePrecision);
    }

    double fitSeconds() {
        return perView.stream().mapToDouble(CrossValidationResult::fitSeconds).sum();
    }

    private FoldScores macroAverage(Function<CrossValidationResult, FoldScores> metric) {
        double[] folds = new double[problem.requireFolds().count()];
        for (CrossValidationResult result : perView) {
            double[] scores = metric.apply(result).folds();
            for (int f = 0; f < folds.length; f++) {
                folds[f] += scores[f] / perView.size();
            }
        }
        return FoldScores.of(folds);
    }

    /**
     * Classes predicted over the out-of-fold probabilities: above 0.5 or not for one view, the most probable
     * class for one view per class.
     */
    int predictedClasses() {
        if (perView.size() == 1) {
            double[] p = perView.get(0).outOfFoldProbability();
            boolean positive = false;
            boolean negative = false;
            for (double v : p) {
                positive |= v > 0.5;
                negative |= v <= 0.5;
            }
            return (positive ? 1 : 0) + (negative ? 1 : 0);
        }
        List<double[]> probabilities = perView.stream().map(CrossValidationResult::outOfFoldProbability).toList();
        Set<Integer> predicted = new HashSet<>();
        for (int row = 0; row < probabilities.get(0).length; row++) {
            int best = 0;
            for (int c = 1; c < probabilities.size(); c++) {
                if (probabilities.get(c)[row] > probabilities.get(best)[row]) {
                    best = c;
                }
            }
            predicted.add(best);
        }
        return predicted.size();
    }

    /**
     * Each model input's weight averaged over the fold models (an input a fold's encoder never saw counts
     * as 0 there), ordered by {@code order}; with one view per class the names carry the class
     * ("virginica: petal_width").
     */
    List<FeatureWeight> weights(Function<FittedClassifier, List<FeatureWeight>> ofModel,
                                ToDoubleFunction<FeatureWeight> order) {
        List<FeatureWeight> weights = new ArrayList<>();
        for (int c = 0; c < perView.size(); c++) {
            List<FittedClassifier> models = perView.get(c).models();
            Map<String, Double> sums = new TreeMap<>();
            for (FittedClassifier model : models) {
                ofModel.apply(model).forEach(w -> sums.merge(w.feature(), w.weight(), Double::sum));
            }
            String prefix = problem.macro() ? problem.views().get(c).positiveLabel() + ": " : "";
            sums.forEach((feature, sum) -> weights.add(new FeatureWeight(prefix + feature, sum / models.size())));
        }
        weights.sort(Comparator.comparingDouble(order).reversed().thenComparing(FeatureWeight::feature));
        return List.copyOf(weights);
    }

    /** Whether every fold model of every view passes {@code test}. */
    boolean allModels(Predicate<FittedClassifier> test) {
        return perView.stream().flatMap(r -> r.models().stream()).allMatch(test);
    }

    /** @param model the whole pipeline as a person names it */
    ModelFigures figures(String model, double baselineRocAuc, List<FeatureWeight> weights) {
        return new ModelFigures(model, rocAuc(), trainRocAuc(), averagePrecision(),
                problem.prevalence(), baselineRocAuc, fitSeconds(), weights, predictedClasses(), outOfFold(),
                problem.rows());
    }

    private Optional<Predictions> outOfFold() {
        return problem.macro()
                ? Optional.empty()
                : Optional.of(Predictions.outOfFold(problem.views().get(0), perView.get(0)));
    }
}
