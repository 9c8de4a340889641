package dev.ladderbench.core.replay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ladderbench.core.AtomicFiles;
import dev.ladderbench.core.Version;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The {@code .lbp} pipeline file: a zip of exactly two JSON entries, {@value #MANIFEST} (format, versions,
 * data, target, threshold, feature schema with the imputer, scaler and encoder parameters) and
 * {@value #MODEL} (the model's numbers). Nothing in it is code: loading parses JSON into records and never
 * runs Java deserialization, so a hostile file can at worst be refused.
 *
 * <p>Loading refuses, with one sentence, a file larger than {@value #MAX_FILE_BYTES} bytes, a zip that is
 * truncated or malformed, any entry other than the two (whatever its name, so a path such as
 * {@code ../x} is never even considered: nothing is extracted to disk), a duplicate entry, an entry
 * inflating past its limit (a zip bomb stops at the limit), and content that does not validate.
 */
public final class PipelineFile {

    /** The file layout version this Ladderbench writes and reads. */
    public static final int FORMAT_VERSION = 1;
    public static final String EXTENSION = ".lbp";
    static final String MANIFEST = "manifest.json";
    static final String MODEL = "model.json";
    static final long MAX_FILE_BYTES = 64L << 20;
    static final Map<String, Integer> MAX_ENTRY_BYTES = Map.of(MANIFEST, 4 << 20, MODEL, 48 << 20);

    private static final Logger LOG = LoggerFactory.getLogger(PipelineFile.class);
    /** A fixed entry time, so that the same pipeline always gives the same bytes. */
    private static final long ENTRY_TIME = 1_577_836_800_000L;

    private PipelineFile() {
    }

    public static void write(SavedPipeline pipeline, Path file) throws IOException {
        byte[] manifest = PipelineJson.manifest(pipeline);
        byte[] model = PipelineJson.model(pipeline.model());
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            putEntry(zip, MANIFEST, manifest);
            putEntry(zip, MODEL, model);
            zip.finish();
        });
    }

    private static void putEntry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /**
     * @throws InvalidInputException one sentence naming the file and why it cannot be used
     */
    public static LoadedPipeline read(Path file) throws InvalidInputException {
        Map<String, byte[]> entries = entries(file);
        try {
            JsonNode manifest = PipelineJson.parse(entries.get(MANIFEST), MANIFEST);
            PipelineJson.Header header = PipelineJson.header(manifest);
            if (header.formatVersion() != FORMAT_VERSION) {
                throw new InvalidInputException(file, file.getFileName() + " was written in pipeline format "
                        + header.formatVersion() + " by Ladderbench " + header.ladderbenchVersion()
                        + ", and this Ladderbench (" + Version.current() + ") reads format " + FORMAT_VERSION
                        + " only; save the pipeline again with this version, or use the version that wrote it.");
            }
            SavedPipeline pipeline = PipelineJson.pipeline(manifest, PipelineJson.parse(entries.get(MODEL), MODEL));
            return new LoadedPipeline(file, pipeline, versionFindings(pipeline));
        } catch (PipelineFormatException e) {
            throw refused(file, e.getMessage(), e);
        }
    }

    private static List<Finding> versionFindings(SavedPipeline pipeline) {
        if (pipeline.ladderbenchVersion().equals(Version.current())) {
            return List.of();
        }
        return List.of(new Finding(FindingCode.VERSION_MISMATCH, FindingCode.VERSION_MISMATCH.defaultSeverity(), null,
                "The pipeline was written by Ladderbench " + pipeline.ladderbenchVersion() + " and is replayed by "
                        + Version.current() + " (same file format " + pipeline.formatVersion() + ").",
                List.of(), Map.of("written_by", pipeline.ladderbenchVersion(), "running", Version.current(),
                        "format_version", pipeline.formatVersion())));
    }

    /** Reads both entries into memory, each under its limit, refusing anything else in the zip. */
    private static Map<String, byte[]> entries(Path file) throws InvalidInputException {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw refused(file, "it is larger than " + (MAX_FILE_BYTES >> 20) + " MB", null);
            }
        } catch (IOException e) {
            LOG.warn("Cannot read {}", file, e);
            throw new InvalidInputException(file, "The pipeline file " + file + " cannot be read (" + e.getMessage()
                    + "); check the name and that you may read it.", false, e);
        }
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRY_BYTES.size()) {
                throw refused(file, "it holds " + zip.size() + " entries, not the two of a pipeline file", null);
            }
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String name = entry.getName();
                Integer limit = MAX_ENTRY_BYTES.get(name);
                if (limit == null) {
                    throw refused(file, "it holds an entry named '" + printable(name) + "', which no pipeline file has",
                            null);
                }
                if (entries.containsKey(name)) {
                    throw refused(file, "it holds the entry " + name + " twice", null);
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(name, readAtMost(in, limit, file, name));
                }
            }
        } catch (ZipException e) {
            throw refused(file, "it is not a complete zip archive (truncated or damaged)", e);
        } catch (IOException e) {
            throw refused(file, "it could not be read as a zip archive (" + e.getMessage() + ")", e);
        }
        for (String name : MAX_ENTRY_BYTES.keySet()) {
            if (!entries.containsKey(name)) {
                throw refused(file, "it has no " + name, null);
            }
        }
        return entries;
    }

    /** Inflates at most {@code limit} bytes: a zip bomb is stopped there, whatever its headers claim. */
    private static byte[] readAtMost(InputStream in, int limit, Path file, String name) throws IOException,
            InvalidInputException {
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw refused(file, "its entry " + name + " inflates to more than " + (limit >> 20)
                    + " MB (a zip bomb, or not a pipeline file)", null);
        }
        return bytes;
    }

    private static InvalidInputException refused(Path file, String reason, Exception cause) {
        if (cause != null) {
            LOG.warn("Refused pipeline file {}: {}", file, reason, cause);
        }
        return new InvalidInputException(file, "The pipeline file " + file.getFileName() + " cannot be loaded: "
                + reason + "; save the pipeline again with Ladderbench (the pipeline command or the Production step).",
                false, cause);
    }

    /** An entry name as it can be shown in one line: control characters and excess length cut. */
    private static String printable(String name) {
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "..." : clean;
    }
}
