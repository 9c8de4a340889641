package dev.ladderbench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ladderbench.core.finding.Finding;

/** One finding of the JSON report: its code with the code's title and fix, and this dataset's evidence. */
final class FindingJson {

    private FindingJson() {
    }

    static ObjectNode of(Finding finding) {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        node.put("code", finding.code().id());
        node.put("layer", finding.layer().id());
        node.put("severity", finding.severity().id());
        node.put("rung", finding.rung() == null ? null : finding.rung().id());
        node.put("title", finding.code().title());
        node.put("detail", finding.detail());
        node.put("fix", finding.code().fix());
        ArrayNode columns = node.putArray("columns");
        finding.columns().forEach(columns::add);
        // An unordered map; the mapper sorts its keys (nested maps too), so the output is stable.
        node.set("evidence", JsonReport.MAPPER.valueToTree(finding.evidence()));
        return node;
    }
}
