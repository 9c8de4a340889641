package dev.ladderbench.core.explain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
            JsonNode root = new ObjectMapper().readTree(in);
            return new Explanations(section(root, "steps", "why", Explanation.WHY, "fix", Explanation.FIX),
                    section(root, "charts", "read", Explanation.READ, "look", Explanation.LOOK),
                    section(root, "checklist", "why", Explanation.WHY, "fix", Explanation.FIX));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + RESOURCE, e);
        }
    }

    private static Map<String, Explanation> section(JsonNode root, String name, String first, String firstHeading,
                                                    String second, String secondHeading) {
        Map<String, Explanation> section = new LinkedHashMap<>();
        root.path(name).fields().forEachRemaining(entry -> {
            JsonNode text = entry.getValue();
            section.put(entry.getKey(), new Explanation(text.path("title").asText(""), firstHeading,
                    text.path(first).asText(""), secondHeading, text.path(second).asText("")));
        });
        return section;
    }
}
