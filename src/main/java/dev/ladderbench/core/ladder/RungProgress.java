package dev.ladderbench.core.ladder;

import dev.ladderbench.core.ProgressListener;

/**
 * Forwards a step's progress as a span of a larger whole, its message prefixed with where it happens
 * ("2 Linear: fold 3 of 5"), so that one bar and one status line cover the whole climb.
 */
record RungProgress(ProgressListener outer, String prefix, double start, double span) implements ProgressListener {

    static RungProgress of(ProgressListener outer, RungId rung) {
        return new RungProgress(outer, rung.label(), 0, 1);
    }

    /** The part from {@code from} to {@code to} (fractions of this span), under a longer prefix. */
    RungProgress part(double from, double to, String subPrefix) {
        return new RungProgress(outer, subPrefix.isEmpty() ? prefix : prefix + " " + subPrefix,
                start + from * span, (to - from) * span);
    }

    RungProgress scaled(double from, double to) {
        return part(from, to, "");
    }

    @Override
    public void progress(double fraction, String message) {
        double overall = fraction < 0 ? start : start + Math.min(fraction, 1) * span;
        outer.progress(overall, prefix + ": " + message);
    }
}
