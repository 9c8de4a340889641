package dev.ladderbench.core.samples;

import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.samples.Cohort.Population;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongFunction;
import java.util.stream.IntStream;

/**
 * The built-in samples: the article's hospital-readmission example, clean, and one copy per planted bug.
 * Every variant starts from the same 4,000 patients (same seed), so the clean file is the reference to
 * compare a planted one with.
 */
public final class Samples {

    /** The target column of every readmission sample but the continuous one. */
    public static final String TARGET = "readmitted";
    /** The target of the continuous sample. */
    static final String RISK = "readmission_risk";
    static final int ROWS = 4000;
    static final int PRODUCTION_ROWS = 1500;
    static final double PREVALENCE = 0.12;
    static final double RARE_PREVALENCE = 0.05;

    private static final String WHAT = "4,000 hospital admissions: age, weight_kg, serum_creatinine (mg/dL), hba1c"
            + " (%, not measured for nearly one patient in five), num_medications, prior_admissions (last year),"
            + " admission_type, and whether the patient was readmitted within 30 days (about 12 % were).";

    private static final List<Sample> ALL = List.of(
            sample("readmission", "Hospital readmission (clean)", WHAT,
                    "A plausible ladder: rung 0 reports only a few hba1c cells missing (info); the linear model and"
                            + " the forest reach an AUC of about 0.75, well above the dummy's 0.5. Compare the"
                            + " planted samples with this one.",
                    "", "", List.of(), Samples::clean),
            sample("readmission-leak", "Readmission with a discharge code", WHAT
                            + " Plus discharge_code, from the hospital's billing system.",
                    "Rung 0's single-feature leakage probe, then how good the models look.",
                    "discharge_code is assigned when the bill is closed, after the outcome is known: R30 marks a"
                            + " readmission within 30 days. It is not available when the prediction is made, and it"
                            + " gives the label away.",
                    "Target leakage", List.of(FindingCode.TARGET_LEAKAGE), Samples::leak),
            sample("readmission-misaligned", "Readmission after a merge", WHAT
                            + " The outcomes came from a second export and were joined to the admissions.",
                    "Rung 2: how far the linear model gets above the dummy.",
                    "The outcomes were joined by row position, but the two exports were sorted differently: every"
                            + " label belongs to another patient, so the features say nothing about it.",
                    "Labels misaligned by a bad merge", List.of(FindingCode.NO_SIGNAL), Samples::misaligned),
            sample("readmission-rare", "Readmission at 5 % prevalence",
                    WHAT.replace("about 12 % were", "about 5 % were"),
                    "The class distribution in rung 0, what accuracy and PR-AUC say in rungs 1 to 3, and how many"
                            + " patients the models flag at the 0.5 threshold.",
                    "Only 5 % of the patients were readmitted: accuracy is 95 % for a model that flags nobody, and"
                            + " the 0.5 threshold misses almost every readmission.",
                    "A rare positive class (5 %)",
                    List.of(FindingCode.CLASS_IMBALANCE, FindingCode.USE_PR_AUC), Samples::rare),
            sample("readmission-missing", "Readmission with an incomplete export", WHAT,
                    "Rung 0's missing values per column.",
                    "The lab and pharmacy values came from systems that were down for weeks: hba1c is missing in"
                            + " about 68 % of the rows, serum_creatinine in 40 %, num_medications in 30 %.",
                    "Heavy missingness", List.of(FindingCode.MISSING_VALUES), Samples::missing),
            sample("readmission-grams", "Readmission from two sites", WHAT
                            + " The admissions come from two sites of the same hospital.",
                    "Rung 0's table of feature ranges and spreads.",
                    "One site (about 40 % of the rows) records weight in grams, not kilograms: weight_kg holds"
                            + " 81500 where 81.5 was meant, and its spread dwarfs every other feature's.",
                    "A feature in other units", List.of(FindingCode.SCALE_DIFFERENCES), Samples::grams),
            sample("readmission-copies", "Readmission, exported in batches", WHAT
                            + " Plus hospital and form_version, and the export ran in batches.",
                    "Rung 0's column checks and row checks.",
                    "hospital and form_version hold the same value in every row, and the last batch of 400"
                            + " admissions was exported twice: 400 rows repeat earlier ones exactly.",
                    "Constant columns and duplicated rows",
                    List.of(FindingCode.CONSTANT_FEATURE, FindingCode.DUPLICATE_ROWS), Samples::copies),
            sample("readmission-id", "Readmission with record numbers", WHAT
                            + " Plus patient_id, the hospital's record number.",
                    "Rung 0's column checks.",
                    "patient_id is different in every row: a model can memorise it instead of learning from the"
                            + " patient, and numbers given out over time can carry the time into the model.",
                    "An ID column", List.of(FindingCode.ID_LIKE_FEATURE), Samples::patientId),
            sample("readmission-risk-score", "Readmission with a risk score",
                    WHAT.replace("and whether the patient was readmitted within 30 days (about 12 % were)",
                            "and readmission_risk, the outcome column of this export"),
                    "The task the target implies (Data step) and rung 0.",
                    "readmission_risk is the score of an old risk calculator, a number between 0 and 1, not the"
                            + " yes/no outcome: it is the wrong target column, and a regression task.",
                    "A continuous target (the wrong task)", List.of(FindingCode.REGRESSION_TARGET), RISK,
                    List.of("readmission-risk-score.csv"),
                    single("readmission-risk-score", Samples::riskScore)),
            sample("readmission-drift", "Readmission: training and production",
                    "Two files: readmission-training.csv, the 4,000 admissions a model was trained on, and"
                            + " readmission-production.csv, 1,500 admissions scored a year later, with the same"
                            + " columns.",
                    "Compare the two files column by column: the distributions of age and num_medications, and"
                            + " the levels of admission_type.",
                    "The production patients are about seven years older and take more medications, and 15 % of"
                            + " them are transfers from another hospital, an admission_type never seen in training.",
                    "Drift and a new category in production",
                    List.of(FindingCode.FEATURE_DRIFT, FindingCode.UNSEEN_CATEGORY), TARGET,
                    List.of("readmission-training.csv", "readmission-production.csv"), Samples::drift));

