package dev.ladderbench.report;

import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.report.html.HtmlReport;
import dev.ladderbench.report.pdf.PdfReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 3: the report says which failed rungs the person climbed past with "Continue anyway". */
class ReportOverridesTest {

    private static final String OVERRIDE_LINE = "Continued past a fail on: 0 Sanity (acknowledged by the user).";

    enum Format {
        PDF, HTML, MARKDOWN;

        String text(LadderResult result) throws IOException {
            ReportDocument report = ReportDocument.of(result, Optional.empty(), HostileNames.CLOCK);
            return switch (this) {
                case PDF -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    new PdfReport(report, PageSize.A4).writeTo(out);
                    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
                        yield new PDFTextStripper().getText(pdf);
                    }
                }
                case HTML -> HtmlReport.render(report);
                case MARKDOWN -> MarkdownReport.render(report);
            };
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void anOverriddenRungIsNamed(Format format) throws IOException {
        LadderResult failing = LadderFixtures.failing();
        assertThat(failing.overridden()).containsExactly(RungId.SANITY);

        assertThat(format.text(failing)).contains(OVERRIDE_LINE);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void withoutOverridesNoRungIsSaidToBeClimbedPast(Format format) throws IOException {
        LadderResult f = LadderFixtures.failing();
        LadderResult none = new LadderResult(f.request(), f.sha256(), f.task(), f.positiveLabel(), f.classCounts(),
                f.rungs(), Set.of(), f.errors());

        assertThat(format.text(none)).doesNotContain("Continued past");
    }
}
