package dev.ladderbench.report;

import dev.ladderbench.report.html.HtmlReport;
import dev.ladderbench.report.pdf.PdfReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Greek, CJK, emoji and script-like names survive every format as text, never as markup. */
class HostileNamesReportTest {

    @TempDir
    static Path dir;
    private static ReportDocument report;

    @BeforeAll
    static void climb() throws Exception {
        report = HostileNames.document(dir);
    }

    @Test
    void theNamesAreFindingsOfTheClimb() {
        assertThat(report.result().findings()).flatExtracting(f -> f.columns())
                .contains(HostileNames.GREEK, HostileNames.CJK, HostileNames.SCRIPT);
    }

    @Test
    void pdfTextExtractsEveryNameBack() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfReport(report, PageSize.A4).writeTo(pdf);

        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            text = new PDFTextStripper().getText(document);
        }

        assertThat(text).contains(HostileNames.ALL);
    }

    @Test
    void htmlShowsTheScriptNameAsTextAndNeverAsAnElement() {
        String html = HtmlReport.render(report);

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContainIgnoringCase("<script");
    }

    @Test
    void htmlKeepsGreekCjkAndEmojiAsTheyAre() {
        assertThat(HtmlReport.render(report)).contains(HostileNames.GREEK, HostileNames.CJK, HostileNames.TARGET,
                HostileNames.FILE);
    }

    /** Self-contained: the only addresses are XML namespace names, which a browser never fetches. */
    @Test
    void htmlReachesForNothingOnTheNetwork() {
        String withoutNamespaces = HtmlReport.render(report).replaceAll("xmlns(:\\w+)?=(['\"])[^'\"]*\\2", "");

        assertThat(withoutNamespaces).doesNotContain("http:").doesNotContain("https:").doesNotContain("src=")
                .doesNotContain("@import").doesNotContain("url(");
    }

    @Test
    void markdownEscapesTheScriptName() {
        String markdown = MarkdownReport.render(report);

        assertThat(markdown).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script")
                .contains(HostileNames.GREEK.replace("_", "\\_"), HostileNames.CJK);
    }
}
