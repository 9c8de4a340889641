package dev.ladderbench.core.bench;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Everything one benchmark measured on one file; the parts not asked for are empty.
 *
 * @param peakResidentBytes the process's peak resident memory (VmHWM) at the end, empty where the system does
 *                          not tell
 */
public record BenchFigures(String file, long fileBytes, int rows, int columns, int cores, long maxHeapBytes,
                           int runs, int warmup, Optional<LoadFigures> load, Optional<LadderFigures> ladder,
                           Optional<ErrorFigures> errors, OptionalLong peakResidentBytes) {
}
