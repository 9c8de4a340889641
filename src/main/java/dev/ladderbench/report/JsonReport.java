package dev.ladderbench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ladderbench.core.Version;
import dev.ladderbench.core.checklist.Checklist;
import dev.ladderbench.core.checklist.ChecklistEvaluator;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.LevelCount;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.Thresholds;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A ladder result as the JSON report ({@value #SCHEMA}), with the keys of DESIGN.md in a fixed order, so
 * that equal results give byte-identical files. Other tools rely on these keys: add, never rename.
 */
public final class JsonReport {

    public static final String SCHEMA = "ladderbench/report-v1";
    /** The Smile release the models are fitted with; the report names it because scores depend on it. */
    static final String SMILE_VERSION = "3.1.1";

    static final ObjectMapper MAPPER = new ObjectMapper()
            // Finding evidence arrives as unordered maps; sorted keys keep the output stable.
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final LadderResult result;
    private final Checklist checklist;
    private final boolean timings;

    private JsonReport(LadderResult result, Checklist checklist, boolean timings) {
        this.result = result;
        this.checklist = checklist;
        this.timings = timings;
    }

    /** The full report, timings included, with the checklists evaluated and nothing ticked (the command line's). */
    public static JsonReport of(LadderResult result) {
        return of(result, ChecklistEvaluator.evaluate(result, Map.of()));
    }

    /** The full report with the checklists as the person left them (ticks and notes). */
    public static JsonReport of(LadderResult result, Checklist checklist) {
        return new JsonReport(result, checklist, true);
    }

    /**
     * The same report without {@code seconds} and {@code fit_seconds}: what stays byte-identical when the
     * same data is climbed again with the same seed.
     */
    public JsonReport withoutTimings() {
        return new JsonReport(result, checklist, false);
    }

    /** The document as a tree, keys in report order. */
    public ObjectNode tree() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.set("dataset", dataset());
        root.set("settings", settings(result.request().settings()));
        ArrayNode rungs = root.putArray("rungs");
        result.rungs().forEach(rung -> rungs.add(RungJson.of(rung, timings)));
        ArrayNode findings = root.putArray("findings");
        result.findings().forEach(finding -> findings.add(FindingJson.of(finding)));
        result.errors().ifPresent(errors -> {
            root.set("error_analysis", ErrorJson.errorAnalysis(errors));
            root.set("thresholds", ErrorJson.thresholds(errors));
        });
        root.set("checklist", ChecklistJson.of(checklist));
        ArrayNode overrides = root.putArray("overrides");
        // A set has no order; the ladder's order reads naturally and is stable.
        result.overridden().stream().sorted().map(RungId::id).forEach(overrides::add);
        root.set("versions", JsonText.versions());
        root.put("generated_by", "Ladderbench " + Version.current());
        return root;
    }

    public String toJson() {
        return JsonText.of(tree());
    }

    /** Writes the report whole or not at all: a reader never sees half a file. */
    public void write(Path file) throws IOException {
        JsonText.write(tree(), file);
    }

    private ObjectNode dataset() {
        Dataset dataset = result.request().dataset();
        ObjectNode node = MAPPER.createObjectNode();
        // The file name, not the path: the same data gives the same report wherever it lies (sha256 says which).
        node.put("file", dataset.name());
        node.put("sha256", result.sha256());
        node.put("rows", dataset.rowCount());
        node.put("columns", dataset.columnCount());
        node.put("target", result.request().target());
        node.put("task", result.task().id());
        node.put("positive_label", result.positiveLabel());
        ObjectNode classes = node.putObject("class_counts");
        for (LevelCount c : result.classCounts()) {
            classes.put(c.level(), c.count());
        }
        return node;
    }

    private static ObjectNode settings(LadderSettings settings) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("folds", settings.folds());
        node.put("seed", settings.seed());
        node.put("cv", settings.cv().id());
        // Spelled out rather than derived from the record: renaming a Java field must not rename a public key.
        Thresholds t = settings.thresholds();
        ObjectNode thresholds = node.putObject("thresholds");
        thresholds.put("leakage_auc", t.leakageAuc());
        thresholds.put("minority_share", t.minorityShare());
        thresholds.put("missing_warn_share", t.missingWarnShare());
        thresholds.put("no_signal_margin", t.noSignalMargin());
        thresholds.put("scale_ratio", t.scaleRatio());
        thresholds.put("overfit_gap", t.overfitGap());
        thresholds.put("unstable_fold_std", t.unstableFoldStd());
        thresholds.put("max_numeric_classes", t.maxNumericClasses());
        thresholds.put("threshold_distance", t.thresholdDistance());
        thresholds.put("threshold_f1_gain", t.thresholdF1Gain());
        // Above this many labelled rows the model rungs ran on a stratified sample (0 = never); each rung's rows say.
        node.put("sample_rows", settings.sampleRows());
        return node;
    }

}
