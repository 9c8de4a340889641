package dev.ladderbench.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a stream ahead on a thread of its own. Gunzipping costs about a third of what parsing does, and
 * a gzipped file cannot be split in halves, so running it beside the parser is the only way to spread
 * a gzipped file's reading over two cores.
 */
final class ReadAheadInputStream extends InputStream {

    private static final int BLOCK = 1 << 20;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> blocks = new ArrayBlockingQueue<>(4);
    private final Thread thread;
    private volatile IOException failure;
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    ReadAheadInputStream(InputStream source, String threadName) {
        thread = new Thread(() -> pump(source), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void pump(InputStream source) {
        try (source) {
            byte[] block;
            while ((block = source.readNBytes(BLOCK)).length > 0) {
                blocks.put(block);
            }
        } catch (IOException e) {
            failure = e; // handed to the reader after the blocks read before it
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt(); // close(): nobody reads any more
            return;
        }
        try {
            blocks.put(END);
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == current.length) {
            if (ended || !nextBlock()) {
                return -1;
            }
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, n);
        position += n;
        return n;
    }

    private boolean nextBlock() throws IOException {
        try {
            current = blocks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Stopped while waiting for data");
        }
        position = 0;
        if (current == END) {
            ended = true;
            if (failure != null) {
                throw failure;
            }
            return false;
        }
        return true;
    }

    /** Stops the reading thread and waits for it to close the source. */
    @Override
    public void close() {
        WorkerThreads.stopAndAwait(thread);
    }
}
