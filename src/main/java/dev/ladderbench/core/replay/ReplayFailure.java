package dev.ladderbench.core.replay;

/**
 * Where a row broke the pipeline: the bug being reproduced, shown as a result.
 *
 * @param sentence what was wrong, in one sentence, with what to check
 */
public record ReplayFailure(ReplayStage stage, String column, String sentence) {
}
