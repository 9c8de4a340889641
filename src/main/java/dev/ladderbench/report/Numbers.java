package dev.ladderbench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Puts doubles into the report. JSON has no NaN or infinity (Jackson would write a string), so a figure
 * that could not be computed, such as the AUC of a fold with one class, becomes {@code null}.
 */
final class Numbers {

    private Numbers() {
    }

    static void put(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    static void add(ArrayNode array, double value) {
        if (Double.isFinite(value)) {
            array.add(value);
        } else {
            array.addNull();
        }
    }
}
