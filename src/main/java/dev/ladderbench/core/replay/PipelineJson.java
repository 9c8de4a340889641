package dev.ladderbench.core.replay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ladderbench.core.JsonLocations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The two JSON entries of a pipeline file, written and read field by field: reading checks every value
 * (types, finite numbers, array lengths, tree indices) and builds nothing but records of numbers and text.
 * Doubles are written in their shortest round-trip form, so a reloaded model scores bit-identically.
 */
final class PipelineJson {

    static final String FORMAT = "ladderbench/pipeline";

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(16)
                    .maxStringLength(1 << 20)
                    .maxNumberLength(64)
                    .build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    private PipelineJson() {
    }

    // ---- writing ----

    static byte[] manifest(SavedPipeline p) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("format_version", p.formatVersion());
        root.put("ladderbench_version", p.ladderbenchVersion());
        root.put("smile_version", p.smileVersion());
        root.put("seed", p.seed());
        ObjectNode data = root.putObject("data");
        data.put("file", p.dataFile());
        data.put("sha256", p.dataSha256());
        data.put("rows", p.rows());
        root.put("target", p.target());
        p.classLabels().forEach(root.putArray("class_labels")::add);
        root.put("positive_label", p.positiveLabel());
        root.put("threshold", p.threshold());
        root.put("model", p.kind().id());
        p.excluded().forEach(root.putArray("excluded")::add);
        ArrayNode features = root.putArray("features");
        for (FeatureField field : p.features()) {
            ObjectNode f = features.addObject();
            f.put("name", field.name());
            f.put("type", field.type());
            if (field instanceof NumericFeature n) {
                putNumber(f, "min", n.min());
                putNumber(f, "max", n.max());
                ArrayNode quantiles = f.putArray("quantiles");
                n.quantiles().forEach(quantiles::add);
                putNumber(f, "median", n.median());
                if (n.scaled()) {
                    ObjectNode scaler = f.putObject("scaler");
                    scaler.put("mean", n.mean());
                    scaler.put("scale", n.scale());
                }
            } else if (field instanceof CategoricalFeature c) {
                c.levels().forEach(f.putArray("levels")::add);
                f.put("most_frequent", c.mostFrequent());
            }
        }
        p.inputNames().forEach(root.putArray("inputs")::add);
        return write(root);
    }

    static byte[] model(PipelineModel model) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", model.kind().id());
        root.put("inputs", model.inputs());
        if (model instanceof LinearModel linear) {
            ArrayNode weights = root.putArray("weights");
            for (double w : linear.weights()) {
                weights.add(w);
            }
            root.put("intercept", linear.intercept());
        } else if (model instanceof ForestModel forest) {
            ArrayNode trees = root.putArray("trees");
            for (SavedTree tree : forest.trees()) {
                ObjectNode t = trees.addObject();
                ArrayNode feature = t.putArray("feature");
                for (int v : tree.feature()) {
                    feature.add(v);
                }
                ArrayNode threshold = t.putArray("threshold");
                for (double v : tree.threshold()) {
                    threshold.add(v);
                }
                ArrayNode left = t.putArray("left");
                for (int v : tree.left()) {
                    left.add(v);
                }
                ArrayNode right = t.putArray("right");
                for (int v : tree.right()) {
                    right.add(v);
                }
                ArrayNode value = t.putArray("value");
                for (double v : tree.positiveShare()) {
                    value.add(v);
                }
            }
        }
        return write(root);
    }

    private static void putNumber(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }

    private static byte[] write(ObjectNode root) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        return MAPPER.writer(printer).writeValueAsBytes(root);
    }

    // ---- reading ----

    /** The parts of the manifest read before the rest, to tell an incompatible file from a broken one. */
    record Header(int formatVersion, String ladderbenchVersion) {
    }

    static JsonNode parse(byte[] bytes, String entry) {
        try (JsonParser parser = MAPPER.createParser(bytes)) {
            JsonNode node = MAPPER.readTree(parser);
            if (node == null || !node.isObject()) {
                throw new PipelineFormatException(entry + " is not a JSON object");
            }
            if (parser.nextToken() != null) {
                throw new PipelineFormatException(entry + " has data after its JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PipelineFormatException(entry + " is not valid JSON" + JsonLocations.of(e));
        } catch (IOException e) {
            throw new PipelineFormatException(entry + " cannot be read (" + e.getMessage() + ")");
        }
    }

    static Header header(JsonNode manifest) {
        if (!FORMAT.equals(manifest.path("format").asText(null))) {
            throw new PipelineFormatException("manifest.json does not name the format " + FORMAT);
        }
        return new Header(integer(manifest, "format_version"), text(manifest, "ladderbench_version"));
    }

    static SavedPipeline pipeline(JsonNode m, JsonNode modelNode) {
        String kindWord = text(m, "model");
        ModelKind kind = ModelKind.ofId(kindWord)
                .orElseThrow(() -> new PipelineFormatException("the model '" + kindWord + "' is unknown"));
        JsonNode data = object(m, "data");
        List<FeatureField> features = new ArrayList<>();
        for (JsonNode f : array(m, "features")) {
            String name = text(f, "name");
            String type = text(f, "type");
            switch (type) {
                case "numeric" -> {
                    JsonNode scaler = f.get("scaler");
                    boolean scaled = scaler != null && !scaler.isNull();
                    features.add(new NumericFeature(name, optionalNumber(f, "median"),
                            scaled ? number(scaler, "mean") : Double.NaN, scaled ? positive(scaler, "scale") : Double.NaN,
                            optionalNumber(f, "min"), optionalNumber(f, "max"), numbers(f, "quantiles")));
                }
                case "categorical" -> features.add(new CategoricalFeature(name, texts(f, "levels"),
                        text(f, "most_frequent")));
                default -> throw new PipelineFormatException("feature '" + name + "' has the unknown type '" + type + "'");
            }
        }
        PipelineModel model = model(modelNode, kind);
        try {
            SavedPipeline pipeline = new SavedPipeline(integer(m, "format_version"), text(m, "ladderbench_version"),
                    text(m, "smile_version"), longInteger(m, "seed"), text(data, "file"), text(data, "sha256"),
                    integer(data, "rows"), text(m, "target"), texts(m, "class_labels"), text(m, "positive_label"),
                    number(m, "threshold"), texts(m, "excluded"), features, model);
            if (!pipeline.inputNames().equals(texts(m, "inputs"))) {
                throw new PipelineFormatException("the listed model inputs do not match the features");
            }
            return pipeline;
        } catch (IllegalArgumentException e) {
            throw new PipelineFormatException(e.getMessage());
        }
    }

    private static PipelineModel model(JsonNode node, ModelKind kind) {
        if (!kind.id().equals(text(node, "type"))) {
            throw new PipelineFormatException("model.json holds a different model than the manifest names");
        }
        int inputs = integer(node, "inputs");
        if (kind == ModelKind.LINEAR) {
            double[] weights = doubles(array(node, "weights"), "weights");
            if (weights.length != inputs) {
                throw new PipelineFormatException("the model has " + weights.length + " weights for " + inputs + " inputs");
            }
            return new LinearModel(weights, number(node, "intercept"));
        }
        List<SavedTree> trees = new ArrayList<>();
        for (JsonNode t : array(node, "trees")) {
            try {
                trees.add(new SavedTree(ints(array(t, "feature")), doubles(array(t, "threshold"), "threshold"),
                        ints(array(t, "left")), ints(array(t, "right")), doubles(array(t, "value"), "value"), inputs));
            } catch (IllegalArgumentException e) {
                throw new PipelineFormatException("tree " + (trees.size() + 1) + ": " + e.getMessage());
            }
        }
        try {
            return new ForestModel(inputs, trees);
        } catch (IllegalArgumentException e) {
            throw new PipelineFormatException(e.getMessage());
        }
    }

    private static JsonNode field(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw new PipelineFormatException("the field '" + key + "' is missing");
        }
        return value;
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = field(node, key);
        if (!value.isTextual()) {
            throw new PipelineFormatException("the field '" + key + "' is not text");
        }
        return value.textValue();
    }

    private static JsonNode object(JsonNode node, String key) {
        JsonNode value = field(node, key);
        if (!value.isObject()) {
            throw new PipelineFormatException("the field '" + key + "' is not an object");
        }
        return value;
    }

    private static JsonNode array(JsonNode node, String key) {
        JsonNode value = field(node, key);
        if (!value.isArray()) {
            throw new PipelineFormatException("the field '" + key + "' is not a list");
        }
        return value;
    }

    private static double number(JsonNode node, String key) {
        JsonNode value = field(node, key);
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw new PipelineFormatException("the field '" + key + "' is not a finite number");
        }
        return value.doubleValue();
    }

    private static double positive(JsonNode node, String key) {
        double value = number(node, key);
        if (!(value > 0)) {
            throw new PipelineFormatException("the field '" + key + "' must be above 0");
        }
        return value;
    }

    private static double optionalNumber(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? Double.NaN : number(node, key);
    }

    private static int integer(JsonNode node, String key) {
        JsonNode value = field(node, key);
        if (!value.isInt()) {
            throw new PipelineFormatException("the field '" + key + "' is not a whole number");
        }
        return value.intValue();
    }

    private static long longInteger(JsonNode node, String key) {
        JsonNode value = field(node, key);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new PipelineFormatException("the field '" + key + "' is not a whole number");
        }
        return value.longValue();
    }

    private static List<String> texts(JsonNode node, String key) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array(node, key)) {
            if (!item.isTextual()) {
                throw new PipelineFormatException("the list '" + key + "' holds something that is not text");
            }
            texts.add(item.textValue());
        }
        return texts;
    }

    private static List<Double> numbers(JsonNode node, String key) {
        List<Double> list = new ArrayList<>();
        for (double v : doubles(array(node, key), key)) {
            list.add(v);
        }
        return list;
    }

    private static double[] doubles(JsonNode array, String key) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode item = array.get(i);
            if (!item.isNumber() || !Double.isFinite(item.doubleValue())) {
                throw new PipelineFormatException("the list '" + key + "' holds something that is not a finite number");
            }
            values[i] = item.doubleValue();
        }
        return values;
    }

    private static int[] ints(JsonNode array) {
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode item = array.get(i);
            if (!item.isInt()) {
                throw new PipelineFormatException("a tree's node list holds something that is not a whole number");
            }
            values[i] = item.intValue();
        }
        return values;
    }
}
