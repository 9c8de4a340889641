package dev.ladderbench.core.drift;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A generated training file and production files of known drift, for tests. Columns: age, income, score
 * (continuous), tenure (whole years), channel (web, store, phone), day (30 days per file: training days
 * 1-30, production 31-60; tests use it as the time column) and the label y (0/1, from a logistic model of
 * age, income, score and channel).
 */
public final class DriftFiles {

    /** Production rows of channel "app", a level training never had, in {@link Production#DRIFTED}. */
    public static final int UNSEEN_APP_ROWS = 25;

    /** What the production file holds. */
    public enum Production {
        /** The training distribution, other rows. */
        SAME,
        /** age shifted by one std, income shifted and widened, 25 rows of the unseen channel "app". */
        DRIFTED,
        /** tenure missing, an extra column region, channel coded as the numbers 1 to 3. */
        SCHEMA_CHANGED,
        /** The features of training; from day 46 the label follows the opposite relation. */
        CONCEPT_SHIFT
    }

    private DriftFiles() {
    }

    public static Path training(Path directory, int rows) throws IOException {
        return write(directory.resolve("training.csv"), rows, Production.SAME, 1, 1);
    }

    public static Path production(Path directory, int rows, Production kind) throws IOException {
        return write(directory.resolve("production-" + kind.name().toLowerCase(Locale.ROOT) + ".csv"), rows, kind, 2, 31);
    }

    private static Path write(Path file, int rows, Production kind, long seed, int firstDay) throws IOException {
        Random random = new Random(seed);
        boolean drifted = kind == Production.DRIFTED;
        boolean schemaChanged = kind == Production.SCHEMA_CHANGED;
        List<String> lines = new ArrayList<>();
        lines.add(schemaChanged ? "age,income,score,channel,region,day,y" : "age,income,score,tenure,channel,day,y");
        String[] channels = {"web", "store", "phone"};
        for (int r = 0; r < rows; r++) {
            double age = 40 + 10 * random.nextGaussian() + (drifted ? 10 : 0);
            double income = drifted ? 60 + 25 * random.nextGaussian() : 50 + 15 * random.nextGaussian();
            double score = random.nextDouble();
            int tenure = random.nextInt(21);
            double u = random.nextDouble();
            int channel = u < 0.5 ? 0 : u < 0.8 ? 1 : 2;
            String channelText = drifted && r % (rows / UNSEEN_APP_ROWS) == 0 && r / (rows / UNSEEN_APP_ROWS) < UNSEEN_APP_ROWS
                    ? "app" : channels[channel];
            int day = firstDay + r * 30 / rows;
            double logit = 1.2 * (age - 40) / 10 + (income - 50) / 15 + 3 * (score - 0.5) + (channel == 0 ? 0.5 : -0.3);
            if (kind == Production.CONCEPT_SHIFT && day >= 46) {
                logit = -logit;
            }
            int y = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
            String middle = schemaChanged
                    ? (channel + 1) + "," + (r % 2 == 0 ? "north" : "south")
                    : tenure + "," + channelText;
            lines.add(String.format(Locale.ROOT, "%.3f,%.2f,%.4f,%s,%d,%d", age, income, score, middle, day, y));
        }
        Files.write(file, lines);
        return file;
    }
}
