package dev.ladderbench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileCommandTest {

    private static final String CREDIT = "../shared/datasets/weka_credit_g.csv";

    @Test
    void printsEveryColumnWithItsTypeAndTheTargetsClassCounts() {
        CliRun run = CliRun.of("profile", CREDIT, "--positive", "bad");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("weka_credit_g.csv: 1000 rows, 21 columns (comma-separated, UTF-8)")
                .containsPattern("duration +numeric +0 +33 +4 to 72")
                .containsPattern("purpose +categorical +0 +10 +radio/tv 280")
                .contains("Target: class (binary classification)")
                .contains("Positive class: bad")
                .containsPattern("good +700 +70\\.0 %")
                .containsPattern("bad +300 +30\\.0 %");
    }

    @Test
    void aMistypedTargetSuggestsTheClosestColumnAndExitsTwo() {
        CliRun run = CliRun.of("profile", CREDIT, "--target", "clas");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).isEqualToIgnoringNewLines(
                "There is no column 'clas' in weka_credit_g.csv; did you mean 'class'?");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theDoubleQuoteAsDelimiterIsOneSentence() {
        CliRun run = CliRun.of("profile", CREDIT, "--delimiter", "\"");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).isEqualToIgnoringNewLines("The delimiter cannot be a double quote or a line break, which"
                + " quote fields and end rows; give the character between the fields, for example --delimiter ';'.");
    }

    @Test
    void aPositiveClassThatIsNotALabelListsTheLabels() {
        CliRun run = CliRun.of("profile", CREDIT, "--positive", "yes");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("'yes' is not a value of 'class'").contains("good, bad");
    }

    @Test
    void anEmptyFileIsOneSentenceOnStderrWithNoStackTrace(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.csv"));

        CliRun run = CliRun.of("profile", empty.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("empty.csv").contains("empty").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aRaggedFileCanBeReadBySkippingItsBadLines(@TempDir Path dir) throws IOException {
        Path ragged = Files.writeString(dir.resolve("ragged.csv"), "a,b,label\n1,2,x\n3,4,5,y\n6,7,y\n8,9,x\n");

        CliRun refused = CliRun.of("profile", ragged.toString());
        CliRun skipped = CliRun.of("profile", ragged.toString(), "--skip-bad-lines");

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(refused.err()).contains("ragged.csv").contains("line 3");
        assertThat(skipped.exitCode()).isZero();
        assertThat(skipped.out()).contains("3 rows").contains("1 bad line skipped");
    }

    @Test
    void theInputFileIsNeverModified(@TempDir Path dir) throws IOException {
        Path copy = Files.copy(Path.of(CREDIT), dir.resolve("credit.csv"));
        byte[] before = Files.readAllBytes(copy);
        long modified = Files.getLastModifiedTime(copy).toMillis();

        CliRun.of("profile", copy.toString());

        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(copy).toMillis()).isEqualTo(modified);
    }
}
