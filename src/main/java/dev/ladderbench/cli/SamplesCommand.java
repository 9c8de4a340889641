package dev.ladderbench.cli;

import dev.ladderbench.core.samples.Sample;
import dev.ladderbench.core.samples.SampleCard;
import dev.ladderbench.core.samples.SampleWriter;
import dev.ladderbench.core.samples.Samples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Writes the built-in samples (generated, with their planted bugs) and their cards into a directory. */
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = {"Write the built-in sample datasets (the hospital-readmission example, clean and with planted"
                + " bugs) as CSV files, with their cards in " + SampleWriter.CARDS + ".",
                "Only the samples' own file names are written (replacing earlier copies); other files in DIR are"
                        + " left alone."})
final class SamplesCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(SamplesCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The directory to write into (created if it does not exist).")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            spec.commandLine().getErr().println(out + " is a file, not a directory; give --out a directory.");
            return ExitCodes.INPUT_ERROR;
        }
        try {
            SampleWriter.writeAll(out, Samples.all(), Sample.DEFAULT_SEED);
        } catch (IOException e) {
            // The detail goes to the log (shown at debug level): stderr gets the one sentence.
            LOG.debug("Cannot write the samples into {}", out, e);
            spec.commandLine().getErr().println("Cannot write the samples into " + out + reason(e)
                    + "; choose a directory you can write to.");
            return ExitCodes.INPUT_ERROR;
        }
        for (Sample sample : Samples.all()) {
            SampleCard card = sample.card();
            stdout.printf(Locale.ROOT, "%-32s %s; target %s%n", String.join(" + ", card.files()), card.title(),
                    card.target());
        }
        stdout.printf(Locale.ROOT, "%-32s the cards: what each sample is, what to look for, and its bug%n",
                SampleWriter.CARDS);
        stdout.printf(Locale.ROOT, "Wrote %d samples into %s.%n", Samples.all().size(), out);
        return ExitCodes.OK;
    }

    /** The I/O failure in a few words, in parentheses, when Java names it without repeating the path. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return " (permission denied)";
        }
        if (e instanceof FileSystemException failed && failed.getReason() != null) {
            return " (" + failed.getReason().toLowerCase(Locale.ROOT) + ")";
        }
        return "";
    }
}
