package dev.ladderbench.core.data;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Measures loading a large numeric CSV (not a test: speed targets live here, not in timed tests).
 * Writes the file first when it does not exist: 1,000,000 rows x 20 columns, 2 % empty cells.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     dev.ladderbench.core.data.LoadBenchmark /tmp/bench_1m_20.csv [runs]
 * </pre>
 * For the gzip path, compress the file ({@code gzip -1 -k /tmp/bench_1m_20.csv}) and pass the .gz name.
 * Wall time depends on what else runs on the machine; the CPU time printed beside it does much less.
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/bench_1m_20.csv");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!Files.exists(file)) {
            write(file, 1_000_000, 20);
        }
        double mb = Files.size(file) / 1e6;
        for (int run = 1; run <= runs; run++) {
            long before = usedAfterGc();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            LoadResult result = new CsvDatasetReader().read(file, CsvReadOptions.defaults(), ProgressListener.NONE,
                    CancellationToken.none());
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            long retained = usedAfterGc() - before;
            Dataset d = result.dataset();
            long rawDoubles = (long) d.rowCount() * d.columnCount() * Double.BYTES;
            System.out.printf(Locale.ROOT, "run %d: %d x %d in %.2f s (%.0f MB/s), %.2f s of CPU, load average %.1f,"
                    + " retained %.0f MB = %.2f x raw doubles%n", run, d.rowCount(), d.columnCount(), seconds,
                    mb / seconds, cpuSeconds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    retained / 1e6, (double) retained / rawDoubles);
        }
    }

    /** CPU time of the whole process (both reading threads and the collector): fair when other work shares the cores. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void write(Path file, int rows, int columns) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int c = 0; c < columns; c++) {
                out.write(c == 0 ? "f0" : ",f" + c);
            }
            out.write('\n');
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (c > 0) {
                        out.write(',');
                    }
                    if (random.nextDouble() >= 0.02) {
                        out.write(Double.toString((random.nextDouble() - 0.5) * 200));
                    }
                }
                out.write('\n');
            }
        }
    }
}
