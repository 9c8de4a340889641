package dev.ladderbench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ladderbench.core.AtomicFiles;
import dev.ladderbench.core.Version;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * How every JSON document Ladderbench writes is laid out and saved: two-space indents, "\n" line ends
 * whatever the platform (so the same result gives the same bytes on Windows too), a final newline, and
 * written whole or not at all.
 */
final class JsonText {

    private static final DefaultIndenter LF = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = JsonReport.MAPPER.writer(
            new DefaultPrettyPrinter().withObjectIndenter(LF).withArrayIndenter(LF));

    private JsonText() {
    }

    static String of(ObjectNode document) {
        try {
            return WRITER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("A tree of plain values cannot fail to serialise", e);
        }
    }

    /** A reader never sees half a file: it is written under a temporary name and moved into place. */
    static void write(ObjectNode document, Path file) throws IOException {
        byte[] bytes = of(document).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** The versions every document names, because its figures depend on them. */
    static ObjectNode versions() {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        node.put("ladderbench", Version.current());
        node.put("java", System.getProperty("java.version"));
        node.put("smile", JsonReport.SMILE_VERSION);
        return node;
    }
}
