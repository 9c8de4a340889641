package dev.ladderbench.core.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ladderbench.core.AtomicFiles;
import dev.ladderbench.core.JsonLocations;
import dev.ladderbench.core.Version;
import dev.ladderbench.core.checklist.ManualCheck;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.ladder.CvScheme;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.Thresholds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes {@code .ladder} session files ({@value #SCHEMA}). A session file may come from anyone,
 * so reading trusts nothing: the size is capped, every field is checked for its type, and whatever is wrong
 * becomes one sentence naming the file.
 */
public final class SessionFiles {

    public static final String SCHEMA = "ladderbench/session-v1";
    public static final String EXTENSION = ".ladder";
    /** A session holds choices and short notes; anything larger is not one. */
    static final long MAX_BYTES = 1 << 20;
    static final int MAX_NOTE_CHARS = 10_000;
    static final int MAX_ENTRIES = 10_000;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SessionFiles() {
    }

    /** Writes the session whole or not at all. */
    public static void write(Path file, Session session) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.putObject("data").put("path", session.data().toString()).put("sha256", session.sha256());
        root.put("target", session.target());
        if (session.positiveLabel().isPresent()) {
            root.put("positive_label", session.positiveLabel().get());
        } else {
            root.putNull("positive_label");
        }
        ArrayNode excluded = root.putArray("excluded");
        session.excluded().forEach(excluded::add);
        root.putObject("settings").put("folds", session.settings().folds()).put("seed", session.settings().seed())
                .put("cv", session.settings().cv().id()).put("sample_rows", session.settings().sampleRows());
        root.putObject("errors").put("model", session.errorsModel().id()).put("threshold", session.threshold());
        ArrayNode overrides = root.putArray("overrides");
        session.overridden().stream().sorted().map(RungId::id).forEach(overrides::add);
        ObjectNode checks = root.putObject("checklist");
        session.checks().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> checks.putObject(e.getKey())
                .put("ticked", e.getValue().ticked()).put("note", e.getValue().note()));
        root.put("saved_by", "Ladderbench " + Version.current());
        byte[] bytes = (MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
                .writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /**
     * @throws InvalidInputException with one sentence when the file cannot be read or is not a valid session
     */
    public static Session read(Path file) throws InvalidInputException {
        JsonNode root = parse(file);
        Fields fields = new Fields(file, root);
        String schema = root.path("schema").asText(null);
        if (root.isObject() && schema != null && schema.startsWith("ladderbench/session-") && !SCHEMA.equals(schema)) {
            throw new InvalidInputException(file, file.getFileName() + " was saved as " + shorten(schema) + ", and this"
                    + " Ladderbench reads " + SCHEMA + " only; open it with the version that saved it, or open the data"
                    + " and save the session again.");
        }
        if (!root.isObject() || !SCHEMA.equals(schema)) {
            throw new InvalidInputException(file, file.getFileName() + " is not a Ladderbench session (it has no"
                    + " \"schema\": \"" + SCHEMA + "\"); choose a .ladder file saved by File > Save session.");
        }
        Path data = fields.path(fields.text(root.path("data"), "data.path", "path"));
        String sha256 = fields.text(root.path("data"), "data.sha256", "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw fields.invalid("data.sha256 is not a SHA-256 in hex");
        }
        String target = fields.text(root, "target", "target");
        JsonNode positive = root.path("positive_label");
        Optional<String> positiveLabel = positive.isNull() || positive.isMissingNode() ? Optional.empty()
                : Optional.of(fields.text(root, "positive_label", "positive_label"));
        List<String> excluded = fields.texts(root.path("excluded"), "excluded");
        JsonNode settingsNode = root.path("settings");
        int folds = fields.integer(settingsNode, "settings.folds", "folds", 2, 1000);
        long seed = fields.longInteger(settingsNode, "settings.seed", "seed");
        CvScheme cv = fields.choice(settingsNode, "settings.cv", "cv", CvScheme.values(), CvScheme::id);
        // Sessions saved before the window could set the sample have none: theirs was the default.
        int sampleRows = settingsNode.has("sample_rows")
                ? fields.integer(settingsNode, "settings.sample_rows", "sample_rows", 0, Integer.MAX_VALUE)
                : LadderSettings.DEFAULT_SAMPLE_ROWS;
        JsonNode errorsNode = root.path("errors");
        RungId errorsModel = fields.choice(errorsNode, "errors.model", "model",
                new RungId[]{RungId.LINEAR, RungId.FOREST}, RungId::id);
        double threshold = fields.number(errorsNode, "errors.threshold", "threshold");
        if (!(threshold >= 0 && threshold <= 1)) {
            throw fields.invalid("errors.threshold must be between 0 and 1");
        }
        Set<RungId> overridden = EnumSet.noneOf(RungId.class);
        for (String id : fields.texts(root.path("overrides"), "overrides")) {
            overridden.add(Arrays.stream(RungId.values()).filter(r -> r.id().equals(id)).findFirst()
                    .orElseThrow(() -> fields.invalid("overrides holds \"" + shorten(id) + "\", which is no rung")));
        }
        return new Session(data, sha256, target, positiveLabel, excluded,
                new LadderSettings(folds, seed, cv, Thresholds.defaults(), sampleRows), errorsModel, threshold, overridden,
                fields.checks(root.path("checklist")));
    }

    /** A value from the file quoted in a sentence: a hostile file must not make the sentence a page long. */
    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static JsonNode parse(Path file) throws InvalidInputException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Read one byte past the limit rather than trusting the size a file system reports.
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, "The session file " + file + " does not exist.");
        } catch (IOException e) {
            throw new InvalidInputException(file, "The session file " + file.getFileName() + " could not be read ("
                    + e.getMessage() + ").", false, e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(file, file.getFileName() + " is larger than " + (MAX_BYTES >> 20)
                    + " MB, too large for a session file; choose the .ladder file saved by File > Save session.");
        }
        try {
            JsonNode root = MAPPER.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new InvalidInputException(file, file.getFileName() + " is empty, not a Ladderbench session; choose"
                        + " a .ladder file saved by File > Save session.");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file, file.getFileName() + " is not a Ladderbench session: it is not valid"
                    + " JSON" + JsonLocations.of(e) + "; choose a .ladder file saved by File > Save session.", false, e);
        } catch (IOException e) {
            throw new InvalidInputException(file, "The session file " + file.getFileName() + " could not be read.",
                    false, e);
        }
    }

    /** Typed access to the fields, each failure one sentence naming the file and the field. */
    private record Fields(Path file, JsonNode root) {

        InvalidInputException invalid(String what) {
            return new InvalidInputException(file, file.getFileName() + " is not a valid session: " + what
                    + "; fix that field, or open the data and save the session again.");
        }

        String text(JsonNode parent, String name, String key) throws InvalidInputException {
            JsonNode node = parent.path(key);
            if (!node.isTextual()) {
                throw invalid(name + " must be text");
            }
            return node.asText();
        }

        Path path(String text) throws InvalidInputException {
            try {
                return Path.of(text).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                throw invalid("data.path is not a file path here");
            }
        }

        List<String> texts(JsonNode node, String name) throws InvalidInputException {
            if (!node.isArray() || node.size() > MAX_ENTRIES) {
                throw invalid(name + " must be a list of names");
            }
            List<String> texts = new ArrayList<>();
            for (JsonNode each : node) {
                if (!each.isTextual()) {
                    throw invalid(name + " must be a list of names");
                }
                texts.add(each.asText());
            }
            return texts;
        }

        int integer(JsonNode parent, String name, String key, int min, int max) throws InvalidInputException {
            JsonNode node = parent.path(key);
            if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < min || node.asInt() > max) {
                throw invalid(name + " must be a whole number from " + min + " to " + max);
            }
            return node.asInt();
        }

        long longInteger(JsonNode parent, String name, String key) throws InvalidInputException {
            JsonNode node = parent.path(key);
            if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                throw invalid(name + " must be a whole number");
            }
            return node.asLong();
        }

        double number(JsonNode parent, String name, String key) throws InvalidInputException {
            JsonNode node = parent.path(key);
            if (!node.isNumber()) {
                throw invalid(name + " must be a number");
            }
            return node.asDouble();
        }

        <T> T choice(JsonNode parent, String name, String key, T[] choices, java.util.function.Function<T, String> id)
                throws InvalidInputException {
            String text = text(parent, name, key);
            return Arrays.stream(choices).filter(c -> id.apply(c).equals(text)).findFirst()
                    .orElseThrow(() -> invalid(name + " must be one of " + String.join(", ",
                            Arrays.stream(choices).map(id).toList())));
        }

        Map<String, ManualCheck> checks(JsonNode node) throws InvalidInputException {
            if (!node.isObject() || node.size() > MAX_ENTRIES) {
                throw invalid("checklist must map item ids to a tick and a note");
            }
            Map<String, ManualCheck> checks = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                JsonNode check = entry.getValue();
                if (!check.path("ticked").isBoolean() || !check.path("note").isTextual()) {
                    throw invalid("checklist." + shorten(entry.getKey()) + " must hold \"ticked\" (true or false) and"
                            + " \"note\" (text)");
                }
                String note = check.get("note").asText();
                if (note.length() > MAX_NOTE_CHARS) {
                    throw invalid("the note of " + shorten(entry.getKey()) + " is longer than " + MAX_NOTE_CHARS + " characters");
                }
                checks.put(entry.getKey(), new ManualCheck(check.get("ticked").asBoolean(), note));
            }
            return checks;
        }
    }
}
