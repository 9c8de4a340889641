package dev.ladderbench.core.data;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How to read a CSV file.
 *
 * @param delimiter     the field separator, or empty to sniff it among comma, semicolon, tab and pipe
 * @param missingTokens cell texts (compared after trimming) that mean "no value"; the empty cell always does
 * @param skipBadLines  skip records whose field count differs from the header's, and report how many
 */
public record CsvReadOptions(Optional<Character> delimiter, Set<String> missingTokens, boolean skipBadLines) {

    public static final List<String> DEFAULT_MISSING_TOKENS = List.of("", "NA", "N/A", "NaN", "null", "None", "?");

    public CsvReadOptions {
        missingTokens = Set.copyOf(missingTokens);
    }

    public static CsvReadOptions defaults() {
        return new CsvReadOptions(Optional.empty(), Set.copyOf(DEFAULT_MISSING_TOKENS), false);
    }

    public CsvReadOptions withSkipBadLines(boolean skip) {
        return new CsvReadOptions(delimiter, missingTokens, skip);
    }

    public CsvReadOptions withDelimiter(char d) {
        return new CsvReadOptions(Optional.of(d), missingTokens, skipBadLines);
    }

    public CsvReadOptions withMissingTokens(Set<String> tokens) {
        return new CsvReadOptions(delimiter, tokens, skipBadLines);
    }
}
