package dev.ladderbench.core.replay;

import dev.ladderbench.core.session.SessionFiles;

import java.io.ObjectInputFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Run in a fresh JVM by the tests. {@code score MODEL.lbp DATA.csv OUT} loads the pipeline and writes
 * every row's score as the hex bits of the double, one per line. {@code load MODEL.lbp} (or
 * {@code load-session FILE.ladder}) first counts every ObjectInputStream the JVM creates (a JVM-wide filter
 * factory is asked for each one), then loads the file and prints the outcome and the count.
 */
public final class ScoreInNewProcess {

    private ScoreInNewProcess() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("load")) {
            load(() -> PipelineFile.read(Path.of(args[1])));
        } else if (args[0].equals("load-session")) {
            load(() -> SessionFiles.read(Path.of(args[1])));
        } else {
            score(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        }
    }

    private static void score(Path model, Path csv, Path out) throws Exception {
        SavedPipeline pipeline = PipelineFile.read(model).pipeline();
        double[] scores = CreditPipelines.scoreRows(pipeline, CreditPipelines.read(csv));
        List<String> lines = new ArrayList<>();
        for (double s : scores) {
            lines.add(Long.toHexString(Double.doubleToRawLongBits(s)));
        }
        Files.write(out, lines);
    }

    private interface Loader {
        Object load() throws Exception;
    }

    private static void load(Loader loader) {
        AtomicInteger streams = new AtomicInteger();
        ObjectInputFilter.Config.setSerialFilterFactory((current, requested) -> {
            streams.incrementAndGet();
            return ObjectInputFilter.rejectUndecidedClass(ObjectInputFilter.allowFilter(c -> false,
                    ObjectInputFilter.Status.REJECTED));
        });
        try {
            loader.load();
            System.out.println("loaded");
        } catch (Exception e) {
            System.out.println("refused: " + e.getMessage());
        }
        System.out.println("object input streams: " + streams.get());
    }
}
