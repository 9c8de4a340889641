package dev.ladderbench.cli;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.analysis.ErrorOutcome;
import dev.ladderbench.core.analysis.ErrorSettings;
import dev.ladderbench.core.analysis.ErrorStep;
import dev.ladderbench.core.analysis.PredictionSource;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.HeapModel;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.ladder.CvScheme;
import dev.ladderbench.core.ladder.Ladder;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.Thresholds;
import dev.ladderbench.report.JsonReport;
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
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Climbs rungs 0 to 3 on a file, analyses one model's errors and thresholds, prints it all as a person
 * reads it and writes the reports (JSON, PDF, HTML, Markdown, JUnit XML).
 */
@Command(name = "ladder", mixinStandardHelpOptions = true,
        description = {"Climb the debugging ladder on a CSV file: 0 data sanity, 1 baseline, 2 linear model,"
                + " 3 forest; then analyse the errors of one model and suggest thresholds; print each rung's"
                + " figures and findings.",
                "Exit code 0: no fail finding; 1: a fail finding; 2: usage or input error (nothing written)."})
final class LadderCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(LadderCommand.class);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA", description = "A CSV or TSV file, optionally gzip-compressed.")
    private Path file;

    @Mixin
    private ModelColumns modelColumns;

    @Option(names = "--positive", paramLabel = "LABEL", description = "The positive class (default: with two"
            + " classes the larger sorted label; with more, a macro one-vs-rest AUC).")
    private String positive;

    private int folds;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of every random step (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--cv", defaultValue = "shuffled", paramLabel = "shuffled|ordered",
            converter = CvSchemeConverter.class, description = "Fold assignment: shuffled (stratified, seeded) or"
            + " ordered (scikit-learn's cv=5 exactly) (default: ${DEFAULT-VALUE}).")
    private CvScheme cv;

    @Option(names = "--errors-model", defaultValue = "forest", paramLabel = "forest|linear",
            converter = ErrorModelConverter.class, description = "The model whose errors are analysed (default:"
            + " ${DEFAULT-VALUE}).")
    private RungId errorsModel;

    @Option(names = "--errors", defaultValue = "oof", paramLabel = "oof|holdout",
            converter = PredictionSourceConverter.class, description = "Predictions to analyse: oof (every row,"
            + " out-of-fold) or holdout (a stratified 20 %% split scored by the model fitted on the rest)"
            + " (default: ${DEFAULT-VALUE}).")
    private PredictionSource errorsSource;

    private double threshold;

    private int sampleRows;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the report-v1 JSON report to this file.")
    private Path json;

    @Option(names = "--quiet", description = "Print nothing on stdout; the exit code and --json tell the outcome.")
    private boolean quiet;

    @Mixin
    private ReadOptions readOptions;

    @Mixin
    private ReportFiles reportFiles;

    // A setter so that a bad count is a usage error while parsing, before the file is read.
    @Option(names = "--folds", defaultValue = "5", paramLabel = "N",
            description = "Cross-validation folds, at least 2 (default: ${DEFAULT-VALUE}).")
    void setFolds(int folds) {
        if (folds < 2) {
            throw new ParameterException(spec.commandLine(), "--folds must be at least 2 (each fold needs rows to"
                    + " train on and rows to validate on), not " + folds + ".");
        }
        this.folds = folds;
    }

    @Option(names = "--threshold", defaultValue = "0.5", paramLabel = "T",
            description = "Rows scored at or above it count as positive in the error analysis (default:"
                    + " ${DEFAULT-VALUE}).")
    void setThreshold(double threshold) {
        this.threshold = ThresholdOption.checked(spec, threshold);
    }

    @Option(names = "--sample-rows", defaultValue = "" + LadderSettings.DEFAULT_SAMPLE_ROWS, paramLabel = "N",
            description = "Above N labelled rows, the model rungs and the leakage probe fit on a seeded stratified"
                    + " sample of N rows (rung 0's other checks cover every row); 0 = all rows (default:"
                    + " ${DEFAULT-VALUE}).")
    void setSampleRows(int sampleRows) {
        this.sampleRows = SampleRowsOption.checked(spec, sampleRows);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            reportFiles.check();
            readOptions.checkMemory(file, sampleRows, folds, err);
            Dataset dataset = readOptions.read(file, err).dataset();
            readOptions.heapUse().working("The ladder", dataset, HeapModel.climbBytes(dataset, sampleRows, folds));
            LadderRequest request = request(dataset);
            ErrorSettings errorSettings = new ErrorSettings(errorsModel, errorsSource, threshold);
            CancellationToken cancel = CancellationToken.none();
            LadderResult climbed = ConsoleProgress.during(err, progress -> Ladder.climbAll(request, progress, cancel));
            ErrorOutcome errors = ConsoleProgress.during(err,
                    progress -> ErrorStep.run(climbed, errorSettings, progress, cancel));
            LadderResult result = errors.report().map(climbed::withErrors).orElse(climbed);
            int exitCode = ExitCodes.of(result);
            if (!quiet) {
                new LadderPrinter(out).print(result, errors.skippedBecause(), exitCode);
            }
            if (json != null) {
                writeJson(result);
            }
            reportFiles.write(result);
            return exitCode;
        } catch (InvalidInputException e) {
            err.println(e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
    }

    private LadderRequest request(Dataset dataset) throws InvalidInputException {
        modelColumns.check(dataset, positive);
        return new LadderRequest(dataset, modelColumns.target(), Optional.ofNullable(positive),
                modelColumns.excluded(), new LadderSettings(folds, seed, cv, Thresholds.defaults(), sampleRows));
    }

    private void writeJson(LadderResult result) throws InvalidInputException {
        try {
            JsonReport.of(result).write(json);
        } catch (IOException e) {
            LOG.warn("Writing {} failed", json, e);
            throw new InvalidInputException(json, "The JSON report could not be written to " + json + " ("
                    + e.getMessage() + "); choose a folder you can write to.");
        }
    }
}
