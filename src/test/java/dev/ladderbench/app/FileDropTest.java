package dev.ladderbench.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FileDropTest {

    @TempDir
    Path folder;

    @Test
    void oneFileIsAccepted() throws IOException {
        File data = Files.createFile(folder.resolve("data.csv")).toFile();

        assertThat(FileDrop.singleFile(List.of(data))).contains(data.toPath());
    }

    @Test
    void severalFilesAreRefused() throws IOException {
        File a = Files.createFile(folder.resolve("a.csv")).toFile();
        File b = Files.createFile(folder.resolve("b.csv")).toFile();

        assertThat(FileDrop.singleFile(List.of(a, b))).isEmpty();
    }

    @Test
    void aFolderIsRefused() {
        assertThat(FileDrop.singleFile(List.of(folder.toFile()))).isEmpty();
    }
}
