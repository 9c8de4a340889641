package dev.ladderbench.report.pdf;

import dev.ladderbench.report.ReportFonts;

import java.util.EnumMap;
import java.util.Map;

/** The font files read once per run: every PDF written afterwards parses them from memory. */
final class FontBytes {

    private static final Map<ReportFonts, byte[]> BYTES = new EnumMap<>(ReportFonts.class);

    private FontBytes() {
    }

    static synchronized byte[] of(ReportFonts font) {
        return BYTES.computeIfAbsent(font, ReportFonts::bytes);
    }
}
