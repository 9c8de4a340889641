package dev.ladderbench.app.production;

import dev.ladderbench.core.replay.ImputedValue;
import dev.ladderbench.core.replay.Replay;
import dev.ladderbench.core.replay.ReplayFailure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One feature through the first stages, as a row of the stages table.
 *
 * @param broken true for the column where the row broke the pipeline
 */
record FeatureStages(String column, String raw, String imputed, String note, boolean wasImputed, boolean outOfRange,
                     boolean unseen, boolean ignored, boolean broken) {

    static List<FeatureStages> of(Replay replay) {
        Map<String, ImputedValue> imputed = replay.imputed().stream()
                .collect(Collectors.toMap(ImputedValue::column, Function.identity()));
        Optional<String> brokenColumn = replay.failure().map(ReplayFailure::column);
        List<FeatureStages> rows = new ArrayList<>();
        for (Replay.RawValue raw : replay.raw()) {
            ImputedValue after = imputed.get(raw.column());
            boolean broken = brokenColumn.filter(raw.column()::equals).isPresent();
            rows.add(new FeatureStages(raw.column(), raw.value().text(),
                    raw.ignored() ? "" : after == null ? (broken ? "broke here" : "") : after.value(),
                    raw.ignored() ? "not a feature: ignored" : after == null ? "" : after.note(),
                    after != null && after.imputed(), after != null && after.outOfRange(),
                    after != null && after.unseen(), raw.ignored(), broken));
        }
        // A column the pipeline does not know is not among the raw values: it is where the row broke.
        brokenColumn.filter(c -> rows.stream().noneMatch(r -> r.column().equals(c)))
                .ifPresent(c -> rows.add(new FeatureStages(c, "(not in the schema)", "", "", false, false, false,
                        false, true)));
        // Flagged values first, where a person looks: where it broke, then surprises, then imputed values.
        rows.sort(java.util.Comparator.comparingInt(FeatureStages::rank));
        return rows;
    }

    private int rank() {
        return broken ? 0 : outOfRange || unseen ? 1 : wasImputed ? 2 : 3;
    }
}
