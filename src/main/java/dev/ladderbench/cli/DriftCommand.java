package dev.ladderbench.cli;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.data.ColumnNames;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.HeapModel;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.TargetAnalyzer;
import dev.ladderbench.core.data.TargetSummary;
import dev.ladderbench.core.data.Task;
import dev.ladderbench.core.drift.DriftAnalysis;
import dev.ladderbench.core.drift.DriftRequest;
import dev.ladderbench.core.drift.DriftResult;
import dev.ladderbench.core.drift.DriftTarget;
import dev.ladderbench.core.drift.DriftThresholds;
import dev.ladderbench.core.drift.RungScorer;
import dev.ladderbench.core.drift.Scorer;
import dev.ladderbench.core.finding.Severity;
import dev.ladderbench.core.ladder.CvScheme;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.Thresholds;
import dev.ladderbench.report.DriftJson;
import dev.ladderbench.report.PageSize;
import dev.ladderbench.report.pdf.DriftPdf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;

/** Compares a production file with the training file and prints the drift, as a person reads it. */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = {"Compare a production file with the training file: the schema, each feature's PSI with"
                + " KS or chi-square, unseen categories, out-of-range values; with --target, the drift of a model's"
                + " scores and, when production is labelled, its AUC against the training CV AUC, by window.",
                "Exit code 0: no fail finding; 1: a fail finding; 2: usage or input error (nothing written)."})
