package dev.ladderbench.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.replay.LoadedPipeline;
import dev.ladderbench.core.replay.PipelineFile;
import dev.ladderbench.core.replay.Replay;
import dev.ladderbench.core.replay.Replayer;
import dev.ladderbench.core.replay.RowInput;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline loader on any file, and on any two JSON entries in a well-formed zip (random bytes rarely
 * make a zip, so the second target reaches the JSON checks). A loaded pipeline must also replay a row.
 */
class PipelineFileFuzzTest {

    static Stream<Arguments> pipelineCorpus() {
        return FuzzInputs.corpus("pipeline");
    }

    /** The corpus's zips as "manifest NUL model": the entries the second target zips up again. */
    static Stream<Arguments> pipelineEntries() {
        return FuzzInputs.corpus("pipeline").map(arguments -> {
            @SuppressWarnings("unchecked")
            Named<byte[]> file = (Named<byte[]>) arguments.get()[0];
            return Arguments.of(Named.of(file.getName(), entriesOf(file.getPayload())));
        });
    }

    @MethodSource("pipelineCorpus")
    @FuzzTest(maxDuration = "5m")
    void pipelineLoaderReturnsAPipelineOrOneSentence(byte[] bytes) {
        loadAndReplay(FuzzInputs.file("fuzz.lbp", bytes));
    }

    @MethodSource("pipelineEntries")
    @FuzzTest(maxDuration = "5m")
    void pipelineEntriesLoadOrAreRefusedInOneSentence(byte[] manifestNulModel) {
        int split = indexOfNul(manifestNulModel);
        byte[] manifest = split < 0 ? manifestNulModel : Arrays.copyOf(manifestNulModel, split);
        byte[] model = split < 0 ? new byte[0] : Arrays.copyOfRange(manifestNulModel, split + 1, manifestNulModel.length);
        loadAndReplay(FuzzInputs.file("entries.lbp", zip(manifest, model)));
    }

    private static void loadAndReplay(Path file) {
        try {
            LoadedPipeline loaded = PipelineFile.read(file);
            Replay replay = Replayer.replay(loaded.pipeline(), RowInput.parse("{}", Path.of("row.json")));
            assertThat(replay).isNotNull();
        } catch (InvalidInputException refusal) {
            FuzzInputs.assertOneSentence(refusal, file);
        }
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] zip(byte[] manifest, byte[] model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifest);
            zip.putNextEntry(new ZipEntry("model.json"));
            zip.write(model);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A corpus file's two entries joined by a NUL; what is not a readable zip is taken as the manifest. */
    private static byte[] entriesOf(byte[] file) {
        byte[] manifest = new byte[0];
        byte[] model = new byte[0];
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] content = zip.readNBytes(1 << 20);
                if (entry.getName().equals("model.json")) {
                    model = content;
                } else {
                    manifest = content;
                }
            }
        } catch (IOException notAZip) {
            manifest = file;
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        joined.writeBytes(manifest);
        joined.write(0);
        joined.writeBytes(model);
        return joined.toByteArray();
    }
}
