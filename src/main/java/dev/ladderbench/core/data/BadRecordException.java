package dev.ladderbench.core.data;

import java.util.function.IntFunction;

/**
 * A record that stops reading, found by a reader that may not yet know on which line of the file its
 * part starts: the sentence is made once that line offset is known.
 */
final class BadRecordException extends Exception {

    private final transient IntFunction<InvalidInputException> sentence;
    private final boolean quoteOpenAtEnd;

    BadRecordException(IntFunction<InvalidInputException> sentence, boolean quoteOpenAtEnd) {
        super(null, null, false, false);
        this.sentence = sentence;
        this.quoteOpenAtEnd = quoteOpenAtEnd;
    }

    /** The end of the part was reached inside a quoted field: for the first half of a file, a bad split. */
    boolean quoteOpenAtEnd() {
        return quoteOpenAtEnd;
    }

    /** @param lineOffset lines of the file before the part that was read */
    InvalidInputException toInvalidInput(int lineOffset) {
        return sentence.apply(lineOffset);
    }
}
