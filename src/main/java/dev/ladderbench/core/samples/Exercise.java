package dev.ladderbench.core.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * "Find the bug": deals samples at random without their names, judges the bug a student names for the one
 * dealt, and keeps the score of the session. Not thread-safe; the workbench uses it from the FX thread.
 */
public final class Exercise {

    /** The answer for the clean sample, where nothing is planted. */
    public static final String NO_BUG = "No bug";

    private final List<Sample> deck;
    private final Random random;
    private Deal current;
    private Verdict verdict;
    private int dealt;
    private int right;
    private int attempted;

    /** The standard deck ({@link #deck()}) in an order drawn from {@code seed}. */
    public Exercise(long seed) {
        this(deck(), seed);
    }

    Exercise(List<Sample> deck, long seed) {
        if (deck.size() < 2) {
            throw new IllegalArgumentException("An exercise needs two samples at least, to deal another");
        }
        this.deck = List.copyOf(deck);
        this.random = new Random(seed);
    }

    /**
     * The samples dealt: every sample of one file, the clean one included (answered {@value #NO_BUG}). The
     * drift pair is left out: its bug lies between two files, and their names would give it away.
     */
    public static List<Sample> deck() {
        return Samples.all().stream().filter(s -> s.card().files().size() == 1).toList();
    }

    /** The bugs to choose from: each planted kind in the deck's order, then {@value #NO_BUG} if the deck has a clean sample. */
    public List<String> kinds() {
        List<String> kinds = new ArrayList<>(deck.stream().filter(s -> s.card().planted()).map(s -> s.card().kind()).toList());
        if (deck.stream().anyMatch(s -> !s.card().planted())) {
            kinds.add(NO_BUG);
        }
        return List.copyOf(kinds);
    }

    /** Deals the next sample, never the one just dealt; an unanswered deal does not count in the score. */
    public Deal deal() {
        List<Sample> choices = deck.stream().filter(s -> current == null || s != current.sample()).toList();
        dealt++;
        current = new Deal(dealt, choices.get(random.nextInt(choices.size())));
        verdict = null;
        return current;
    }

    /** The sample dealt last; empty before the first deal. */
    public Optional<Deal> current() {
        return Optional.ofNullable(current);
    }

    /** The answer to the current deal; empty until it is answered. */
    public Optional<Verdict> verdict() {
        return Optional.ofNullable(verdict);
    }

    /**
     * Judges {@code kind} (one of {@link #kinds()}) for the current deal and counts it in the score.
     *
     * @throws IllegalStateException before a deal, or when the deal was answered already (one answer per deal)
     */
    public Verdict answer(String kind) {
        if (current == null) {
            throw new IllegalStateException("Nothing was dealt to answer");
        }
        if (verdict != null) {
            throw new IllegalStateException("Exercise " + current.number() + " was answered already");
        }
        if (!kinds().contains(kind)) {
            throw new IllegalArgumentException("Not a bug of this exercise: " + kind);
        }
        boolean correct = kind.equals(current.answer());
        attempted++;
        if (correct) {
            right++;
        }
        verdict = new Verdict(kind, current.answer(), correct, current.sample().card());
        return verdict;
    }

    public Score score() {
        return new Score(right, attempted);
    }

    /** One sample dealt, numbered from 1 in the session, under a file name that does not give it away. */
    public record Deal(int number, Sample sample) {

        public String fileName() {
            return "exercise-" + number + ".csv";
        }

        /** The right answer: the planted bug's kind, or {@value Exercise#NO_BUG}. */
        public String answer() {
            return sample.card().planted() ? sample.card().kind() : NO_BUG;
        }
    }

    /** A judged answer, with the card to reveal. */
    public record Verdict(String answer, String correct, boolean right, SampleCard card) {
    }

    /** Right answers out of those attempted, in this session. */
    public record Score(int right, int attempted) {

        @Override
        public String toString() {
            return right + "/" + attempted;
        }
    }
}
