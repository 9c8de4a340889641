package dev.ladderbench.core.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladderbench.core.JsonLocations;
import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.NumericColumn;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** One row to replay: column name to value, in the order given; a null or absent column is missing. */
public record RowInput(Map<String, CellValue> cells) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public RowInput {
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    public CellValue cell(String column) {
        return cells.getOrDefault(column, new CellValue.Missing());
    }

    /** A row of a dataset as a production request would send it: numbers, texts, and missing cells. */
    public static RowInput of(Dataset dataset, int row) {
        Map<String, CellValue> cells = new LinkedHashMap<>();
        for (Column column : dataset.columns()) {
            CellValue cell;
            if (column.isMissing(row)) {
                cell = new CellValue.Missing();
            } else if (column instanceof NumericColumn numeric) {
                cell = new CellValue.Number(numeric.value(row));
            } else {
                cell = new CellValue.Text(column.text(row));
            }
            cells.put(column.name(), cell);
        }
        return new RowInput(cells);
    }

    /**
     * @param source where the JSON came from, for the message
     * @throws InvalidInputException when the text is not one JSON object
     */
    public static RowInput parse(String json, Path source) throws InvalidInputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source, source.getFileName() + " is not valid JSON" + JsonLocations.of(e)
                    + "; give one JSON object of column names to values, e.g. {\"age\": 42, \"job\": \"skilled\"}.");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(source, source.getFileName() + " holds " + (root == null ? "nothing"
                    : "a JSON " + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT))
                    + ", not one JSON object; give one object of column names to values, e.g. {\"age\": 42}.");
        }
        Map<String, CellValue> cells = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            cells.put(field.getKey(), cell(field.getValue()));
        }
        return new RowInput(cells);
    }

    private static CellValue cell(JsonNode node) {
        if (node.isNull()) {
            return new CellValue.Missing();
        }
        if (node.isNumber()) {
            return new CellValue.Number(node.doubleValue());
        }
        if (node.isTextual()) {
            return new CellValue.Text(node.textValue());
        }
        return new CellValue.Other(node.toString());
    }
}