    private Samples() {
    }

    /** Every sample, the clean one first. */
    public static List<Sample> all() {
        return ALL;
    }

    public static Optional<Sample> byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A sample of one file, {@code id}.csv, with the usual target. */
    private static Sample sample(String id, String title, String whatItIs, String lookFor, String bug, String kind,
                                 List<FindingCode> codes, LongFunction<SampleTable> table) {
        return sample(id, title, whatItIs, lookFor, bug, kind, codes, TARGET, List.of(id + ".csv"), single(id, table));
    }

    private static Sample sample(String id, String title, String whatItIs, String lookFor, String bug, String kind,
                                 List<FindingCode> codes, String target, List<String> files,
                                 LongFunction<List<SampleFile>> generator) {
        return new Sample(new SampleCard(id, title, whatItIs, lookFor, bug, kind, codes, target, files), generator);
    }

    private static LongFunction<List<SampleFile>> single(String id, LongFunction<SampleTable> table) {
        return seed -> List.of(new SampleFile(id + ".csv", table.apply(seed).csv()));
    }

    /** The patients every variant starts from, labelled at the given prevalence. */
    private record Labelled(List<Patient> patients, double intercept, boolean[] readmitted) {

        static Labelled of(long seed, double prevalence) {
            List<Patient> patients = Cohort.draw(ROWS, Population.TRAINING, seed);
            double intercept = Cohort.intercept(patients, prevalence);
            return new Labelled(patients, intercept, Cohort.readmitted(patients, intercept, seed + 1));
        }

        SampleTable table() {
            return Samples.table(patients, readmitted);
        }
    }

    static SampleTable table(List<Patient> patients, boolean[] readmitted) {
        return new SampleTable(patients.size())
                .add("age", r -> String.valueOf(patients.get(r).age()))
                .add("weight_kg", r -> decimal(patients.get(r).weightKg(), 1))
                .add("serum_creatinine", r -> decimal(patients.get(r).creatinine(), 2))
                .add("hba1c", r -> patients.get(r).hba1cMeasured() ? decimal(patients.get(r).hba1c(), 1) : "")
                .add("num_medications", r -> String.valueOf(patients.get(r).medications()))
                .add("prior_admissions", r -> String.valueOf(patients.get(r).priorAdmissions()))
                .add("admission_type", r -> patients.get(r).admissionType())
                .add(TARGET, r -> readmitted[r] ? "yes" : "no");
    }

