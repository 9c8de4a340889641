package dev.ladderbench.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkersTest {

    @Test
    void workStartedOnAPoolRunsItsNestedTasksOnThatPool() {
        Workers two = new Workers(2);

        boolean allOnTwo = two.call(() -> Workers.current().map(16, i -> Workers.current() == two)
                .stream().allMatch(onTwo -> onTwo));

        assertThat(allOnTwo).isTrue();
    }

    @Test
    void workStartedOutsideAnyPoolUsesTheMachineWidePool() {
        Workers machineWide = Workers.current();

        assertThat(machineWide.call(Workers::current)).isSameAs(machineWide);
        assertThat(new Workers(1).call(Workers::current)).isNotSameAs(machineWide);
    }
}
