package dev.ladderbench.report;

import dev.ladderbench.report.html.HtmlReport;
import dev.ladderbench.report.pdf.PdfReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A report that cannot be written leaves the file it would have replaced as it was. */
class AtomicReportWriteTest {

    private interface Writer {
        void write(ReportDocument report, Path file) throws IOException;
    }

    private static final ReportDocument REPORT = ReportDocument.of(LadderFixtures.withErrors(), Optional.empty(),
            HostileNames.CLOCK);

    @Test
    void anExistingFileIsKeptWhenWritingFails(@TempDir Path dir) throws Exception {
        List<Writer> writers = List.of((r, f) -> new PdfReport(r, PageSize.A4).write(f), HtmlReport::write,
                MarkdownReport::write, (r, f) -> new JUnitReport(r).write(f));
        for (Writer writer : writers) {
            Path file = dir.resolve("report.out");
            Files.writeString(file, "the previous report");
            blockTheTemporaryName(file);

            assertThatThrownBy(() -> writer.write(REPORT, file)).isInstanceOf(IOException.class);

            assertThat(file).hasContent("the previous report");
        }
    }

    @Test
    void aReportReplacesTheFileWhenWritingSucceeds(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.md");
        Files.writeString(file, "the previous report");

        MarkdownReport.write(REPORT, file);

        assertThat(file).content().startsWith("# Ladderbench report: toy.csv");
    }

    /**
     * AtomicFiles writes to a hidden sibling named after the file, the process and the thread; a non-empty
     * folder of that name makes the write fail before the file is touched, as a full disk would.
     */
    private static void blockTheTemporaryName(Path file) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Thread.currentThread().getId() + ".partial");
        Files.createDirectories(temporary.resolve("occupied"));
    }
}
