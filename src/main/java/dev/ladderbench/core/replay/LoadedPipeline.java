package dev.ladderbench.core.replay;

import dev.ladderbench.core.finding.Finding;

import java.nio.file.Path;
import java.util.List;

/**
 * A pipeline read from a file, with what reading it found (a {@code version-mismatch} when another
 * Ladderbench wrote it in a format this one reads).
 */
public record LoadedPipeline(Path file, SavedPipeline pipeline, List<Finding> findings) {

    public LoadedPipeline {
        findings = List.copyOf(findings);
    }
}
