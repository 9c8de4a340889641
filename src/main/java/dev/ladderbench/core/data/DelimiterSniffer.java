package dev.ladderbench.core.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Guesses the field separator from the first lines: the candidate that splits the header into more
 * than one field and splits the following records into the same number of fields, quotes respected.
 */
final class DelimiterSniffer {

    static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int LINES = 50;

    private DelimiterSniffer() {
    }

    /**
     * @param text      the start of the file
     * @param wholeFile false when {@code text} was cut off, so its last record may be incomplete
     * @param preferTab the file is named .tsv: tab wins ties and is the fallback
     */
    static char sniff(String text, boolean wholeFile, boolean preferTab) {
        char fallback = preferTab ? '\t' : ',';
        char best = fallback;
        double bestScore = 0;
        int bestFields = 1;
        for (char candidate : preferTab ? new char[] {'\t', ',', ';', '|'} : CANDIDATES) {
            List<Integer> counts = fieldCounts(text, wholeFile, candidate);
            if (counts.isEmpty() || counts.get(0) < 2) {
                continue;
            }
            int header = counts.get(0);
            long agreeing = counts.stream().filter(c -> c == header).count();
            double score = (double) agreeing / counts.size();
            if (score > bestScore || (score == bestScore && header > bestFields)) {
                best = candidate;
                bestScore = score;
                bestFields = header;
            }
        }
        return best;
    }

    /** Fields per record of the first lines; an unclosed quote ends the sample where it opened. */
    private static List<Integer> fieldCounts(String text, boolean wholeFile, char delimiter) {
        List<Integer> counts = new ArrayList<>();
        CsvTokenizer records = new CsvTokenizer(new StringReader(text), delimiter, text.length() + 1);
        try {
            boolean more = records.next();
            while (counts.size() < LINES && more) {
                if (!records.blankLine()) {
                    counts.add(records.fieldCount());
                }
                more = records.next();
            }
            if (!wholeFile && !more && counts.size() > 1) {
                counts.remove(counts.size() - 1); // the cut may have split the last record
            }
        } catch (CsvTokenizer.SyntaxException e) {
            // A quote left open within the sample: judge the candidate by the records before it.
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException("A StringReader does not fail", e);
        }
        return counts;
    }
}
