package dev.ladderbench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ladderbench.core.checklist.Checklist;
import dev.ladderbench.core.checklist.ChecklistItem;

import java.util.List;
import java.util.Locale;

/** The {@code checklist} section: both lists, each item with its verdict, evidence and the person's tick and note. */
final class ChecklistJson {

    private ChecklistJson() {
    }

    static ObjectNode of(Checklist checklist) {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        items(node.putArray("development"), checklist.development());
        items(node.putArray("production"), checklist.production());
        return node;
    }

    private static void items(ArrayNode array, List<ChecklistItem> items) {
        for (ChecklistItem item : items) {
            array.addObject()
                    .put("id", item.id())
                    .put("group", item.group().name().toLowerCase(Locale.ROOT))
                    .put("item", item.item())
                    .put("status", item.status().id())
                    .put("evidence", item.evidence())
                    .put("step", item.step().id())
                    .put("ticked", item.check().ticked())
                    .put("note", item.check().note());
        }
    }
}
