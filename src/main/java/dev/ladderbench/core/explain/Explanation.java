package dev.ladderbench.core.explain;

import dev.ladderbench.core.finding.FindingCode;

import java.util.Objects;

/**
 * A text that explains one thing the workbench shows, as two headed paragraphs: "Why it matters" and "How to
 * fix" for a rung, step, checklist item or finding code; "How to read it" and "What to look for" for a chart.
 */
public record Explanation(String title, String firstHeading, String first, String secondHeading, String second) {

    public static final String WHY = "Why it matters";
    public static final String FIX = "How to fix";
    public static final String READ = "How to read it";
    public static final String LOOK = "What to look for";

    public Explanation {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(firstHeading, "firstHeading");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(secondHeading, "secondHeading");
        Objects.requireNonNull(second, "second");
    }

    /** A finding code's own why and fix: the code is the one place they are written. */
    public static Explanation of(FindingCode code) {
        return new Explanation(code.title(), WHY, code.why(), FIX, code.fix());
    }

    /** Both paragraphs under their headings, for a tooltip, the clipboard or a screen reader. */
    public String text() {
        return firstHeading + ": " + first + "\n" + secondHeading + ": " + second;
    }
}
