package dev.ladderbench.core.finding;

import dev.ladderbench.core.ladder.RungId;

import java.util.List;
import java.util.Map;

/**
 * One problem found, with the evidence behind it.
 *
 * @param rung     the ladder rung that found it; {@code null} for findings about production data (drift, a
 *                 replayed row, a pipeline file), which no rung finds
 * @param severity the severity in force (a code's default, raised or lowered by its rule, e.g.
 *                 {@code missing-values} is info below 20 % missing and warn above)
 * @param detail   one or two sentences with this dataset's figures ("age is missing in 31 % of rows")
 * @param columns  the columns concerned, if any
 * @param evidence the figures behind it, by name (numbers, strings, lists of those), for the report
 */
public record Finding(FindingCode code, Severity severity, RungId rung, String detail, List<String> columns,
                      Map<String, Object> evidence) {

    public Finding {
        columns = List.copyOf(columns);
        evidence = Map.copyOf(evidence);
    }

    public Layer layer() {
        return code.layer();
    }
}
