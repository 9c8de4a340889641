package dev.ladderbench.app;

import dev.ladderbench.core.data.LoadResult;

/** The status bar's description of a loaded file: "1,000 rows · 21 columns · comma-separated · UTF-8". */
final class FileSummary {

    private FileSummary() {
    }

    static String of(LoadResult result) {
        String text = String.format("%s · %,d rows · %,d columns · %s · %s", result.dataset().name(),
                result.dataset().rowCount(), result.dataset().columnCount(), delimiter(result.delimiter()),
                result.charset().displayName());
        if (result.skippedLines() > 0) {
            text += String.format(result.skippedLines() == 1 ? " · %,d bad line skipped" : " · %,d bad lines skipped",
                    result.skippedLines());
        }
        return text;
    }

    private static String delimiter(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma-separated";
            case ';' -> "semicolon-separated";
            case '\t' -> "tab-separated";
            case '|' -> "pipe-separated";
            default -> "separated by '" + delimiter + "'";
        };
    }
}
