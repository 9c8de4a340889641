package dev.ladderbench.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.GZIPInputStream;

/**
 * The file a person chose: checked for being a readable regular file, opened read-only (the input is
 * never modified), and gunzipped transparently when its first bytes are the gzip magic number, whatever
 * its name.
 */
final class InputFile {

    /** A gzip file whose trailer cannot be trusted is assumed to expand this much (typical for CSV). */
    private static final int ASSUMED_GZIP_RATIO = 5;

    private final Path path;
    private final long size;
    private final boolean gzip;

    private InputFile(Path path, long size, boolean gzip) {
        this.path = path;
        this.size = size;
        this.gzip = gzip;
    }

    static InputFile open(Path path) throws InvalidInputException {
        String name = nameOf(path);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(path, name + " does not exist; check the folder and the file name.");
        } catch (IOException e) {
            throw cannotRead(path, e);
        }
        if (attributes.isDirectory()) {
            throw new InvalidInputException(path, name + " is a folder, not a file; choose a CSV file inside it.");
        }
        byte[] magic = new byte[2];
        int n;
        try (InputStream in = Files.newInputStream(path, StandardOpenOption.READ)) {
            n = in.readNBytes(magic, 0, 2);
        } catch (IOException e) {
            throw cannotRead(path, e);
        }
        boolean gzip = n == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        return new InputFile(path, attributes.size(), gzip);
    }

    static InvalidInputException cannotRead(Path path, IOException e) {
        String name = nameOf(path);
        String sentence = e instanceof AccessDeniedException
                ? name + " cannot be read because permission is denied; copy it somewhere you can read or ask its owner for access."
                : name + " cannot be read (" + e.getMessage() + "); check that the file is complete and not locked by another program.";
        return new InvalidInputException(path, sentence, false, e);
    }

    static String nameOf(Path path) {
        Path fileName = path.getFileName();
        return fileName == null ? path.toString() : fileName.toString();
    }

    Path path() {
        return path;
    }

    String name() {
        return nameOf(path);
    }

    /** The size on disk, which progress is measured against. */
    long size() {
        return size;
    }

    boolean gzip() {
        return gzip;
    }

    /** True for a {@code .tsv} or {@code .tsv.gz} name: tab is then the expected delimiter. */
    boolean namedTsv() {
        String lower = name().toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".tsv") || lower.endsWith(".tsv.gz");
    }

    /** Opens the file's content (gunzipped if need be); bytes read from disk are counted by {@code counter}. */
    InputStream openContent(CountingInputStream counter) throws IOException {
        return gzip ? new GZIPInputStream(counter, 1 << 16) : counter;
    }

    /** Like {@link #openContent} for reading it all: a gzipped file is gunzipped ahead on another thread. */
    InputStream openContentToReadAll(CountingInputStream counter) throws IOException {
        return gzip ? new ReadAheadInputStream(openContent(counter), "gunzip " + name()) : counter;
    }

    CountingInputStream openCounted() throws IOException {
        return new CountingInputStream(Files.newInputStream(path, StandardOpenOption.READ));
    }

    /** The bytes from {@code from} (inclusive) to {@code to} (exclusive) of a file that is not gzipped. */
    CountingInputStream openCounted(long from, long to) throws IOException {
        SeekableByteChannel channel = Files.newByteChannel(path, StandardOpenOption.READ);
        channel.position(from);
        return new CountingInputStream(Channels.newInputStream(channel), to - from);
    }

    /**
     * Where a second reader could start: just after the first line end at or past the middle, or -1 when
     * there is none. Whether a quoted field spans that line end is only known once the first half is read.
     */
    static long lineStartNearTheMiddle(InputFile file) throws InvalidInputException {
        try {
            return file.lineStartNearTheMiddle();
        } catch (IOException e) {
            throw cannotRead(file.path, e);
        }
    }

    private long lineStartNearTheMiddle() throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(path, StandardOpenOption.READ)) {
            long position = size / 2;
            channel.position(position);
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            while (channel.read(buffer) > 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    position++;
                    if (buffer.get() == '\n') {
                        return position < size ? position : -1;
                    }
                }
                buffer.clear();
            }
            return -1;
        }
    }

    /**
     * How many bytes of text the file holds. For gzip, the trailer's size field (the uncompressed size
     * modulo 2^32) when it is plausible, else an assumed ratio, since decompressing to find out would
     * cost as much as reading.
     */
    long estimatedTextBytes() throws IOException {
        if (!gzip) {
            return size;
        }
        long trailerSize = -1;
        if (size >= 18) {
            try (SeekableByteChannel channel = Files.newByteChannel(path, StandardOpenOption.READ)) {
                ByteBuffer trailer = ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                channel.position(size - 4);
                channel.read(trailer);
                trailer.flip();
                trailerSize = trailer.remaining() == 4 ? Integer.toUnsignedLong(trailer.getInt()) : -1;
            }
        }
        return trailerSize >= size ? trailerSize : size * ASSUMED_GZIP_RATIO;
    }
}
