package dev.ladderbench.cli;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.HeapModel;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.replay.ModelKind;
import dev.ladderbench.core.replay.PipelineFile;
import dev.ladderbench.core.replay.PipelineFitter;
import dev.ladderbench.core.replay.PipelineRequest;
import dev.ladderbench.core.replay.SavedPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Fits one rung's pipeline on a file's labelled rows (or their sample) and saves it as a {@code .lbp} pipeline file. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Fit the forest (or the linear model) pipeline on the labelled rows of a CSV file (above"
                + " --sample-rows, on a stratified sample of them) and save it, with its imputer, scaler, encoder,"
                + " threshold and feature schema, as one .lbp file for replay.",
                "Exit code 0: saved; 2: usage or input error (nothing written)."})
final class PipelineCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineCommand.class);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA", description = "A CSV or TSV file, optionally gzip-compressed.")
    private Path file;

    @Mixin
    private ModelColumns modelColumns;

    @Option(names = "--out", required = true, paramLabel = "MODEL.lbp", description = "The pipeline file to write.")
    private Path out;

    @Option(names = "--model", defaultValue = "forest", paramLabel = "forest|linear",
            converter = ModelKindConverter.class, description = "The model the pipeline ends in (default:"
            + " ${DEFAULT-VALUE}).")
    private ModelKind model;

    @Option(names = "--positive", paramLabel = "LABEL", description = "The positive class (default: the larger"
            + " sorted label).")
    private String positive;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the forest (default: ${DEFAULT-VALUE}).")
    private long seed;

    private double threshold;

    @Mixin
    private ReadOptions readOptions;

    @Mixin
    private SampleRowsOption sampleRows;

    @Option(names = "--threshold", defaultValue = "0.5", paramLabel = "T",
            description = "Rows scored at or above it are decided positive (default: ${DEFAULT-VALUE}).")
    void setThreshold(double threshold) {
        this.threshold = ThresholdOption.checked(spec, threshold);
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Dataset dataset = readOptions.read(file, err).dataset();
            modelColumns.check(dataset, positive);
            PipelineRequest request = new PipelineRequest(modelColumns.target(), Optional.ofNullable(positive),
                    modelColumns.excluded(), model, threshold, seed, sampleRows.rows());
            // One fit at once, on the rows the sample cap allows.
            readOptions.heapUse().working("The pipeline", dataset, HeapModel.climbBytes(dataset.rowCount(),
                    dataset.columnCount(), HeapModel.modelledRows(dataset.rowCount(), sampleRows.rows()), 1));
            PipelineFitter.Fit fit = ConsoleProgress.during(err,
                    progress -> PipelineFitter.fit(dataset, request, progress, CancellationToken.none()));
            SavedPipeline pipeline = fit.pipeline();
            write(pipeline);
            stdout.printf(Locale.ROOT, "Fitted the %s on %s of %s: target %s, positive class %s, threshold %s,"
                            + " seed %d.%n", model.label(), fit.rows().describe(), dataset.name(), modelColumns.target(),
                    pipeline.positiveLabel(), threshold, seed);
            stdout.printf(Locale.ROOT, "Saved %s (%,d bytes): %d features, %d model inputs.%n", out, Files.size(out),
                    pipeline.features().size(), pipeline.inputNames().size());
            stdout.flush();
            return ExitCodes.OK;
        } catch (InvalidInputException e) {
            err.println(e.getMessage());
            return ExitCodes.INPUT_ERROR;
        } catch (IOException e) {
            LOG.warn("Cannot size {}", out, e);
            err.println("The pipeline was saved to " + out + " but cannot be read back (" + e.getMessage() + ").");
            return ExitCodes.INPUT_ERROR;
        }
    }

    private void write(SavedPipeline pipeline) throws InvalidInputException {
        try {
            PipelineFile.write(pipeline, out);
        } catch (IOException e) {
            LOG.warn("Writing {} failed", out, e);
            throw new InvalidInputException(out, "The pipeline could not be written to " + out + " (" + e.getMessage()
                    + "); choose a folder you can write to.");
        }
    }
}
