package dev.ladderbench.core.samples;

import dev.ladderbench.core.samples.Exercise.Deal;
import dev.ladderbench.core.samples.Exercise.Verdict;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Find the bug" without a window: dealing, judging and the score. */
class ExerciseTest {

    @Test
    void theDeckIsEverySampleOfOneFileTheCleanOneIncluded() {
        assertThat(Exercise.deck()).extracting(Sample::id).contains("readmission", "readmission-leak",
                "readmission-risk-score").doesNotContain("readmission-drift");
    }

    @Test
    void theKindsAreThePlantedBugsThenNoBug() {
        List<String> kinds = new Exercise(1).kinds();

        assertThat(kinds).hasSize(Exercise.deck().size()).doesNotHaveDuplicates()
                .contains("Target leakage", "Labels misaligned by a bad merge").endsWith(Exercise.NO_BUG);
    }

    @Test
    void theSameSeedDealsTheSameSamplesInTheSameOrder() {
        assertThat(ids(new Exercise(42), 12)).isEqualTo(ids(new Exercise(42), 12)).isNotEqualTo(ids(new Exercise(43), 12));
    }

    @Test
    void noSampleIsDealtTwiceInARowAndEveryOneComesUp() {
        List<String> dealt = ids(new Exercise(7), 300);

        IntStream.range(1, dealt.size()).forEach(i -> assertThat(dealt.get(i)).isNotEqualTo(dealt.get(i - 1)));
        assertThat(new HashSet<>(dealt)).hasSize(Exercise.deck().size());
    }

    @Test
    void dealsAreNumberedAndNamedWithoutTheSample() {
        Exercise exercise = new Exercise(3);
        exercise.deal();
        Deal second = exercise.deal();

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.fileName()).isEqualTo("exercise-2.csv");
    }

    @Test
    void aRightAnswerScoresOneOfOneAndRevealsTheCard() {
        Exercise exercise = new Exercise(5);
        Deal deal = exercise.deal();

        Verdict verdict = exercise.answer(deal.answer());

        assertThat(verdict.right()).isTrue();
        assertThat(verdict.card()).isEqualTo(deal.sample().card());
        assertThat(exercise.score()).hasToString("1/1");
    }

    @Test
    void aWrongAnswerCountsAsAttemptedAndNamesTheRightBug() {
        Exercise exercise = new Exercise(5);
        exercise.answer(exercise.deal().answer());
        Deal deal = exercise.deal();
        String wrong = exercise.kinds().stream().filter(k -> !k.equals(deal.answer())).findFirst().orElseThrow();

        Verdict verdict = exercise.answer(wrong);

        assertThat(verdict.right()).isFalse();
        assertThat(verdict.correct()).isEqualTo(deal.answer());
        assertThat(exercise.score()).isEqualTo(new Exercise.Score(1, 2));
    }

    @Test
    void theCleanSampleIsAnsweredNoBug() {
        Exercise exercise = new Exercise(List.of(Samples.byId("readmission").orElseThrow(),
                Samples.byId("readmission-id").orElseThrow()), 1);
        Deal deal = exercise.deal();
        while (deal.sample().card().planted()) {
            deal = exercise.deal();
        }

        assertThat(exercise.answer(Exercise.NO_BUG).right()).isTrue();
    }

    @Test
    void aDealIsAnsweredOnceAndAnUnansweredOneDoesNotCount() {
        Exercise exercise = new Exercise(9);
        assertThatThrownBy(() -> exercise.answer(Exercise.NO_BUG)).isInstanceOf(IllegalStateException.class);
        exercise.deal();
        exercise.deal();
        exercise.answer(Exercise.NO_BUG);

        assertThatThrownBy(() -> exercise.answer(Exercise.NO_BUG)).isInstanceOf(IllegalStateException.class);
        assertThat(exercise.score().attempted()).isEqualTo(1);
    }

    @Test
    void anAnswerThatIsNoKindIsRefused() {
        Exercise exercise = new Exercise(9);
        exercise.deal();

        assertThatThrownBy(() -> exercise.answer("Cosmic rays")).isInstanceOf(IllegalArgumentException.class);
        assertThat(exercise.score().attempted()).isZero();
    }

    private static List<String> ids(Exercise exercise, int deals) {
        return IntStream.range(0, deals).mapToObj(i -> exercise.deal().sample().id()).toList();
    }
}
