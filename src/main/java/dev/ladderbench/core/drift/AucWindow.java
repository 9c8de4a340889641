package dev.ladderbench.core.drift;

/**
 * The production AUC over one window of consecutive labelled rows.
 *
 * @param from the first row's time value, or "line N" of the file when windows follow the file order
 * @param to   the same for the last row
 * @param auc  NaN when the window holds one class only
 */
public record AucWindow(int index, String from, String to, int rows, int positives, double auc) {
}