final class DriftCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(DriftCommand.class);
    /** The model's training AUC and scores are cross-validated over the ladder's default folds. */
    private static final int FOLDS = 5;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRAIN", description = "The training file (CSV or TSV, optionally gzipped).")
    private Path trainingFile;

    @Parameters(index = "1", paramLabel = "PRODUCTION", description = "The production file to compare with it.")
    private Path productionFile;

    @Option(names = "--target", paramLabel = "COL", description = "The label column: enables the model's prediction"
            + " drift and, when production holds labels, its production AUC.")
    private String target;

    @Option(names = "--positive", paramLabel = "LABEL", description = "The positive class (default: the larger of two"
            + " sorted labels; one-vs-rest for more).")
    private String positive;

    @Option(names = "--model", defaultValue = "forest", paramLabel = "forest|linear|none",
            converter = DriftModelConverter.class, description = "The pipeline fitted on the training file to score"
            + " both files (default: ${DEFAULT-VALUE}).")
    private DriftModelConverter.Choice model;

    @Option(names = "--time-column", paramLabel = "COL", description = "Orders labelled production rows for the AUC"
            + " windows (default: the file order); left out of the comparison.")
    private String timeColumn;

    @Option(names = "--exclude", split = ",", paramLabel = "COL", description = "Columns left out of the comparison"
            + " and of the model.")
    private List<String> excluded = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the model's folds and forest (default:"
            + " ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the drift-v1 JSON document to this file.")
    private Path json;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Write the drift report as a PDF to this file.")
    private Path pdf;

    @Option(names = "--page-size", defaultValue = "a4", paramLabel = "a4|letter", converter = PageSizeConverter.class,
            description = "Paper of the PDF report (default: ${DEFAULT-VALUE}).")
    private PageSize pageSize;

    @Option(names = "--quiet", description = "Print nothing on stdout; the exit code and --json tell the outcome.")
    private boolean quiet;

    @Mixin
    private ReadOptions readOptions;

    @Mixin
    private SampleRowsOption sampleRows;

    private OptionalInt window = OptionalInt.empty();
    private final DriftThresholds defaults = DriftThresholds.defaults();
    private double psiWarn = defaults.psiWarn();
    private double psiFail = defaults.psiFail();
    private double predictionPsi = defaults.predictionPsi();
    private double aucDrop = defaults.aucDrop();
    private double rangeMargin = defaults.rangeMargin();

    @Option(names = "--window", paramLabel = "N", description = "Labelled production rows per AUC window (default:"
            + " a tenth of them, at least " + DriftAnalysis.MIN_WINDOW + ").")
    void setWindow(int rows) {
        if (rows < 2) {
            throw new ParameterException(spec.commandLine(), "--window must be at least 2 rows, not " + rows + ".");
        }
        window = OptionalInt.of(rows);
    }

    @Option(names = "--psi-warn", paramLabel = "X", description = "PSI above which a feature drift warns (default: 0.1).")
    void setPsiWarn(double value) {
        psiWarn = nonNegative("--psi-warn", value);
    }

    @Option(names = "--psi-fail", paramLabel = "X", description = "PSI above which a feature drift fails and retraining"
            + " is recommended (default: 0.25).")
    void setPsiFail(double value) {
        psiFail = nonNegative("--psi-fail", value);
    }

    @Option(names = "--prediction-psi", paramLabel = "X", description = "PSI of the scores above which predictions"
            + " drifted (default: 0.1).")
    void setPredictionPsi(double value) {
        predictionPsi = nonNegative("--prediction-psi", value);
    }

    @Option(names = "--auc-drop", paramLabel = "X", description = "Drop of the production AUC below the training CV"
            + " AUC that fails (default: 0.05).")
    void setAucDrop(double value) {
        aucDrop = nonNegative("--auc-drop", value);
    }

    @Option(names = "--range-margin", paramLabel = "X", description = "Share of the training range added on each side"
            + " before a value is out of range (default: 0.1).")
    void setRangeMargin(double value) {
        rangeMargin = nonNegative("--range-margin", value);
    }

    private double nonNegative(String option, double value) {
        if (!(value >= 0)) {
            throw new ParameterException(spec.commandLine(), option + " must be a number of at least 0, not " + value
                    + ".");
        }
        return value;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (psiFail < psiWarn) {
            err.println("--psi-fail (" + psiFail + ") must be at least --psi-warn (" + psiWarn + ").");
            return ExitCodes.INPUT_ERROR;
        }
        try {
            Dataset training = readOptions.read(trainingFile, err).dataset();
            Dataset production = readOptions.read(productionFile, err).dataset();
            DriftRequest request = request(training, production, err);
            readOptions.heapUse().working("Drift", training.rowCount() + production.rowCount(),
                    training.columnCount(), driftBytes(training, production));
            DriftResult result = ConsoleProgress.during(err,
                    progress -> DriftAnalysis.run(request, progress, CancellationToken.none()));
            boolean failed = result.findings().stream().anyMatch(f -> f.severity() == Severity.FAIL);
            int exitCode = failed ? ExitCodes.FAILED_FINDING : ExitCodes.OK;
            if (!quiet) {
                new DriftPrinter(out).print(result, exitCode);
            }
            if (json != null) {
                write("JSON document", json, DriftJson.of(result)::write);
            }
            if (pdf != null) {
                // Java2D fonts are measured headless: no display is looked for, even when DISPLAY names one.
                System.setProperty("java.awt.headless", "true");
                write("PDF report", pdf, new DriftPdf(result, pageSize)::write);
            }
            return exitCode;
        } catch (InvalidInputException e) {
            err.println(e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
    }

    private DriftRequest request(Dataset training, Dataset production, PrintWriter err) throws InvalidInputException {
        for (String column : excluded) {
            if (training.column(column).isEmpty()) {
                throw new InvalidInputException(trainingFile, ColumnNames.noSuchColumn(training, column));
            }
        }
        Set<String> leftOut = new LinkedHashSet<>(excluded);
        Optional<DriftTarget> driftTarget = Optional.empty();
        Optional<Scorer> scorer = Optional.empty();
        if (target != null) {
            TargetSummary summary = TargetAnalyzer.summarize(training, target);
            PositiveLabel.check(positive, summary, training);
            if (summary.task() == Task.REGRESSION) {
                err.println("Note: '" + target + "' is a continuous target, so no classifier scores the files.");
            } else {
                String positiveLabel = positive != null ? positive : summary.defaultPositive();
                driftTarget = Optional.of(new DriftTarget(target, positiveLabel));
                Set<String> notFeatures = new LinkedHashSet<>(leftOut);
                if (timeColumn != null) {
                    notFeatures.add(timeColumn);
                }
                LadderSettings settings = new LadderSettings(FOLDS, seed, CvScheme.SHUFFLED, Thresholds.defaults(),
                        sampleRows.rows());
                scorer = model.rung().map(rung -> new RungScorer(rung, target, positiveLabel, notFeatures, settings));
            }
            if (driftTarget.isEmpty()) {
                leftOut.add(target);
            }
        }
        return new DriftRequest(training, production, driftTarget, leftOut, scorer, Optional.ofNullable(timeColumn),
                window, new DriftThresholds(psiWarn, psiFail, predictionPsi, aucDrop, rangeMargin));
    }

    /**
     * Both files, and the model: the ladder's climb on the training file's sample, plus the production rows copied
     * beside it to be scored.
     */
    private long driftBytes(Dataset training, Dataset production) {
        return HeapModel.dataBytes(training) + 2 * HeapModel.dataBytes(production)
                + HeapModel.climbBytes(training, sampleRows.rows(), FOLDS);
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    private static void write(String what, Path file, Writer writer) throws InvalidInputException {
        try {
            writer.write(file);
        } catch (IOException e) {
            LOG.warn("Writing {} failed", file, e);
            throw new InvalidInputException(file, "The " + what + " could not be written to " + file + " ("
                    + e.getMessage() + "); choose a folder you can write to.");
        }
    }
}
