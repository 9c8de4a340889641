package dev.ladderbench.report;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.analysis.ErrorSettings;
import dev.ladderbench.core.analysis.ErrorStep;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.ladder.Ladder;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.LadderSettings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A small file whose names a report must print as they are: Greek, CJK and emoji, and a column named as an
 * HTML script. Each name lands in a finding, so it must appear as text in every format: the Greek column
 * is constant, the CJK one unique per row, the script a copy of the label (leakage), the target is emoji.
 */
final class HostileNames {

    static final String GREEK = "σφάλμα_θ";
    static final String CJK = "年齢ID";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String TARGET = "结果 🎯";
    static final String FILE = "données_Ω_🙂.csv";
    static final List<String> ALL = List.of(GREEK, CJK, SCRIPT, TARGET, FILE);

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    private HostileNames() {
    }

    /** The climbed ladder, with its error step, on 80 seeded rows written to {@code dir}. */
    static LadderResult climb(Path dir) throws Exception {
        Path file = dir.resolve(FILE);
        StringBuilder csv = new StringBuilder("\"" + GREEK + "\"," + CJK + ",\"" + SCRIPT + "\",noise,\"" + TARGET + "\"\n");
        Random random = new Random(3);
        for (int row = 0; row < 80; row++) {
            int label = random.nextInt(3) == 0 ? 1 : 0;
            csv.append("1.0,id").append(row).append(',').append(label).append(',')
                    .append(random.nextGaussian() + label).append(',').append(label == 1 ? "yes" : "no").append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Dataset dataset = new CsvDatasetReader().read(file, CsvReadOptions.defaults(), ProgressListener.NONE,
                CancellationToken.none()).dataset();
        LadderRequest request = new LadderRequest(dataset, TARGET, Optional.of("yes"), Set.of(), LadderSettings.defaults());
        LadderResult climbed = Ladder.climbAll(request, ProgressListener.NONE, CancellationToken.none());
        return ErrorStep.run(climbed, ErrorSettings.defaults(), ProgressListener.NONE, CancellationToken.none())
                .report().map(climbed::withErrors).orElse(climbed);
    }

    static ReportDocument document(Path dir) throws Exception {
        return ReportDocument.of(climb(dir), Optional.empty(), CLOCK);
    }
}
