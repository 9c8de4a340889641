package dev.ladderbench.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OptionDescriptionTest {

    /**
     * picocli passes every description through String.format: a lone '%' (as in "20 % split") makes each
     * --help print a warning on stderr, and the description unformatted. The annotations' own text is checked,
     * as picocli hands out the descriptions already formatted.
     */
    @Test
    void everyOptionDescriptionFormatsWithoutAWarning() {
        List<String> unformattable = new ArrayList<>();
        int checked = 0;
        for (CommandLine command : LadderbenchCommand.newCommandLine(file -> { }).getSubcommands().values()) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (option.userObject() instanceof AnnotatedElement element && element.isAnnotationPresent(Option.class)) {
                    checked++;
                    for (String line : element.getAnnotation(Option.class).description()) {
                        if (!formats(line)) {
                            unformattable.add(command.getCommandName() + " " + option.longestName());
                        }
                    }
                }
            }
        }

        assertThat(checked).isGreaterThan(20);
        assertThat(unformattable).isEmpty();
    }

    private static boolean formats(String line) {
        try {
            String.format(line);
            return true;
        } catch (IllegalFormatException e) {
            return false;
        }
    }
}
