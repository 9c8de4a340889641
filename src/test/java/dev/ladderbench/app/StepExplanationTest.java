package dev.ladderbench.app;

import dev.ladderbench.app.help.Help;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every step of the step bar has its "?" text, so a new step cannot arrive without one. */
class StepExplanationTest {

    @ParameterizedTest
    @EnumSource(Step.class)
    void everyStepIsExplained(Step step) {
        String id = step.rung().map(r -> r.id()).orElse(step.name().toLowerCase(Locale.ROOT));

        assertThat(Help.step(id).first()).isNotBlank();
        assertThat(Help.step(id).second()).isNotBlank();
    }
}
