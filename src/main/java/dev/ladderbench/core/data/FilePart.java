package dev.ladderbench.core.data;

/**
 * The bytes of a file one reader reads: all of it, or a range of a plain (not gzipped) file that starts
 * at a line start, so that two readers can share a large file.
 *
 * @param to exclusive end, or -1 for "to the end of the content"
 */
record FilePart(long from, long to) {

    static final FilePart WHOLE = new FilePart(0, -1);

    boolean whole() {
        return from == 0 && to < 0;
    }
}
