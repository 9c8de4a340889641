package dev.ladderbench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.replay.Contribution;
import dev.ladderbench.core.replay.ImputedValue;
import dev.ladderbench.core.replay.InputValue;
import dev.ladderbench.core.replay.LoadedPipeline;
import dev.ladderbench.core.replay.Replay;
import dev.ladderbench.core.replay.SavedPipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One replayed row as JSON ({@value #SCHEMA}): the pipeline it went through, each stage's values, the
 * score and decision, the contributions, the findings, and the failure when the row broke the pipeline.
 */
public final class ReplayJson {

    public static final String SCHEMA = "ladderbench/replay-v1";

    private ReplayJson() {
    }

    public static void write(LoadedPipeline loaded, Replay replay, Path file) throws IOException {
        JsonText.write(of(loaded, replay), file);
    }

    static ObjectNode of(LoadedPipeline loaded, Replay replay) {
        SavedPipeline p = loaded.pipeline();
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        ObjectNode pipeline = root.putObject("pipeline");
        pipeline.put("file", loaded.file().getFileName().toString());
        pipeline.put("model", p.kind().id());
        pipeline.put("format_version", p.formatVersion());
        pipeline.put("ladderbench_version", p.ladderbenchVersion());
        pipeline.put("data_file", p.dataFile());
        pipeline.put("data_sha256", p.dataSha256());
        pipeline.put("target", p.target());
        pipeline.put("positive_label", p.positiveLabel());
        pipeline.put("threshold", p.threshold());
        ObjectNode stages = root.putObject("stages");
        ArrayNode raw = stages.putArray("raw");
        for (Replay.RawValue value : replay.raw()) {
            ObjectNode node = raw.addObject();
            node.put("column", value.column());
            node.put("value", value.value().text());
            node.put("ignored", value.ignored());
        }
        ArrayNode imputed = stages.putArray("imputed");
        for (ImputedValue value : replay.imputed()) {
            ObjectNode node = imputed.addObject();
            node.put("column", value.column());
            node.put("value", value.value());
            node.put("imputed", value.imputed());
            node.put("out_of_range", value.outOfRange());
            node.put("unseen", value.unseen());
            node.put("note", value.note());
        }
        inputs(stages.putArray("encoded"), replay.encoded());
        inputs(stages.putArray("scaled"), replay.scaled());
        if (replay.score().isPresent()) {
            root.put("score", replay.score().getAsDouble());
            root.put("decision", replay.decision().orElseThrow());
        } else {
            root.putNull("score");
            root.putNull("decision");
        }
        ArrayNode contributions = root.putArray("contributions");
        for (Contribution c : replay.contributions()) {
            contributions.addObject().put("column", c.column()).put("value", c.value());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : concat(loaded.findings(), replay.findings())) {
            ObjectNode node = findings.addObject();
            node.put("code", f.code().id());
            node.put("layer", f.layer().id());
            node.put("severity", f.severity().id());
            node.put("title", f.code().title());
            node.put("detail", f.detail());
            node.put("fix", f.code().fix());
            f.columns().forEach(node.putArray("columns")::add);
            node.set("evidence", JsonReport.MAPPER.valueToTree(f.evidence()));
        }
        if (replay.failure().isPresent()) {
            var failure = replay.failure().get();
            root.putObject("failure").put("stage", failure.stage().name().toLowerCase(java.util.Locale.ROOT))
                    .put("column", failure.column()).put("message", failure.sentence());
        } else {
            root.putNull("failure");
        }
        return root;
    }

    private static void inputs(ArrayNode array, List<InputValue> values) {
        for (InputValue value : values) {
            array.addObject().put("input", value.input()).put("column", value.column()).put("value", value.value());
        }
    }

    private static List<Finding> concat(List<Finding> a, List<Finding> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
