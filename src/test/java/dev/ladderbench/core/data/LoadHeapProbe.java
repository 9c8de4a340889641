package dev.ladderbench.core.data;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures what the heap estimate predicts (not a test): prints the estimate of a file, or loads it past the
 * estimate's check and prints the heap the dataset retains; exit code 3 when the load ran out of memory, so that a
 * script can bisect the smallest -Xmx that loads the file (bench/heap-calibration.sh).
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx300m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     dev.ladderbench.core.data.LoadHeapProbe load|estimate FILE
 * </pre>
 */
public final class LoadHeapProbe {

    private static final long MB = 1L << 20;

    private LoadHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if (args[0].equals("estimate")) {
            // This JVM's heap, so that the estimate counts its collector's regions (1 MB below 2 GB)
            CsvDatasetReader reader = new CsvDatasetReader(HeapModel.ofThisJvm());
            reader.estimateMemory(file, CsvReadOptions.defaults(), 0, 5); // once for the JIT and the page cache
            long start = System.nanoTime();
            MemoryEstimate estimate = reader.estimateMemory(file, CsvReadOptions.defaults(), 0, 5);
            System.out.printf(Locale.ROOT, "estimate %s: %d rows, load %d MB, in %.0f ms%n", file.getFileName(),
                    estimate.estimatedRows(), estimate.loadBytes() / MB, (System.nanoTime() - start) / 1e6);
            return;
        }
        long before = usedAfterGc();
        Dataset data;
        try {
            data = new CsvDatasetReader(HeapModel.of(Long.MAX_VALUE, Long.MAX_VALUE)).read(file,
                    CsvReadOptions.defaults(), ProgressListener.NONE, CancellationToken.none()).dataset();
        } catch (OutOfMemoryError e) {
            System.exit(3);
            return;
        }
        long retained = usedAfterGc() - before;
        System.out.printf(Locale.ROOT, "loaded %s: %d x %d, retained %d MB, dataBytes %d MB%n", file.getFileName(),
                data.rowCount(), data.columnCount(), retained / MB, HeapModel.dataBytes(data) / MB);
    }

    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
