package dev.ladderbench.cli;

/** Names a field separator as a person says it. */
final class DelimiterNames {

    private DelimiterNames() {
    }

    static String of(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "pipe";
            default -> "'" + delimiter + "'";
        };
    }
}
