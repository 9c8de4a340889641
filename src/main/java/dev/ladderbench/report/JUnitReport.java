package dev.ladderbench.report;

import dev.ladderbench.core.AtomicFiles;
import dev.ladderbench.core.checklist.ChecklistItem;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.Severity;
import dev.ladderbench.core.ladder.RungResult;
import dev.ladderbench.core.ladder.RungStatus;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ladder as JUnit XML, the format CI systems display as tests: one test case per rung (and one for the
 * threshold step when it ran) and one per checklist item. A {@code fail} finding or a failed checklist
 * item is a failure; a skipped rung and a manual item are skipped; warnings are passing cases whose output
 * lists them.
 */
public final class JUnitReport {

    private final ReportDocument report;

    public JUnitReport(ReportDocument report) {
        this.report = report;
    }

    public void write(Path file) throws IOException {
        AtomicFiles.write(file, this::writeTo);
    }

    public void writeTo(OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            List<Case> ladder = ladderCases();
            List<Case> development = report.checklist().map(c -> checklistCases(c.development())).orElse(List.of());
            List<Case> production = report.checklist().map(c -> checklistCases(c.production())).orElse(List.of());
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "Ladderbench " + clean(report.metadata().dataFile()));
            xml.writeAttribute("tests", Integer.toString(ladder.size() + development.size() + production.size()));
            xml.writeAttribute("failures", Long.toString(failures(ladder) + failures(development) + failures(production)));
            xml.writeCharacters("\n");
            suite(xml, "ladder", ladder);
            if (report.checklist().isPresent()) {
                suite(xml, "checklist.development", development);
                suite(xml, "checklist.production", production);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Writing the JUnit XML failed: " + e.getMessage(), e);
        }
    }

    /** One test case: a failure message, or a skip reason, and what to print beside it. */
    private record Case(String name, String failure, String failureType, String skipped, String output) {
    }

    private List<Case> ladderCases() {
        List<Case> cases = new ArrayList<>();
        for (RungResult rung : report.result().rungs()) {
            cases.add(findingsCase("Rung " + rung.id().label(), rung.findings(),
                    rung.status() == RungStatus.SKIPPED ? rung.skippedBecause().orElse("skipped") : ""));
        }
        report.result().errors().ifPresent(errors -> cases.add(findingsCase("Threshold (" + errors.model().label()
                + ")", errors.untuned().stream().toList(), "")));
        return cases;
    }

    private static Case findingsCase(String name, List<Finding> findings, String skipped) {
        List<Finding> fails = findings.stream().filter(f -> f.severity() == Severity.FAIL).toList();
        String output = findings.stream().map(f -> f.severity().id() + " " + f.code().id() + ": " + f.detail())
                .collect(Collectors.joining("\n"));
        if (fails.isEmpty()) {
            return new Case(name, "", "", skipped, output);
        }
        String message = fails.stream().map(f -> f.code().id() + ": " + f.detail()).collect(Collectors.joining(" "));
        String details = fails.stream().map(f -> f.code().id() + " (" + f.layer().id() + "): " + f.detail()
                + "\nHow to fix: " + f.code().fix()).collect(Collectors.joining("\n\n"));
        return new Case(name, message, fails.get(0).code().id(), skipped, details + (output.isEmpty() ? "" : "\n\n" + output));
    }

    private static List<Case> checklistCases(List<ChecklistItem> items) {
        List<Case> cases = new ArrayList<>();
        for (ChecklistItem item : items) {
            String name = item.group().label() + ": " + item.item();
            String note = item.check().note().isEmpty() ? "" : "\nNote: " + item.check().note();
            String output = item.status().id() + ": " + item.evidence() + note;
            cases.add(switch (item.status()) {
                case FAIL -> new Case(name, item.evidence(), item.id(), "", output);
                case MANUAL -> new Case(name, "", "", item.check().ticked() ? "" : "manual: " + item.evidence(), output);
                case PASS, WARN -> new Case(name, "", "", "", output);
            });
        }
        return cases;
    }

    private void suite(XMLStreamWriter xml, String name, List<Case> cases) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", name);
        xml.writeAttribute("tests", Integer.toString(cases.size()));
        xml.writeAttribute("failures", Long.toString(failures(cases)));
        xml.writeAttribute("skipped", Long.toString(cases.stream().filter(c -> !c.skipped().isEmpty()).count()));
        xml.writeAttribute("timestamp", report.metadata().generated().toString());
        xml.writeCharacters("\n");
        for (Case c : cases) {
            xml.writeCharacters("    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "ladderbench." + name);
            xml.writeAttribute("name", clean(c.name()));
            if (!c.failure().isEmpty()) {
                xml.writeStartElement("failure");
                xml.writeAttribute("message", clean(c.failure()));
                xml.writeAttribute("type", c.failureType());
                xml.writeCharacters(clean(c.output()));
                xml.writeEndElement();
            } else if (!c.skipped().isEmpty()) {
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", clean(c.skipped()));
            }
            if (c.failure().isEmpty() && !c.output().isEmpty()) {
                xml.writeStartElement("system-out");
                xml.writeCharacters(clean(c.output()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static long failures(List<Case> cases) {
        return cases.stream().filter(c -> !c.failure().isEmpty()).count();
    }

    /**
     * XML 1.0 cannot hold most control characters, even escaped; a column name read from a CSV may contain
     * them, so they become U+FFFD rather than making the file unreadable.
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
            out.appendCodePoint(allowed ? cp : 0xFFFD);
        });
        return out.toString();
    }
}
