package dev.ladderbench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts shipped for reports, in fallback order: a character is set in the first that has it. DejaVu
 * Sans covers Latin, Greek, Cyrillic and most symbols; Droid Sans Fallback covers CJK; Noto Emoji
 * (monochrome) covers emoji. Licences beside the files in {@code fonts/}.
 */
public enum ReportFonts {
    REGULAR("DejaVuSans.ttf"),
    BOLD("DejaVuSans-Bold.ttf"),
    CJK("DroidSansFallbackFull.ttf"),
    EMOJI("NotoEmoji-Regular.ttf");

    /** After the first font of a run (regular or bold), where characters it lacks are looked for. */
    public static final List<ReportFonts> FALLBACKS = List.of(CJK, EMOJI);

    private final String file;

    ReportFonts(String file) {
        this.file = file;
    }

    public InputStream open() {
        InputStream in = ReportFonts.class.getResourceAsStream("fonts/" + file);
        if (in == null) {
            throw new UncheckedIOException(new IOException("The report font " + file + " is missing from the build"));
        }
        return in;
    }

    public byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the report font " + file + " failed", e);
        }
    }

    /**
     * Characters that change how a neighbour looks rather than drawing themselves (emoji variation
     * selectors, joiners): when no font has them they are left out instead of printed as a box.
     */
    public static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK && codePoint >= 0xFE00 && codePoint <= 0xFE0F
                || codePoint >= 0xE0000;
    }
}
