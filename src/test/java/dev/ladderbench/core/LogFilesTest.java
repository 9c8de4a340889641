package dev.ladderbench.core;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class LogFilesTest {

    @TempDir
    Path folder;

    @AfterEach
    void restoreTheTestLogging() throws IOException {
        System.clearProperty(LogFiles.DIRECTORY_PROPERTY);
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void aWarningWithItsStackTraceGoesToTheLogFileAndNotToTheConsole() throws IOException {
        System.setProperty(LogFiles.DIRECTORY_PROPERTY, folder.resolve("logs").toString());

        assertThat(LogFiles.install()).contains(folder.resolve("logs"));
        LoggerFactory.getLogger(LogFilesTest.class).warn("Writing report.pdf failed",
                new IOException("No space left on device"));
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }

        String log = Files.readString(folder.resolve("logs").resolve("ladderbench.log.0"), StandardCharsets.UTF_8);
        assertThat(log).contains("Writing report.pdf failed", "java.io.IOException: No space left on device",
                "at dev.ladderbench.core.LogFilesTest");
        assertThat(Logger.getLogger("").getHandlers()).noneMatch(h -> h instanceof java.util.logging.ConsoleHandler);
    }

    @Test
    void aFolderThatCannotBeCreatedLeavesNoLogAndNoFailure() throws IOException {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        System.setProperty(LogFiles.DIRECTORY_PROPERTY, file.resolve("logs").toString());

        assertThat(LogFiles.install()).isEmpty();
        LoggerFactory.getLogger(LogFilesTest.class).warn("Nowhere to go");
    }
}
