package dev.ladderbench.core.data;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

/** Writing small CSV files and reading them back, for the reader's tests. */
final class CsvTestFiles {

    private CsvTestFiles() {
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static Path writeBytes(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static Path gzip(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    static Path resource(String name) {
        return Path.of("src/test/resources/csv", name);
    }

    static LoadResult read(Path file) throws InvalidInputException {
        return read(file, CsvReadOptions.defaults());
    }

    static LoadResult read(Path file, CsvReadOptions options) throws InvalidInputException {
        return new CsvDatasetReader().read(file, options, ProgressListener.NONE, CancellationToken.none());
    }

    static InvalidInputException readError(Path file) {
        return readError(file, CsvReadOptions.defaults());
    }

    static InvalidInputException readError(Path file, CsvReadOptions options) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(file, options));
        if (e == null) {
            fail("Expected " + file.getFileName() + " to be refused");
        }
        return e;
    }

    static NumericColumn numeric(Dataset dataset, String name) {
        return (NumericColumn) dataset.column(name).orElseThrow();
    }

    static CategoricalColumn categorical(Dataset dataset, String name) {
        return (CategoricalColumn) dataset.column(name).orElseThrow();
    }
}
