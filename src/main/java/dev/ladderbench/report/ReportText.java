package dev.ladderbench.report;

import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.RungResult;
import dev.ladderbench.core.finding.Severity;

import java.util.List;
import java.util.stream.Collectors;

/** Sentences every format words the same way. */
public final class ReportText {

    private ReportText() {
    }

    public static String title(ReportMetadata m) {
        return "Ladderbench report: " + m.dataFile();
    }

    public static String rungHeading(RungResult rung) {
        return "Rung " + rung.id().label() + " — " + rung.status().id();
    }

    /** "1 fail, 2 warn, 0 info findings", as the CLI's tally. */
    public static String tally(List<Finding> findings) {
        return count(findings, Severity.FAIL) + " fail, " + count(findings, Severity.WARN) + " warn, "
                + count(findings, Severity.INFO) + " info findings";
    }

    /** Which failed rungs were climbed past, or empty. */
    public static String overrides(LadderResult result) {
        if (result.overridden().isEmpty()) {
            return "";
        }
        return "Continued past a fail on: " + result.overridden().stream().sorted()
                .map(r -> r.label()).collect(Collectors.joining(", ")) + " (acknowledged by the user).";
    }

    /** The finding's line: its code's title, then this dataset's detail. */
    public static String findingLine(Finding finding) {
        return finding.code().id() + " · " + finding.layer().id() + " · " + finding.code().title();
    }

    public static String columns(Finding finding) {
        return finding.columns().isEmpty() ? "" : "Columns: " + String.join(", ", finding.columns());
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