    private static SampleTable clean(long seed) {
        return Labelled.of(seed, PREVALENCE).table();
    }

    /** R30 for nearly every readmission (a few were coded late), rarely for anyone else (coding errors). */
    private static SampleTable leak(long seed) {
        Labelled base = Labelled.of(seed, PREVALENCE);
        Random random = new Random(seed + 2);
        return base.table().insertBefore(TARGET, "discharge_code", r -> {
            double draw = random.nextDouble();
            if (base.readmitted()[r] ? draw < 0.96 : draw < 0.01) {
                return "R30";
            }
            double kind = random.nextDouble();
            return kind < 0.7 ? "HOME" : kind < 0.9 ? "SNF" : "REHAB";
        });
    }

    private static SampleTable misaligned(long seed) {
        Labelled base = Labelled.of(seed, PREVALENCE);
        List<Boolean> labels = new ArrayList<>();
        for (boolean label : base.readmitted()) {
            labels.add(label);
        }
        Collections.shuffle(labels, new Random(seed + 2));
        return base.table().replace(TARGET, r -> labels.get(r) ? "yes" : "no");
    }

    private static SampleTable rare(long seed) {
        return Labelled.of(seed, RARE_PREVALENCE).table();
    }

    private static SampleTable missing(long seed) {
        SampleTable table = clean(seed);
        Random random = new Random(seed + 2);
        holes(table, "hba1c", 0.6, random); // on top of the 18 % never measured: about 68 % in all
        holes(table, "serum_creatinine", 0.4, random);
        holes(table, "num_medications", 0.3, random);
        return table;
    }

    private static void holes(SampleTable table, String column, double share, Random random) {
        table.replace(column, r -> random.nextDouble() < share ? "" : table.cell(r, column));
    }

    private static SampleTable grams(long seed) {
        SampleTable table = clean(seed);
        Random random = new Random(seed + 2);
        return table.replace("weight_kg", r -> random.nextDouble() < 0.4
                ? String.valueOf(Math.round(Double.parseDouble(table.cell(r, "weight_kg")) * 1000))
                : table.cell(r, "weight_kg"));
    }

    private static SampleTable copies(long seed) {
        return clean(seed).insertBefore(TARGET, "hospital", r -> "st-anne")
                .insertBefore(TARGET, "form_version", r -> "2")
                .appendCopies(IntStream.range(ROWS - 400, ROWS).toArray());
    }

    /** Record numbers given out in admission order, with gaps, starting at a plausible value. */
    private static SampleTable patientId(long seed) {
        Random random = new Random(seed + 2);
        long[] next = {480_000};
        return clean(seed).addFirst("patient_id", r -> {
            next[0] += 1 + random.nextInt(5);
            return String.valueOf(next[0]);
        });
    }

    /** The outcome's probability under the cohort's model, plus noise, as a 0-1 score. */
    private static SampleTable riskScore(long seed) {
        Labelled base = Labelled.of(seed, PREVALENCE);
        Random random = new Random(seed + 2);
        return base.table().remove(TARGET).add(RISK, r -> {
            double score = Cohort.sigmoid(base.intercept() + base.patients().get(r).risk() + 0.3 * random.nextGaussian());
            return decimal(score, 3);
        });
    }

    /**
     * Production patients are drawn from an older population with transfers, and labelled by the same model
     * (so readmissions are more frequent there, as they would be).
     */
    private static List<SampleFile> drift(long seed) {
        Labelled training = Labelled.of(seed, PREVALENCE);
        List<Patient> later = Cohort.draw(PRODUCTION_ROWS, Population.PRODUCTION, seed + 3);
        boolean[] outcome = Cohort.readmitted(later, training.intercept(), seed + 4);
        return List.of(new SampleFile("readmission-training.csv", training.table().csv()),
                new SampleFile("readmission-production.csv", table(later, outcome).csv()));
    }

    private static String decimal(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
