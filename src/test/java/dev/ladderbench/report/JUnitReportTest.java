package dev.ladderbench.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class JUnitReportTest {

    private static Document parse(ReportDocument report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JUnitReport(report).writeTo(out);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    /** Each test case by name, with "failure", "skipped" or "passed". */
    private static Map<String, String> outcomes(Document xml) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        NodeList cases = xml.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            String outcome = c.getElementsByTagName("failure").getLength() > 0 ? "failure"
                    : c.getElementsByTagName("skipped").getLength() > 0 ? "skipped" : "passed";
            outcomes.put(c.getAttribute("name"), outcome);
        }
        return outcomes;
    }

    @Test
    void eachRungIsATestCaseAndAFailFindingIsItsFailure() throws Exception {
        Document xml = parse(ReportDocument.of(LadderFixtures.failing(), Optional.empty(), HostileNames.CLOCK));

        assertThat(outcomes(xml)).containsExactly(Map.entry("Rung 0 Sanity", "failure"),
                Map.entry("Rung 1 Baseline", "passed"), Map.entry("Rung 2 Linear", "passed"),
                Map.entry("Rung 3 Forest", "passed"));
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("target-leakage");
        assertThat(failure.getAttribute("message")).contains("'balance' alone reaches a cross-validated AUC of 0.98.");
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void eachChecklistItemIsATestCaseInItsSuite() throws Exception {
        Document xml = parse(ReportDocument.of(LadderFixtures.warning(), Optional.of(Checklists.sample()),
                HostileNames.CLOCK));

        List<String> suites = new ArrayList<>();
        NodeList nodes = xml.getElementsByTagName("testsuite");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element suite = (Element) nodes.item(i);
            suites.add(suite.getAttribute("name") + " " + suite.getAttribute("tests") + " "
                    + suite.getAttribute("failures") + " " + suite.getAttribute("skipped"));
        }
        assertThat(suites).containsExactly("ladder 4 0 0", "checklist.development 3 1 0", "checklist.production 1 0 1");
        assertThat(outcomes(xml)).contains(Map.entry("Data: No target leakage", "failure"),
                Map.entry("Evaluation: Test set evaluated exactly once", "passed"),
                Map.entry("Production: A retrain trigger is defined", "skipped"));
    }

    @Test
    void aSkippedRungIsASkippedTestCase() throws Exception {
        Document xml = parse(ReportDocument.of(LadderFixtures.regression(), Optional.empty(), HostileNames.CLOCK));

        assertThat(outcomes(xml)).containsExactly(Map.entry("Rung 0 Sanity", "failure"),
                Map.entry("Rung 1 Baseline", "skipped"), Map.entry("Rung 2 Linear", "skipped"),
                Map.entry("Rung 3 Forest", "skipped"));
    }

    @Test
    void controlCharactersInNamesStillGiveWellFormedXml() {
        assertThat(JUnitReport.clean("a\u0001b\u0000c\td")).isEqualTo("a\uFFFDb\uFFFDc\td");
    }
}
