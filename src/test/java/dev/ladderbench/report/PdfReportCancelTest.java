package dev.ladderbench.report;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.CancelledException;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.report.pdf.PdfReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writing the PDF, which takes over a second, stops within one when cancelled, and leaves no file. */
class PdfReportCancelTest {

    @TempDir
    Path dir;

    @Test
    void aPdfCancelledWhileItsFirstRungIsLaidOutStopsWithinASecondAndLeavesNoFile() throws Exception {
        ReportDocument report = ReportDocument.of(LadderFixtures.withErrors(), Optional.of(Checklists.sample()),
                HostileNames.CLOCK);
        CancellationToken cancel = new CancellationToken();
        AtomicLong cancelledAt = new AtomicLong();
        ProgressListener cancelling = (fraction, message) -> {
            if (fraction > 0 && cancelledAt.get() == 0) {
                cancelledAt.set(System.nanoTime());
                cancel.cancel();
            }
        };
        Path file = dir.resolve("report.pdf");

        assertThatThrownBy(() -> new PdfReport(report, PageSize.A4, cancelling, cancel).write(file))
                .isInstanceOf(CancelledException.class);

        long latency = System.nanoTime() - cancelledAt.get();
        System.out.printf("cancel latency, PDF report: %.0f ms%n", latency / 1e6);
        assertThat(cancelledAt.get()).isNotZero();
        assertThat(latency).isLessThan(1_000_000_000L);
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
