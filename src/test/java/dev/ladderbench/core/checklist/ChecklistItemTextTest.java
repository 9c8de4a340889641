package dev.ladderbench.core.checklist;

import dev.ladderbench.core.finding.ErrorType;
import dev.ladderbench.report.LadderFixtures;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The wording of an item named without evaluating a checklist (the error taxonomy lists items by it). */
class ChecklistItemTextTest {

    @Test
    void everyItemIsWordedAsTheEvaluatedChecklistWordsIt() {
        Checklist checklist = ChecklistEvaluator.evaluate(LadderFixtures.withErrors(), Map.of());

        assertThat(Stream.concat(checklist.development().stream(), checklist.production().stream()))
                .allSatisfy(item -> assertThat(ChecklistEvaluator.itemText(item.id())).contains(item.item()));
    }

    @Test
    void everyItemTheTaxonomyNamesHasItsWording() {
        assertThat(Arrays.stream(ErrorType.values()).flatMap(type -> type.checklistItems().stream()))
                .isNotEmpty().allSatisfy(id -> assertThat(ChecklistEvaluator.itemText(id)).isPresent());
    }

    @Test
    void anUnknownIdHasNoWording() {
        assertThat(ChecklistEvaluator.itemText("no-such-item")).isEmpty();
    }
}
