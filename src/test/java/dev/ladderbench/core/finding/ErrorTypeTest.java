package dev.ladderbench.core.finding;

import dev.ladderbench.core.explain.Explanations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The taxonomy: every layer has error types, every type is covered, every code is reachable. */
class ErrorTypeTest {

    @ParameterizedTest
    @EnumSource(Layer.class)
    void everyLayerHasItsErrorTypes(Layer layer) {
        assertThat(ErrorType.of(layer)).isNotEmpty().allMatch(t -> t.layer() == layer);
    }

    @ParameterizedTest
    @EnumSource(ErrorType.class)
    void everyErrorTypeIsDetectedByACodeOrCoveredByAChecklistItem(ErrorType type) {
        assertThat(type.codes().size() + type.checklistItems().size()).isPositive();
        assertThat(type.checklistItems()).allSatisfy(id -> assertThat(Explanations.builtIn().checklistIds()).contains(id));
    }

    @Test
    void everyCodeIsReachableFromTheTaxonomy() {
        Stream<FindingCode> named = Arrays.stream(ErrorType.values()).flatMap(t -> t.codes().stream());
        Stream<FindingCode> others = Arrays.stream(Layer.values()).flatMap(l -> ErrorType.otherCodes(l).stream());
        assertThat(Stream.concat(named, others)).containsAll(Arrays.asList(FindingCode.values()));
    }

    @Test
    void otherCodesOfALayerAreItsCodesThatNoTypeNames() {
        assertThat(ErrorType.otherCodes(Layer.MODEL)).containsExactlyInAnyOrder(FindingCode.FOREST_WORSE_THAN_LINEAR,
                FindingCode.OVERFITTING);
    }
}
