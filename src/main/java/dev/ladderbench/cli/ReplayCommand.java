package dev.ladderbench.cli;

import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.replay.LoadedPipeline;
import dev.ladderbench.core.replay.PipelineFile;
import dev.ladderbench.core.replay.Replay;
import dev.ladderbench.core.replay.Replayer;
import dev.ladderbench.core.replay.RowInput;
import dev.ladderbench.report.ReplayJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Replays one input row through a saved pipeline and prints every stage. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay one input row (a JSON object of column to value; null or absent = missing) through a"
                + " saved .lbp pipeline and print each stage: raw, imputed, encoded, scaled, the score and the"
                + " decision, and which features pushed the score.",
                "Exit code 0: replayed; 1: the row broke the pipeline (the stage and column are printed);"
                        + " 2: usage or input error."})
final class ReplayCommand implements Callable<Integer> {

    /** Above this a file is not one row. */
    private static final long MAX_INPUT_BYTES = 4L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(ReplayCommand.class);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.lbp", description = "A pipeline file written by 'pipeline'.")
    private Path model;

    @Option(names = "--input", required = true, paramLabel = "ROW.json", description = "One JSON object: column"
            + " name to value.")
    private Path input;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the replay as JSON (replay-v1) to this file.")
    private Path json;

    @Override
    public Integer call() {
        try {
            RowInput row = RowInput.parse(readInput(), input);
            LoadedPipeline loaded = PipelineFile.read(model);
            Replay replay = Replayer.replay(loaded.pipeline(), row);
            new ReplayPrinter(spec.commandLine().getOut()).print(loaded, replay);
            if (json != null) {
                writeJson(loaded, replay);
            }
            return replay.failure().isPresent() ? ExitCodes.FAILED_FINDING : ExitCodes.OK;
        } catch (InvalidInputException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
    }

    private String readInput() throws InvalidInputException {
        try {
            if (Files.size(input) > MAX_INPUT_BYTES) {
                throw new InvalidInputException(input, input.getFileName() + " is larger than 4 MB; give one JSON"
                        + " object, one row.");
            }
            return Files.readString(input);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(input, input + " does not exist; check the folder and the file name.");
        } catch (MalformedInputException e) {
            throw new InvalidInputException(input, input.getFileName() + " is not UTF-8 text; save the row as a UTF-8"
                    + " JSON file.");
        } catch (IOException e) {
            LOG.warn("Cannot read {}", input, e);
            throw new InvalidInputException(input, input + " cannot be read (" + e.getMessage() + ").");
        }
    }

    private void writeJson(LoadedPipeline loaded, Replay replay) throws InvalidInputException {
        try {
            ReplayJson.write(loaded, replay, json);
        } catch (IOException e) {
            LOG.warn("Writing {} failed", json, e);
            throw new InvalidInputException(json, "The replay could not be written to " + json + " (" + e.getMessage()
                    + "); choose a folder you can write to.");
        }
    }
}
