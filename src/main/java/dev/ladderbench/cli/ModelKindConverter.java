package dev.ladderbench.cli;

import dev.ladderbench.core.replay.ModelKind;

import java.util.Map;

/** Reads {@code --model}: the model a saved pipeline ends in, forest or linear. */
final class ModelKindConverter extends WordConverter<ModelKind> {

    ModelKindConverter() {
        super(Map.entry(ModelKind.FOREST.id(), ModelKind.FOREST), Map.entry(ModelKind.LINEAR.id(), ModelKind.LINEAR));
    }
}
