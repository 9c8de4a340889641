package dev.ladderbench.cli;

import dev.ladderbench.core.ladder.LadderSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The cap on the rows a model fits on, for the commands that fit one besides ladder (a picocli mixin); ladder
 * describes it in its own words and shares the check.
 */
final class SampleRowsOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    private int rows = LadderSettings.DEFAULT_SAMPLE_ROWS;

    // A setter so that a negative count is a usage error while parsing, before the file is read.
    @Option(names = "--sample-rows", defaultValue = "" + LadderSettings.DEFAULT_SAMPLE_ROWS, paramLabel = "N",
            description = "Above N labelled rows, the model fits on the ladder's seeded stratified sample of N rows;"
                    + " 0 = all rows (default: ${DEFAULT-VALUE}).")
    void setRows(int rows) {
        this.rows = checked(command, rows);
    }

    /** @throws ParameterException a usage error, while parsing, when {@code rows} is negative */
    static int checked(CommandSpec command, int rows) {
        if (rows < 0) {
            throw new ParameterException(command.commandLine(), "--sample-rows must be 0 (all rows) or more, not "
                    + rows + ".");
        }
        return rows;
    }

    int rows() {
        return rows;
    }
}
