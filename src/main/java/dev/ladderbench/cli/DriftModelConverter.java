package dev.ladderbench.cli;

import dev.ladderbench.core.ladder.RungId;

import java.util.Map;
import java.util.Optional;

/** Reads {@code drift --model}: the rung whose pipeline scores both files, or none to compare features only. */
final class DriftModelConverter extends WordConverter<DriftModelConverter.Choice> {

    /** A model to fit, or none. */
    record Choice(Optional<RungId> rung) {
    }

    DriftModelConverter() {
        super(Map.entry(RungId.FOREST.id(), new Choice(Optional.of(RungId.FOREST))),
                Map.entry(RungId.LINEAR.id(), new Choice(Optional.of(RungId.LINEAR))),
                Map.entry("none", new Choice(Optional.empty())));
    }
}
