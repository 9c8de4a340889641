package dev.ladderbench.core.analysis;

import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.model.ModelData;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Measures the error analysis on synthetic predictions (not a test: speed targets live here). The
 * issue's targets: analysis plus the full sweep on 100,000 rows under 2 s, one slider step under 16 ms.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     dev.ladderbench.core.analysis.ErrorAnalysisBenchmark [rows] [runs]
 * </pre>
 */
public final class ErrorAnalysisBenchmark {

    private static final int FEATURES = 10;
    private static final int SLIDER_STEPS = 1_000;

    private ErrorAnalysisBenchmark() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        SplittableRandom random = new SplittableRandom(42);
        int[] y = IntStream.range(0, rows).map(i -> random.nextDouble() < 0.3 ? 1 : 0).toArray();
        // Probabilities rounded to 1/100 as a forest's vote shares are: many ties, 101 distinct scores.
        double[] probability = IntStream.range(0, rows)
                .mapToDouble(i -> Math.round(100 * Math.min(1, Math.max(0, 0.25 * y[i] + 0.75 * random.nextDouble()))) / 100.0)
                .toArray();
        ModelData data = ModelData.of(dataset(y, random), "y", "1", List.of());
        Predictions predictions = Predictions.of(y, probability, IntStream.range(0, rows).toArray());

        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            ThresholdSweep sweep = ThresholdSweep.of(predictions);
            long sweepNanos = System.nanoTime() - start;

            start = System.nanoTime();
            double checksum = 0;
            for (int step = 0; step < SLIDER_STEPS; step++) {
                checksum += sweep.at((double) step / SLIDER_STEPS).f1();
            }
            long sliderNanos = System.nanoTime() - start;

            // The cell lists behind the matrix are rebuilt per step too when a view shows them.
            start = System.nanoTime();
            checksum += ConfusionMatrix.at(predictions, 0.37).rows(Outcome.FALSE_NEGATIVE).length;
            long matrixNanos = System.nanoTime() - start;

            start = System.nanoTime();
            ErrorAnalysis analysis = ErrorAnalyzer.analyze(data, predictions, 0.5);
            checksum += analysis.sweep().rocCurve().size() + analysis.sweep().precisionRecallCurve().size()
                    + analysis.sweep().maxYoudenJ().threshold() + analysis.sweep().minCost(5).threshold()
                    + analysis.sweep().forRecall(0.9).threshold();
            long analysisNanos = System.nanoTime() - start;

            System.out.printf(Locale.ROOT, "run %d: %,d rows: sweep %.1f ms; %,d slider steps %.2f ms (%.2f us each);"
                            + " matrix with cell rows %.1f ms; full analysis with curves and suggestions %.0f ms (checksum %.3f)%n", run, rows,
                    sweepNanos / 1e6, SLIDER_STEPS, sliderNanos / 1e6, sliderNanos / 1e3 / SLIDER_STEPS, matrixNanos / 1e6,
                    analysisNanos / 1e6, checksum);
        }
    }

    private static Dataset dataset(int[] y, SplittableRandom random) {
        List<Column> columns = new ArrayList<>();
        for (int f = 0; f < FEATURES; f++) {
            columns.add(new NumericColumn("x" + f, random.doubles(y.length).toArray()));
        }
        columns.add(new NumericColumn("y", IntStream.of(y).asDoubleStream().toArray()));
        return new Dataset(Path.of("bench.csv"), columns, null);
    }
}
