package dev.ladderbench.cli;

import dev.ladderbench.core.data.Dataset;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The root command turns running out of memory in any command into one sentence and exit code 2, in one place:
 * a stand-in command runs out on purpose, as drift or pipeline would on a file too large for the heap.
 */
class OutOfMemoryCommandTest {

    private static final String CREDIT = "../shared/datasets/weka_credit_g.csv";

    /** Reads its file as the data commands do, says what it does with it, then runs out of memory. */
    @Command(name = "exhaust")
    static final class ExhaustingCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0")
        private Path file;

        @Mixin
        private ReadOptions readOptions;

        @Override
        public Integer call() throws Exception {
            Dataset data = readOptions.read(file, spec.commandLine().getErr()).dataset();
            readOptions.heapUse().working("Drift", data, 1L << 30);
            throw new OutOfMemoryError("Java heap space");
        }
    }

    /** Reads no data. */
    @Command(name = "exhaust-early")
    static final class EarlyExhaustingCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    private static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = LadderbenchCommand.newCommandLine(file -> {
            throw new AssertionError("The window must not open");
        });
        commandLine.addSubcommand(new ExhaustingCommand()).addSubcommand(new EarlyExhaustingCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void aCommandThatRunsOutOfMemoryOnItsDataSaysWhatItNeedsAndExitsWithTwo() {
        CliRun run = run("exhaust", CREDIT);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err().strip())
                .startsWith("Drift ran out of memory on 1,000 rows and 21 columns: Java may use at most ")
                .containsPattern("\\(-Xmx\\) and this needs about \\d+\\.\\d GB; start Ladderbench with more heap")
                .doesNotContain("Exception", "\tat ").hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aCommandThatRunsOutOfMemoryBeforeItReadsAnythingSaysSoInOneSentence() {
        CliRun run = run("exhaust-early");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err().strip()).startsWith("Ladderbench ran out of memory: Java may use at most ")
                .contains("-Xmx").hasLineCount(1);
    }
}
