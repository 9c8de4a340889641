package dev.ladderbench.core.bench;

import dev.ladderbench.core.AtomicFiles;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a reproducible numeric CSV for benchmarks: features with full-precision values on varied
 * scales, a share of empty (missing) cells, and a 0/1 target in the last column that depends on a few
 * features, so that the same file can later drive the ladder.
 */
public final class SyntheticCsv {

    private SyntheticCsv() {
    }

    /**
     * @param columns        all columns including the target, at least 2
     * @param missingFraction share of feature cells left empty
     */
    public static void write(Path file, int rows, int columns, double missingFraction, long seed) throws IOException {
        if (columns < 2) {
            throw new IllegalArgumentException("Need at least one feature and the target");
        }
        int features = columns - 1;
        SplittableRandom random = new SplittableRandom(seed);
        double[] scales = new double[features];
        for (int f = 0; f < features; f++) {
            scales[f] = Math.pow(10, f % 5 - 1);
        }
        AtomicFiles.write(file, stream -> {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            for (int f = 0; f < features; f++) {
                out.write("f" + (f + 1));
                out.write(',');
            }
            out.write("target\n");
            double[] row = new double[features];
            StringBuilder line = new StringBuilder(512);
            for (int r = 0; r < rows; r++) {
                line.setLength(0);
                for (int f = 0; f < features; f++) {
                    row[f] = random.nextDouble() * 2 - 1 + 0.5 * Math.sin(r * 0.001 + f);
                    if (random.nextDouble() >= missingFraction) {
                        line.append(row[f] * scales[f]);
                    }
                    line.append(',');
                }
                double signal = 2.0 * row[0] - 1.5 * row[1] + row[2] * row[3] + random.nextGaussian();
                line.append(signal > 1.2 ? '1' : '0').append('\n');
                out.append(line);
            }
            out.flush();
        });
    }
}
