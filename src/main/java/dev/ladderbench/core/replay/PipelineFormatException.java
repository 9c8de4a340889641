package dev.ladderbench.core.replay;

/** Why the content of a pipeline file cannot be used; {@link PipelineFile} turns it into one sentence. */
final class PipelineFormatException extends RuntimeException {

    PipelineFormatException(String reason) {
        super(reason);
    }
}
