package dev.ladderbench.report;

import dev.ladderbench.core.Version;
import dev.ladderbench.core.checklist.Checklist;
import dev.ladderbench.core.ladder.LadderResult;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a report shows, fixed at one moment: the climb (rungs, findings, error analysis, thresholds,
 * overrides), the checklists when they were evaluated, and where it all came from. Every renderer (PDF,
 * HTML, Markdown, JUnit XML) reads this one model, so the formats cannot disagree.
 */
public record ReportDocument(LadderResult result, Optional<Checklist> checklist, ReportMetadata metadata) {

    public ReportDocument {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** @param clock when the report is generated; a fixed clock makes reports reproducible in tests */
    public static ReportDocument of(LadderResult result, Optional<Checklist> checklist, Clock clock) {
        ReportMetadata metadata = new ReportMetadata(result.request().dataset().name(), result.sha256(),
                result.request().target(), result.positiveLabel(), result.task(),
                result.request().dataset().rowCount(), result.request().dataset().columnCount(),
                result.request().settings(), Version.current(), JsonReport.SMILE_VERSION,
                System.getProperty("java.version"), clock.instant());
        return new ReportDocument(result, checklist, metadata);
    }
}
