package dev.ladderbench.core.replay;

import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.session.SessionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files built to attack the pipeline loader (and a gadget posing as a session): each is refused with one
 * sentence, and nothing from them runs.
 */
class HostileFileTest {

    private static final String REFUSAL = "The pipeline file hostile.lbp cannot be loaded: ";

    private static byte[] manifest() throws IOException {
        return PipelineJson.manifest(CreditPipelines.pipeline(ModelKind.LINEAR));
    }

    private static byte[] model() throws IOException {
        return PipelineJson.model(CreditPipelines.pipeline(ModelKind.LINEAR).model());
    }

    private static Path zip(Path dir, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve("hostile.lbp");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static Path zip(Path dir, String name1, byte[] content1, String name2, byte[] content2) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(name1, content1);
        entries.put(name2, content2);
        return zip(dir, entries);
    }

    /** A HashMap keyed by a URL: the classic gadget whose deserialization makes a DNS lookup. */
    private static byte[] serializedHashMapWithUrl() throws IOException {
        HashMap<URL, String> map = new HashMap<>();
        map.put(new URL("file:/ladderbench/probe"), "probe");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(map);
        }
        return bytes.toByteArray();
    }

    private static void assertRefused(Path file, String reason) {
        assertThatThrownBy(() -> PipelineFile.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(REFUSAL + reason)
                .hasMessageEndingWith("; save the pipeline again with Ladderbench (the pipeline command or the"
                        + " Production step).")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aSerializedHashMapWithAUrlAsTheModelIsRefusedAndNoObjectStreamIsEverCreated(@TempDir Path dir)
            throws Exception {
        Path file = zip(dir, "manifest.json", manifest(), "model.json", serializedHashMapWithUrl());

        assertRefused(file, "model.json is not valid JSON");
        String outcome = NewProcess.run("load", file.toString());
        assertThat(outcome).contains("refused: " + REFUSAL + "model.json is not valid JSON")
                .contains("object input streams: 0");
    }

    @Test
    void aSerializedObjectPosingAsASessionIsRefusedAndNoObjectStreamIsEverCreated(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("hostile.ladder"), serializedHashMapWithUrl());

        assertThatThrownBy(() -> SessionFiles.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage("hostile.ladder is not a Ladderbench session: it is not valid JSON (line 1, column 1);"
                        + " choose a .ladder file saved by File > Save session.");
        String outcome = NewProcess.run("load-session", file.toString());
        assertThat(outcome).contains("refused: hostile.ladder is not a Ladderbench session")
                .contains("object input streams: 0");
    }

    @Test
    void aSerializedObjectInsteadOfAZipIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hostile.lbp");
        Files.write(file, serializedHashMapWithUrl());

        assertRefused(file, "it is not a complete zip archive (truncated or damaged)");
    }

    @Test
    void aTruncatedFileIsRefused(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole.lbp");
        PipelineFile.write(CreditPipelines.pipeline(ModelKind.FOREST), whole);
        byte[] bytes = Files.readAllBytes(whole);
        Path file = dir.resolve("hostile.lbp");
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        assertRefused(file, "it is not a complete zip archive (truncated or damaged)");
    }

    @Test
    void anEntryInflatingPastItsLimitIsRefused(@TempDir Path dir) throws Exception {
        byte[] bomb = new byte[PipelineFile.MAX_ENTRY_BYTES.get("manifest.json") + 1];
        Arrays.fill(bomb, (byte) ' ');
        Path file = zip(dir, "manifest.json", bomb, "model.json", model());

        assertThat(Files.size(file)).isLessThan(64 * 1024);
        assertRefused(file, "its entry manifest.json inflates to more than 4 MB (a zip bomb, or not a pipeline file)");
    }

    @Test
    void anEntryWithAPathOutsideTheArchiveIsRefusedAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path inner = Files.createDirectories(dir.resolve("inner"));
        Path file = zip(inner, "manifest.json", manifest(), "../evil.json", model());

        assertRefused(file, "it holds an entry named '../evil.json', which no pipeline file has");
        assertThat(dir.resolve("evil.json")).doesNotExist();
    }

    @Test
    void aFileLargerThanTheCapIsRefusedBeforeItIsOpenedAsAZip(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hostile.lbp");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(PipelineFile.MAX_FILE_BYTES + 1);
        }

        assertRefused(file, "it is larger than 64 MB");
    }

    @Test
    void anEntryWhoseHeaderClaimsASmallSizeIsStillStoppedAtItsLimit(@TempDir Path dir) throws Exception {
        byte[] bomb = new byte[PipelineFile.MAX_ENTRY_BYTES.get("manifest.json") * 2];
        Arrays.fill(bomb, (byte) ' ');
        Path file = zip(dir, "manifest.json", bomb, "model.json", model());
        byte[] bytes = Files.readAllBytes(file);
        // The central directory's "uncompressed size" of the first entry (offset 24 of its header) says 100 bytes.
        int central = lastIndexOf(bytes, new byte[] {0x50, 0x4B, 0x01, 0x02}, bytes.length);
        int first = lastIndexOf(bytes, new byte[] {0x50, 0x4B, 0x01, 0x02}, central);
        java.nio.ByteBuffer.wrap(bytes, first + 24, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(100);
        Files.write(file, bytes);

        assertRefused(file, "its entry manifest.json inflates to more than 4 MB (a zip bomb, or not a pipeline file)");
    }

    @Test
    void anEntryWithAnAbsolutePathIsRefused(@TempDir Path dir) throws Exception {
        Path file = zip(dir, "manifest.json", manifest(), "/tmp/evil.json", model());

        assertRefused(file, "it holds an entry named '/tmp/evil.json', which no pipeline file has");
    }

    private static int lastIndexOf(byte[] bytes, byte[] pattern, int before) {
        for (int i = before - pattern.length; i >= 0; i--) {
            if (Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new AssertionError("pattern not found");
    }

    @Test
    void aDuplicateEntryIsRefused(@TempDir Path dir) throws Exception {
        Path file = zip(dir, "manifest.json", manifest(), "manifesX.json", manifest());
        // ZipOutputStream refuses to write a duplicate name, so rename the second entry in the bytes.
        byte[] bytes = Files.readAllBytes(file);
        byte[] from = "manifesX.json".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + from.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                bytes[i + 7] = 't';
            }
        }
        Files.write(file, bytes);

        assertRefused(file, "it holds the entry manifest.json twice");
    }

    @Test
    void aMissingEntryIsRefused(@TempDir Path dir) throws Exception {
        Path file = zip(dir, Map.of("manifest.json", manifest()));

        assertRefused(file, "it has no model.json");
    }

    @Test
    void aTreeWhoseChildPointsBackIsRefused(@TempDir Path dir) throws Exception {
        SavedPipeline forest = CreditPipelines.pipeline(ModelKind.FOREST);
        String model = new String(PipelineJson.model(forest.model()), StandardCharsets.UTF_8);
        // The first tree's root sends rows left to itself: scoring would never end.
        String looped = model.replaceFirst("\"left\" : \\[ \\d+", "\"left\" : [ 0");
        assertThat(looped).isNotEqualTo(model);
        Path file = zip(dir, "manifest.json", PipelineJson.manifest(forest), "model.json",
                looped.getBytes(StandardCharsets.UTF_8));

        assertRefused(file, "tree 1: node 0 has a child outside the later nodes");
    }

    @Test
    void aNonNumberWhereAWeightBelongsIsRefused(@TempDir Path dir) throws Exception {
        String model = new String(model(), StandardCharsets.UTF_8).replaceFirst("\"intercept\" : [^,}\\n]+",
                "\"intercept\" : \"1e999\"");
        Path file = zip(dir, "manifest.json", manifest(), "model.json", model.getBytes(StandardCharsets.UTF_8));

        assertRefused(file, "the field 'intercept' is not a finite number");
    }

    @Test
    void anIncompatibleFormatVersionIsRefusedNamingBothVersions(@TempDir Path dir) throws Exception {
        String manifest = new String(manifest(), StandardCharsets.UTF_8)
                .replace("\"format_version\" : 1,", "\"format_version\" : 2,");
        Path file = zip(dir, "manifest.json", manifest.getBytes(StandardCharsets.UTF_8), "model.json", model());

        assertThatThrownBy(() -> PipelineFile.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("hostile.lbp was written in pipeline format 2 by Ladderbench ")
                .hasMessageEndingWith("reads format 1 only; save the pipeline again with this version, or use the"
                        + " version that wrote it.");
    }
}
