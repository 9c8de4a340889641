package dev.ladderbench.core.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read from the file itself (before gunzipping), which is what progress is a fraction of,
 * and ends the stream after {@code limit} bytes when one part of a file is read on its own.
 */
final class CountingInputStream extends FilterInputStream {

    private final long limit;
    private volatile long count; // written by the thread reading ahead, read for progress by the parser

    CountingInputStream(InputStream in) {
        this(in, Long.MAX_VALUE);
    }

    CountingInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        if (count >= limit) {
            return -1;
        }
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (count >= limit) {
            return -1;
        }
        int n = super.read(buffer, offset, (int) Math.min(length, limit - count));
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, limit - count));
        count += skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    long count() {
        return count;
    }
}
