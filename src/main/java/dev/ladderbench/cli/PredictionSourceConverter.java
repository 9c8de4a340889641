package dev.ladderbench.cli;

import dev.ladderbench.core.analysis.PredictionSource;

import java.util.Map;

/** Reads {@code --errors}: oof (out-of-fold predictions) or holdout (a stratified 80/20 split). */
final class PredictionSourceConverter extends WordConverter<PredictionSource> {

    PredictionSourceConverter() {
        super(Map.entry("oof", PredictionSource.OUT_OF_FOLD), Map.entry("holdout", PredictionSource.HOLDOUT));
    }
}
