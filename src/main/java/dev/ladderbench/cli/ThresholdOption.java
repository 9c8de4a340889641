package dev.ladderbench.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The rule of every {@code --threshold}: a probability. The commands describe it each in their own words, so
 * they share the check rather than the option.
 */
final class ThresholdOption {

    private ThresholdOption() {
    }

    /** @throws ParameterException a usage error, while parsing, when {@code threshold} is not in [0, 1] */
    static double checked(CommandSpec spec, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new ParameterException(spec.commandLine(), "--threshold must be a probability between 0 and 1,"
                    + " not " + threshold + ".");
        }
        return threshold;
    }
}
