package dev.ladderbench.core.data;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Helps a person who mistyped a column name (the target, an excluded column). */
public final class ColumnNames {

    private ColumnNames() {
    }

    /** One sentence: no such column in the dataset, with the closest names or the first few. */
    public static String noSuchColumn(Dataset dataset, String name) {
        List<String> close = closest(dataset.columnNames(), name);
        String suggestion = close.isEmpty()
                ? "; the columns are " + String.join(", ", dataset.columnNames().subList(0,
                        Math.min(10, dataset.columnCount()))) + (dataset.columnCount() > 10 ? ", ..." : "") + "."
                : "; did you mean " + String.join(" or ", close.stream().map(c -> "'" + c + "'").toList()) + "?";
        return "There is no column '" + name + "' in " + dataset.name() + suggestion;
    }

    /** Up to three names within a small edit distance of {@code wanted}, ignoring case, closest first. */
    static List<String> closest(List<String> names, String wanted) {
        String w = wanted.toLowerCase(Locale.ROOT);
        int tolerance = Math.max(2, w.length() / 3);
        return names.stream()
                .filter(n -> distance(n.toLowerCase(Locale.ROOT), w) <= tolerance)
                .sorted(Comparator.comparingInt(n -> distance(n.toLowerCase(Locale.ROOT), w)))
                .limit(3)
                .toList();
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
