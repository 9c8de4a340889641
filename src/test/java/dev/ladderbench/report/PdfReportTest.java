package dev.ladderbench.report;

import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.report.pdf.PdfReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PdfReportTest {

    private static final ReportDocument REPORT = ReportDocument.of(LadderFixtures.withErrors(),
            Optional.of(Checklists.sample()), HostileNames.CLOCK);

    private static PDDocument render(ReportDocument report, PageSize size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReport(report, size).writeTo(out);
        return Loader.loadPDF(out.toByteArray());
    }

    @Test
    void everySectionIsABookmark() throws Exception {
        List<String> titles = new ArrayList<>();
        try (PDDocument pdf = render(REPORT, PageSize.A4)) {
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
        }

        assertThat(titles).containsExactly("Ladderbench report", "Rung 0 Sanity — warn", "Rung 1 Baseline — pass",
                "Rung 2 Linear — pass", "Rung 3 Forest — warn", "Error analysis", "Threshold and calibration",
                "Checklists", "Appendix: finding codes");
    }

    @ParameterizedTest
    @EnumSource(PageSize.class)
    void pagesHaveTheChosenSize(PageSize size) throws Exception {
        try (PDDocument pdf = render(REPORT, size)) {
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo((float) size.width(), within(0.01f));
                assertThat(page.getMediaBox().getHeight()).isEqualTo((float) size.height(), within(0.01f));
            }
        }
    }

    @Test
    void everyPageIsNumbered() throws Exception {
        try (PDDocument pdf = render(REPORT, PageSize.A4)) {
            int count = pdf.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= count; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf)).contains("Page " + page + " of " + count);
            }
        }
    }

    @Test
    void titlePageNamesDataHashSeedVersionsAndDate() throws Exception {
        String title;
        try (PDDocument pdf = render(REPORT, PageSize.A4)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            title = stripper.getText(pdf);
        }

        assertThat(title.replaceAll("\\s+", "")).contains(LadderFixtures.SHA256);
        assertThat(title).contains("toy.csv", "Seed", "7", "Smile 3.1.1", "2026-01-02 03:04 UTC", "ordered");
    }

    @Test
    void checklistItemsShowTheirStatusEvidenceTickAndNote() throws Exception {
        String text;
        try (PDDocument pdf = render(REPORT, PageSize.A4)) {
            text = new PDFTextStripper().getText(pdf);
        }

        assertThat(text).contains("Development checklist", "Production checklist", "No target leakage",
                "'balance' alone reaches AUC 0.98.", "☑ Test set evaluated exactly once",
                "Note: Held out in the vault since March.", "MANUAL");
    }

    @Test
    void theAppendixListsEveryFindingCode() throws Exception {
        String text;
        try (PDDocument pdf = render(REPORT, PageSize.A4)) {
            text = new PDFTextStripper().getText(pdf);
        }

        for (FindingCode code : FindingCode.values()) {
            assertThat(text).contains(code.id() + " · " + code.layer().id());
        }
    }

    @Test
    void aSkippedRungSaysWhy() throws Exception {
        String text;
        try (PDDocument pdf = render(ReportDocument.of(LadderFixtures.regression(), Optional.empty(), HostileNames.CLOCK),
                PageSize.A4)) {
            text = new PDFTextStripper().getText(pdf);
        }

        assertThat(text).contains("Rung 3 Forest — skipped", "Skipped because", "the target is continuous",
                "regression-target");
    }
}
