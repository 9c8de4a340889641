package dev.ladderbench.cli;

import dev.ladderbench.core.ladder.CvScheme;

import java.util.Map;

/** Reads {@code --cv}: shuffled or ordered. */
final class CvSchemeConverter extends WordConverter<CvScheme> {

    CvSchemeConverter() {
        super(Map.entry(CvScheme.SHUFFLED.id(), CvScheme.SHUFFLED),
                Map.entry(CvScheme.ORDERED.id(), CvScheme.ORDERED));
    }
}
