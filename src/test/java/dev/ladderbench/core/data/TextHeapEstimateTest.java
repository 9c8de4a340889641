package dev.ladderbench.core.data;

import dev.ladderbench.core.bench.SyntheticCsv;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The estimate before loading against what loading the files really took. Each shape's figures were measured on a
 * file written by bench/heap-calibration.py and bisected with bench/heap-calibration.sh (Java 17, G1, 2 cores): its
 * size, the smallest -Xmx in which it loaded and the heap it retained. Here the same shape's first block is written
 * again (the estimate reads only that and the size), and the estimate must lie within the band of the measured need.
 */
class TextHeapEstimateTest {

    private static final long MB = 1L << 20;
    /** The estimate may be this far below the smallest heap that loads the file (the collector's slack)... */
    private static final double LOWEST = 0.88;
    /** ... and this far above it (a file refused although it would load in this much more). */
    private static final double HIGHEST = 1.15;

    private static final String[] COLOURS = {"red", "green", "blue", "yellow", "black"};
    private static final String[] WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi"
            + " omicron pi rho sigma tau upsilon phi chi psi omega river stone cloud quick brown lazy").split(" ");

    /**
     * The measured files: size in bytes, the smallest -Xmx (MB) that loaded them in both of two bisections (5 MB
     * steps; they differed by 8 MB for the numbers, by 4 MB for free text and mixed, not at all for the rest), and
     * the heap (MB) the loaded data retained.
     */
    enum Measured {
        /** 1,000,000 x 20 numbers, 2 % missing (the bench command's file). */
        NUMERIC_1M_X20(364_360_680L, 242, 164, null), // its block comes from SyntheticCsv
        /** 1,000,000 x 10 texts of five colours. */
        FIVE_LEVELS_1M_X10(55_995_162L, 71, 44, row -> join(10, c -> COLOURS[RANDOM.get().nextInt(5)])),
        /** 1,000,000 x 4 unique ids of 19 characters. */
        UNIQUE_IDS_1M_X4(80_000_016L, 563, 280, row -> join(4, c -> String.format(Locale.ROOT, "cust-%09d-%04x", row,
                (row * 7919L + c * 104729L) % 65536))),
        /** 500,000 rows of three free texts of 20-60 characters (all but unique) and two numbers. */
        FREE_TEXT_500K_X5(67_116_716L, 262, 144, row -> join(3, c -> freeText()) + String.format(Locale.ROOT,
                ",%.4f,%d", RANDOM.get().nextDouble() * 100, RANDOM.get().nextInt(1001))),
        /** 1,000,000 x 20: 12 numbers, 4 texts of five colours, 2 of a thousand cities, a unique id, a 0/1 target. */
        MIXED_1M_X20(175_980_382L, 309, 193, row -> join(12, c -> String.format(Locale.ROOT, "%.6f",
                (RANDOM.get().nextDouble() - 0.5) * 200)) + "," + join(4, c -> COLOURS[RANDOM.get().nextInt(5)])
                + "," + join(2, c -> "city" + RANDOM.get().nextInt(1000))
                + String.format(Locale.ROOT, ",u%08dx,%d", row, RANDOM.get().nextInt(2))),
        /** 200,000 x 100 texts of twenty levels. */
        WIDE_200K_X100(149_999_398L, 146, 104, row -> join(100, c -> "level" + RANDOM.get().nextInt(20)));

        final long fileBytes;
        final int minimumXmxMb;
        final int retainedMb;
        final IntFunction<String> row;

        Measured(long fileBytes, int minimumXmxMb, int retainedMb, IntFunction<String> row) {
            this.fileBytes = fileBytes;
            this.minimumXmxMb = minimumXmxMb;
            this.retainedMb = retainedMb;
            this.row = row;
        }
    }

    private static final ThreadLocal<SplittableRandom> RANDOM = ThreadLocal.withInitial(() -> new SplittableRandom(42));

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Measured.class)
    void theEstimateToLoadLiesWithinTheBandOfTheHeapTheFileNeeded(Measured file) throws Exception {
        long estimate = shape(file).loadBytes(HeapModel.regionBytes(file.minimumXmxMb * MB));

        assertThat((double) estimate / (file.minimumXmxMb * MB)).as("%s: %d MB estimated", file, estimate / MB)
                .isBetween(LOWEST, HIGHEST);
    }

    @ParameterizedTest
    @EnumSource(Measured.class)
    void theDataTheEstimateKeepsAfterLoadingIsWithinAFifthOfWhatTheFileRetained(Measured file) throws Exception {
        long estimate = shape(file).dataBytes(HeapModel.regionBytes(file.minimumXmxMb * MB));

        assertThat((double) estimate / (file.retainedMb * MB)).as("%s: %d MB estimated", file, estimate / MB)
                .isCloseTo(1.0, within(0.2));
    }

    private FileShape shape(Measured file) throws Exception {
        RANDOM.set(new SplittableRandom(42));
        String block = firstBlock(file);
        int bytes = block.getBytes(StandardCharsets.UTF_8).length;
        return FileShape.of(file.fileBytes, block, bytes, false, ',',
                new CellRules(CsvReadOptions.defaults().missingTokens()));
    }

    /** The start of the file the estimate reads. */
    private String firstBlock(Measured file) throws Exception {
        if (file == Measured.NUMERIC_1M_X20) {
            Path numbers = dir.resolve("numbers.csv");
            SyntheticCsv.write(numbers, 4000, 20, 0.02, 42);
            byte[] start = Arrays.copyOf(Files.readAllBytes(numbers), CsvDatasetReader.ESTIMATE_BLOCK);
            return new String(start, StandardCharsets.US_ASCII);
        }
        StringBuilder text = new StringBuilder(header(file));
        for (int row = 0; text.length() < CsvDatasetReader.ESTIMATE_BLOCK; row++) {
            text.append(file.row.apply(row)).append('\n');
        }
        return text.substring(0, CsvDatasetReader.ESTIMATE_BLOCK);
    }

    private static String header(Measured file) {
        int columns = file.row.apply(0).split(",", -1).length;
        return join(columns, c -> "c" + c) + "\n";
    }

    private static String join(int count, IntFunction<String> cell) {
        StringBuilder joined = new StringBuilder();
        for (int c = 0; c < count; c++) {
            joined.append(c == 0 ? "" : ",").append(cell.apply(c));
        }
        return joined.toString();
    }

    private static String freeText() {
        SplittableRandom random = RANDOM.get();
        int length = 20 + random.nextInt(41);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return text.substring(0, length).strip();
    }
}
