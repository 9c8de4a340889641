package dev.ladderbench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ladderbench.core.Version;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.drift.AucWindow;
import dev.ladderbench.core.drift.BinCount;
import dev.ladderbench.core.drift.CategoricalDrift;
import dev.ladderbench.core.drift.DriftRequest;
import dev.ladderbench.core.drift.DriftResult;
import dev.ladderbench.core.drift.DriftThresholds;
import dev.ladderbench.core.drift.FeatureDrift;
import dev.ladderbench.core.drift.NumericDrift;
import dev.ladderbench.core.drift.OutOfRange;
import dev.ladderbench.core.drift.PredictionDrift;
import dev.ladderbench.core.drift.ProductionPerformance;
import dev.ladderbench.core.drift.Psi;
import dev.ladderbench.core.drift.RetypedColumn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A drift result as the JSON document {@value #SCHEMA}, keys in a fixed order so that equal results give
 * byte-identical files (without {@code seconds}, the only timing). Other tools may rely on these keys: add,
 * never rename.
 */
public final class DriftJson {

    public static final String SCHEMA = "ladderbench/drift-v1";
    /** How the p-values are computed, printed so that a reader can reproduce them. */
    static final String KS_P_VALUE = "asymptotic Kolmogorov distribution with Stephens' correction:"
            + " Q_KS((sqrt(Ne) + 0.12 + 0.11 / sqrt(Ne)) * D), Ne = n m / (n + m)";
    static final String CHI_SQUARE_P_VALUE = "Pearson's chi-square test of the 2 x levels table, upper tail with"
            + " levels - 1 degrees of freedom, Yates' correction for 2 levels";


    private final DriftResult result;
    private final boolean timings;

    private DriftJson(DriftResult result, boolean timings) {
        this.result = result;
        this.timings = timings;
    }

    public static DriftJson of(DriftResult result) {
        return new DriftJson(result, true);
    }

    /** The same document without {@code seconds}: what stays byte-identical when the same files are compared again. */
    public DriftJson withoutTimings() {
        return new DriftJson(result, false);
    }

    public ObjectNode tree() {
        DriftRequest request = result.request();
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.set("training", file(request.training(), result.trainingSha256()));
        root.set("production", file(request.production(), result.productionSha256()));
        root.set("settings", settings(request));
        root.set("schema_check", schemaCheck());
        ArrayNode features = root.putArray("features");
        result.features().forEach(f -> features.add(feature(f)));
        result.prediction().ifPresent(p -> root.set("prediction_drift", prediction(p)));
        result.performance().ifPresent(p -> root.set("performance", performance(p)));
        ArrayNode notes = root.putArray("notes");
        result.notes().forEach(notes::add);
        ArrayNode findings = root.putArray("findings");
        result.findings().forEach(finding -> {
            ObjectNode node = FindingJson.of(finding);
            // Drift is judged per file, not per rung: the rung a Finding carries means nothing here.
            node.remove("rung");
            findings.add(node);
        });
        ObjectNode retraining = root.putObject("recommendation");
        retraining.put("retrain", result.retraining().recommended());
        ArrayNode reasons = retraining.putArray("reasons");
        result.retraining().reasons().forEach(reasons::add);
        if (timings) {
            root.put("seconds", result.seconds());
        }
        root.set("versions", JsonText.versions());
        root.put("generated_by", "Ladderbench " + Version.current());
        return root;
    }

    public String toJson() {
        return JsonText.of(tree());
    }

    /** Writes the document whole or not at all. */
    public void write(Path file) throws IOException {
        JsonText.write(tree(), file);
    }

    private static ObjectNode file(Dataset dataset, String sha256) {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        node.put("file", dataset.name());
        node.put("sha256", sha256);
        node.put("rows", dataset.rowCount());
        node.put("columns", dataset.columnCount());
        return node;
    }

    private ObjectNode settings(DriftRequest request) {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        request.target().ifPresentOrElse(t -> {
            node.put("target", t.column());
            node.put("positive_label", t.positiveLabel());
        }, () -> {
            node.putNull("target");
            node.putNull("positive_label");
        });
        result.prediction().ifPresentOrElse(p -> node.put("model", p.model()), () -> node.putNull("model"));
        request.timeColumn().ifPresentOrElse(t -> node.put("time_column", t), () -> node.putNull("time_column"));
        ArrayNode excluded = node.putArray("excluded");
        request.excluded().stream().sorted().forEach(excluded::add);
        DriftThresholds t = request.thresholds();
        ObjectNode thresholds = node.putObject("thresholds");
        thresholds.put("psi_warn", t.psiWarn());
        thresholds.put("psi_fail", t.psiFail());
        thresholds.put("prediction_psi", t.predictionPsi());
        thresholds.put("auc_drop", t.aucDrop());
        thresholds.put("range_margin", t.rangeMargin());
        ObjectNode method = node.putObject("method");
        method.put("psi_bins", "deciles of the training values (numpy's linear quantiles), equal edges merged,"
                + " closed on the right; missing cells a bin of their own");
        method.put("psi_floor", Psi.FLOOR);
        method.put("ks_p_value", KS_P_VALUE);
        method.put("chi_square_p_value", CHI_SQUARE_P_VALUE);
        return node;
    }

    private ObjectNode schemaCheck() {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        node.put("matches", result.schema().matches());
        ArrayNode missing = node.putArray("missing");
        result.schema().missing().forEach(missing::add);
        ArrayNode extra = node.putArray("extra");
        result.schema().extra().forEach(extra::add);
        ArrayNode retyped = node.putArray("retyped");
        for (RetypedColumn r : result.schema().retyped()) {
            ObjectNode column = retyped.addObject();
            column.put("column", r.column());
            column.put("training", r.training());
            column.put("production", r.production());
        }
        return node;
    }

    private static ObjectNode feature(FeatureDrift drift) {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        node.put("column", drift.column());
        node.put("type", drift.type());
        node.put("status", drift.status().id());
        Numbers.put(node, "psi", drift.psi());
        if (drift instanceof NumericDrift numeric) {
            Numbers.put(node, "ks_statistic", numeric.ks());
            Numbers.put(node, "ks_p_value", numeric.ksPValue());
            OutOfRange range = numeric.outOfRange();
            ObjectNode outOfRange = node.putObject("out_of_range");
            outOfRange.put("count", range.count());
            outOfRange.put("below", range.below());
            outOfRange.put("above", range.above());
            Numbers.put(outOfRange, "low", range.low());
            Numbers.put(outOfRange, "high", range.high());
            Numbers.put(outOfRange, "training_min", range.trainingMin());
            Numbers.put(outOfRange, "training_max", range.trainingMax());
        } else {
            CategoricalDrift categorical = (CategoricalDrift) drift;
            Numbers.put(node, "chi_square", categorical.chiSquare());
            node.put("chi_square_df", categorical.degreesOfFreedom());
            Numbers.put(node, "chi_square_p_value", categorical.chiSquarePValue());
            ArrayNode unseen = node.putArray("unseen");
            categorical.unseen().forEach(level -> unseen.addObject().put("level", level.level())
                    .put("rows", level.count()));
        }
        ObjectNode missing = node.putObject("missing");
        missing.put("training", drift.trainingMissing());
        missing.put("production", drift.productionMissing());
        node.set("psi_bins", bins(drift.psiBins()));
        if (drift instanceof NumericDrift) {
            node.set("histogram", bins(drift.histogram()));
        }
        return node;
    }

    private static ArrayNode bins(List<BinCount> bins) {
        ArrayNode array = JsonReport.MAPPER.createArrayNode();
        for (BinCount bin : bins) {
            array.addObject().put("bin", bin.label()).put("training", bin.training()).put("production", bin.production());
        }
        return array;
    }

    private static ObjectNode prediction(PredictionDrift prediction) {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        node.put("model", prediction.model());
        Numbers.put(node, "psi", prediction.psi());
        Numbers.put(node, "ks_statistic", prediction.ks());
        Numbers.put(node, "ks_p_value", prediction.ksPValue());
        node.set("psi_bins", bins(prediction.psiBins()));
        node.set("histogram", bins(prediction.histogram()));
        RungJson.putRows(node, "rows", prediction.rows());
        return node;
    }

    private static ObjectNode performance(ProductionPerformance performance) {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        node.put("model", performance.model());
        Numbers.put(node, "training_cv_roc_auc", performance.trainingCvAuc());
        Numbers.put(node, "production_roc_auc", performance.productionAuc());
        Numbers.put(node, "drop", performance.drop());
        node.put("labelled_rows", performance.labelledRows());
        node.put("positives", performance.positives());
        performance.timeColumn().ifPresentOrElse(t -> node.put("window_order", t),
                () -> node.put("window_order", "file"));
        node.put("window_rows", performance.windowRows());
        ArrayNode windows = node.putArray("windows");
        for (AucWindow w : performance.windows()) {
            ObjectNode window = windows.addObject();
            window.put("from", w.from());
            window.put("to", w.to());
            window.put("rows", w.rows());
            window.put("positives", w.positives());
            Numbers.put(window, "roc_auc", w.auc());
        }
        RungJson.putRows(node, "training_rows", performance.trainingRows());
        return node;
    }
}
