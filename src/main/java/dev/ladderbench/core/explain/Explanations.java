package dev.ladderbench.core.explain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The explanations of the workbench's steps, charts and checklist items, kept as data in
 * {@code explanations.json} beside this class. Finding codes are not repeated there: their why and fix live in
 * {@link dev.ladderbench.core.finding.FindingCode} ({@link Explanation#of}).
 */
public final class Explanations {

    private static final String RESOURCE = "explanations.json";
    private static final Explanations BUILT_IN = load();

    private final Map<String, Explanation> steps;
    private final Map<String, Explanation> charts;
    private final Map<String, Explanation> checklist;

    private Explanations(Map<String, Explanation> steps, Map<String, Explanation> charts,
                         Map<String, Explanation> checklist) {
        this.steps = Map.copyOf(steps);
        this.charts = Map.copyOf(charts);
        this.checklist = Map.copyOf(checklist);
    }

    /** The texts shipped with Ladderbench, read once. */
    public static Explanations builtIn() {
        return BUILT_IN;
    }

    /**
     * A step of the workbench by its id: the rungs' ids ({@code sanity}, {@code baseline}, {@code linear},
     * {@code forest}) and {@code data}, {@code errors}, {@code threshold}, {@code checklist},
     * {@code production}, {@code report}.
     */
    public Optional<Explanation> step(String id) {
        return Optional.ofNullable(steps.get(id));
    }

    /** A chart by the id of its node (e.g. {@code fold-chart}). */
    public Optional<Explanation> chart(String id) {
        return Optional.ofNullable(charts.get(id));
    }

    /**
     * A checklist item by its id; the title is the item as the checklist words it, which the caller has.
     */
    public Optional<Explanation> checklistItem(String id, String item) {
        return Optional.ofNullable(checklist.get(id)).map(e -> new Explanation(item, e.firstHeading(), e.first(),
                e.secondHeading(), e.second()));
    }

    public Set<String> stepIds() {
        return steps.keySet();
    }

    public Set<String> chartIds() {
        return charts.keySet();
    }

    public Set<String> checklistIds() {
        return checklist.keySet();
    }

    private static Explanations load() {
        try (InputStream in = Explanations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            // Jackson's streaming parser, not an ObjectMapper: the window reads these texts while it is built, and
            // setting up databind there cost 0.14 s of the start-up.
            Map<String, Map<String, Map<String, String>>> sections = new LinkedHashMap<>();
            try (JsonParser json = new JsonFactory().createParser(in)) {
                json.nextToken();
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    sections.put(json.currentName(), objectsOfTexts(json));
                }
            }
            return new Explanations(section(sections, "steps", "why", Explanation.WHY, "fix", Explanation.FIX),
                    section(sections, "charts", "read", Explanation.READ, "look", Explanation.LOOK),
                    section(sections, "checklist", "why", Explanation.WHY, "fix", Explanation.FIX));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + RESOURCE, e);
        }
    }

    /** {"id": {"field": "text", ...}, ...} at the parser, which is on the name before it. */
    private static Map<String, Map<String, String>> objectsOfTexts(JsonParser json) throws IOException {
        Map<String, Map<String, String>> objects = new LinkedHashMap<>();
        json.nextToken();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String id = json.currentName();
            Map<String, String> texts = new LinkedHashMap<>();
            json.nextToken();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                texts.put(field, json.nextTextValue());
            }
            objects.put(id, texts);
        }
        return objects;
    }

    private static Map<String, Explanation> section(Map<String, Map<String, Map<String, String>>> sections, String name,
                                                    String first, String firstHeading, String second,
                                                    String secondHeading) {
        Map<String, Explanation> section = new LinkedHashMap<>();
        sections.getOrDefault(name, Map.of()).forEach((id, text) -> section.put(id, new Explanation(
                text.getOrDefault("title", ""), firstHeading, text.getOrDefault(first, ""), secondHeading,
                text.getOrDefault(second, ""))));
        return section;
    }
}
