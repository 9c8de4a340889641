package dev.ladderbench.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The first block of a file's content, looked at before parsing: is it empty, is it text at all, is
 * it UTF-8 (with or without a byte order mark), and what does its text look like.
 */
final class TextSample {

    static final int SIZE = 1 << 16;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final byte[] bytes;
    private final boolean wholeFile;

    private TextSample(byte[] bytes, boolean wholeFile) {
        this.bytes = bytes;
        this.wholeFile = wholeFile;
    }

    static TextSample read(InputStream content) throws IOException {
        byte[] bytes = content.readNBytes(SIZE);
        return new TextSample(bytes, bytes.length < SIZE || content.read() < 0);
    }

    boolean wholeFile() {
        return wholeFile;
    }

    int byteCount() {
        return bytes.length;
    }

    boolean hasUtf8Bom() {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    /** UTF-16 when the block starts with its byte order mark (either byte order), else null. */
    Charset utf16ByBom() {
        return startsWith(0xFF, 0xFE) || startsWith(0xFE, 0xFF) ? StandardCharsets.UTF_16 : null;
    }

    /**
     * True when NUL bytes fill every other byte of a text-like block, as in UTF-16 without a byte order
     * mark (which cannot be told from binary for sure, so it is not read, but named).
     */
    boolean looksLikeUtf16WithoutBom() {
        if (bytes.length < 4) {
            return false;
        }
        int[] nulsAt = new int[2];
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                nulsAt[i % 2]++;
            }
        }
        int pairs = bytes.length / 2;
        return Math.max(nulsAt[0], nulsAt[1]) >= pairs * 0.9 && Math.min(nulsAt[0], nulsAt[1]) == 0;
    }

    /** Empty, or nothing but a byte order mark and whitespace. */
    boolean blank() {
        for (int i = hasUtf8Bom() ? 3 : 0; i < bytes.length; i++) {
            if ((bytes[i] & 0xff) > ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * A short description of why this is not text (a NUL byte or a known binary signature), or null when
     * it looks like text. Text files never hold NUL; images, spreadsheets and archives almost always do.
     */
    String binaryEvidence() {
        if (startsWith(0x50, 0x4B, 0x03, 0x04)) {
            return "it is a ZIP archive, such as an Excel workbook";
        }
        if (startsWith(0x89, 'P', 'N', 'G')) {
            return "it is a PNG image";
        }
        if (startsWith('%', 'P', 'D', 'F')) {
            return "it is a PDF document";
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return "it holds a NUL byte at offset " + i;
            }
        }
        return null;
    }

    private boolean startsWith(int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xff) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** True when the block decodes as UTF-8; a character cut off at the end of a partial block is fine. */
    boolean validUtf8() {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, wholeFile);
        return !result.isError();
    }

    /** The block as text, without a byte order mark. */
    String text(Charset charset) {
        int start = hasUtf8Bom() ? 3 : 0;
        return new String(bytes, start, bytes.length - start, charset);
    }

    /** Decoder for the whole file: strict for UTF-8 so that a bad byte later on is noticed, lenient for 1252. */
    static CharsetDecoder decoder(Charset charset) {
        CodingErrorAction onError = charset.equals(StandardCharsets.UTF_8)
                ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        return charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    }
}
