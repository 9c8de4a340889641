package dev.ladderbench.cli;

import dev.ladderbench.core.ladder.RungId;

import java.util.Map;

/** Reads {@code --errors-model}: the model rung whose errors are analysed, forest or linear. */
final class ErrorModelConverter extends WordConverter<RungId> {

    ErrorModelConverter() {
        super(Map.entry(RungId.FOREST.id(), RungId.FOREST), Map.entry(RungId.LINEAR.id(), RungId.LINEAR));
    }
}
