package dev.ladderbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ladder --pdf --html --md --junit} on credit-g: the files and what is in them. */
class ReportFilesTest {

    private static final String CREDIT = "../shared/datasets/weka_credit_g.csv";

    @TempDir
    static Path dir;
    private static CliRun run;
    private static JsonNode json;
    private static String pdfText;

    @BeforeAll
    static void climbCreditOnce() throws Exception {
        run = CliRun.of("ladder", CREDIT, "--target", "class", "--quiet", "--json", dir.resolve("r.json").toString(),
                "--pdf", dir.resolve("r.pdf").toString(), "--html", dir.resolve("r.html").toString(),
                "--md", dir.resolve("r.md").toString(), "--junit", dir.resolve("r.xml").toString());
        json = new ObjectMapper().readTree(dir.resolve("r.json").toFile());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("r.pdf").toFile())) {
            pdfText = new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void everyRequestedFileIsWritten() {
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).doesNotContain("WARN").doesNotContain("Exception");
        assertThat(dir.resolve("r.pdf")).isNotEmptyFile();
        assertThat(dir.resolve("r.html")).content().startsWith("<!DOCTYPE html>");
        assertThat(dir.resolve("r.md")).content().startsWith("# Ladderbench report: weka\\_credit\\_g.csv");
    }

    @Test
    void thePdfNamesEveryFindingCodeRaised() {
        List<String> codes = new ArrayList<>();
        json.get("findings").forEach(f -> codes.add(f.get("code").asText()));

        assertThat(codes).isNotEmpty();
        assertThat(pdfText).contains(codes);
    }

    @Test
    void thePdfShowsEachModelRungsFigures() {
        for (JsonNode rung : json.get("rungs")) {
            if (rung.has("metrics") && rung.get("metrics").has("roc_auc_mean")) {
                JsonNode m = rung.get("metrics");
                assertThat(pdfText).contains(String.format(Locale.ROOT, "%.3f ± %.3f", m.get("roc_auc_mean").asDouble(),
                        m.get("roc_auc_std").asDouble()));
                assertThat(pdfText).contains(String.format(Locale.ROOT, "%.3f ± %.3f", m.get("pr_auc_mean").asDouble(),
                        m.get("pr_auc_std").asDouble()));
            }
        }
    }

    @Test
    void theJUnitXmlHasATestCasePerRungAndPerChecklistItem() throws Exception {
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("r.xml").toFile());
        int checklistItems = json.get("checklist").get("development").size() + json.get("checklist").get("production").size();

        // The rungs, the threshold step, and the items of both checklists.
        assertThat(xml.getElementsByTagName("testcase").getLength())
                .isEqualTo(json.get("rungs").size() + 1 + checklistItems);
        assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void aReportPathThatIsAFolderIsOneSentenceAndNothingIsWritten(@TempDir Path other) throws Exception {
        Path folder = Files.createDirectory(other.resolve("report.pdf"));
        Path jsonFile = other.resolve("r.json");

        CliRun failed = CliRun.of("ladder", CREDIT, "--target", "class", "--json", jsonFile.toString(), "--pdf",
                folder.toString());

        assertThat(failed.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(failed.err().strip()).isEqualTo("The PDF report path " + folder + " is a folder; give a file name.");
        assertThat(jsonFile).doesNotExist();
    }
}
