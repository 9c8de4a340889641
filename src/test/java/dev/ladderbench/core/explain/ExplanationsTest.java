package dev.ladderbench.core.explain;

import dev.ladderbench.core.checklist.Checklist;
import dev.ladderbench.core.checklist.ChecklistEvaluator;
import dev.ladderbench.core.checklist.ChecklistItem;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.report.LadderFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rung, step, chart, checklist item and finding code has a text in both paragraphs. */
class ExplanationsTest {

    private static final Explanations TEXTS = Explanations.builtIn();

    /** The chart node ids the workbench shows; a new chart needs its id here and its text in the JSON. */
    static final String[] CHARTS = {"class-chart", "missing-chart", "leakage-chart", "fold-chart", "coefficient-chart",
            "importance-chart", "confusion-matrix", "contrast-chart", "distribution-chart", "fn-confidence-chart",
            "fp-confidence-chart", "roc-chart", "pr-chart", "reliability-chart", "drift-histogram", "rolling-auc",
            "contribution-chart"};

    @ParameterizedTest
    @EnumSource(RungId.class)
    void everyRungIsExplained(RungId rung) {
        assertComplete(TEXTS.step(rung.id()).orElseThrow(), "Why it matters", "How to fix");
    }

    @ParameterizedTest
    @ValueSource(strings = {"data", "errors", "threshold", "checklist", "production", "report"})
    void everyStepAfterTheRungsIsExplained(String step) {
        assertComplete(TEXTS.step(step).orElseThrow(), "Why it matters", "How to fix");
    }

    @ParameterizedTest
    @MethodSource("charts")
    void everyChartSaysHowToReadItAndWhatToLookFor(String chart) {
        assertComplete(TEXTS.chart(chart).orElseThrow(), "How to read it", "What to look for");
    }

    @Test
    void noChartIsExplainedThatTheWorkbenchDoesNotShow() {
        assertThat(TEXTS.chartIds()).containsExactlyInAnyOrder(CHARTS);
    }

    @ParameterizedTest
    @MethodSource("checklistItems")
    void everyChecklistItemIsExplainedUnderItsOwnWording(ChecklistItem item) {
        Explanation explanation = TEXTS.checklistItem(item.id(), item.item()).orElseThrow();
        assertComplete(explanation, "Why it matters", "How to fix");
        assertThat(explanation.title()).isEqualTo(item.item());
    }

    @Test
    void noChecklistTextIsLeftWithoutItsItem() {
        assertThat(TEXTS.checklistIds()).containsExactlyInAnyOrderElementsOf(checklistItems().map(ChecklistItem::id).toList());
    }

    @ParameterizedTest
    @EnumSource(FindingCode.class)
    void aFindingCodeIsExplainedByItsOwnWhyAndFix(FindingCode code) {
        Explanation explanation = Explanation.of(code);
        assertComplete(explanation, "Why it matters", "How to fix");
        assertThat(explanation.first()).isEqualTo(code.why());
        assertThat(explanation.second()).isEqualTo(code.fix());
    }

    @Test
    void anUnknownChartHasNoText() {
        assertThat(TEXTS.chart("no-such-chart")).isEmpty();
    }

    static Stream<String> charts() {
        return Stream.of(CHARTS);
    }

    static Stream<ChecklistItem> checklistItems() {
        Checklist checklist = ChecklistEvaluator.evaluate(LadderFixtures.withErrors(), Map.of());
        return Stream.concat(checklist.development().stream(), checklist.production().stream());
    }

    private static void assertComplete(Explanation explanation, String firstHeading, String secondHeading) {
        assertThat(explanation.title()).isNotBlank();
        assertThat(explanation.firstHeading()).isEqualTo(firstHeading);
        assertThat(explanation.first()).isNotBlank();
        assertThat(explanation.secondHeading()).isEqualTo(secondHeading);
        assertThat(explanation.second()).isNotBlank();
    }
}
