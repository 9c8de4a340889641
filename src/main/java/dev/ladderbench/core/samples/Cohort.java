package dev.ladderbench.core.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws the article's hospital-readmission cohort: patients whose features follow plausible clinical
 * distributions, and an outcome (readmitted within 30 days) drawn from a logistic model of them.
 *
 * <p>The effects are chosen so a linear model reaches a cross-validated AUC of about 0.75 and a depth-5
 * forest about the same: older, sicker (creatinine, HbA1c), more medicated and more often admitted
 * patients come back more often, emergencies more than elective stays. Two effects are not linear
 * (kidney impairment above a creatinine of 1.6, and underweight), so the forest has something of its own
 * to find. {@link Random} is used because its sequence is fixed by the Java specification: the same seed
 * gives the same cohort on every JDK.
 */
final class Cohort {

    /** The category that appears only in production (transfers from another hospital). */
    static final String TRANSFER = "transfer";

    private Cohort() {
    }

    /** Which population the patients come from: the training one, or an older production one with transfers. */
    enum Population {
        TRAINING(68, 4.5, 0),
        /** Seven years older, more medications, and 15 % transfers, a type never seen in training. */
        PRODUCTION(75, 6.5, 0.15);

        private final double meanAge;
        private final double meanMedications;
        private final double transferShare;

        Population(double meanAge, double meanMedications, double transferShare) {
            this.meanAge = meanAge;
            this.meanMedications = meanMedications;
            this.transferShare = transferShare;
        }
    }

    static List<Patient> draw(int rows, Population population, long seed) {
        Random random = new Random(seed);
        List<Patient> patients = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            patients.add(patient(random, population));
        }
        return patients;
    }

    private static Patient patient(Random random, Population population) {
        int age = (int) Math.round(clamp(population.meanAge + 12 * random.nextGaussian(), 18, 98));
        double weight = round(clamp(80 + 17 * random.nextGaussian(), 38, 180), 1);
        // Kidney function declines with age: creatinine is log-normal around 1.0 mg/dL, rising with age.
        double creatinine = round(Math.exp(0.008 * (age - 68) + 0.35 * random.nextGaussian()), 2);
        double hba1c = round(clamp(6.4 + 1.2 * random.nextGaussian(), 4.2, 14), 1);
        double typeDraw = random.nextDouble();
        String type;
        if (typeDraw < population.transferShare) {
            type = TRANSFER;
        } else {
            double rest = (typeDraw - population.transferShare) / (1 - population.transferShare);
            type = rest < 0.55 ? "emergency" : rest < 0.75 ? "urgent" : "elective";
        }
        // HbA1c is often not measured, least often on planned (elective) stays.
        boolean measured = random.nextDouble() >= (type.equals("elective") ? 0.08 : 0.21);
        int medications = poisson(random, Math.max(0.5, population.meanMedications + 0.06 * (age - 68)));
        // Over-dispersed admissions (a gamma-mixed Poisson): most patients have none, a few have many.
        int prior = poisson(random, 0.9 * gamma2(random));
        double risk = 0.02 * (age - 68) + (age > 80 ? 0.5 : 0)
                + 0.6 * Math.log(creatinine) + (creatinine > 1.5 ? 1.2 : 0)
                + 0.25 * (hba1c - 6.4)
                + 0.08 * (medications - 5)
                + 0.45 * Math.min(prior, 4)
                + switch (type) {
                    case "emergency" -> hba1c > 8 ? 1.2 : 0.4;
                    case "urgent", TRANSFER -> 0.2;
                    default -> 0;
                }
                + 0.09 * Math.max(0, 60 - weight);
        return new Patient(age, weight, creatinine, hba1c, measured, medications, prior, type, risk);
    }

    /**
     * Draws each patient's outcome from the logistic model with this intercept; a seed of its own, so the
     * same patients can be labelled again at another prevalence.
     */
    static boolean[] readmitted(List<Patient> patients, double intercept, long seed) {
        Random random = new Random(seed);
        boolean[] outcome = new boolean[patients.size()];
        for (int i = 0; i < outcome.length; i++) {
            outcome[i] = random.nextDouble() < sigmoid(intercept + patients.get(i).risk());
        }
        return outcome;
    }

    /**
     * The intercept that makes the expected share of readmissions {@code prevalence}: bisection on the mean
     * predicted probability, which rises with the intercept.
     */
    static double intercept(List<Patient> patients, double prevalence) {
        double low = -20;
        double high = 20;
        for (int step = 0; step < 100; step++) {
            double middle = (low + high) / 2;
            double mean = patients.stream().mapToDouble(p -> sigmoid(middle + p.risk())).average().orElseThrow();
            if (mean < prevalence) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** Knuth's method: fine for the small means used here. */
    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        int k = 0;
        double product = random.nextDouble();
        while (product > limit) {
            k++;
            product *= random.nextDouble();
        }
        return k;
    }

    /** A gamma variable of shape 2 and mean 1 (the sum of two exponentials of mean 1/2). */
    private static double gamma2(Random random) {
        return -0.5 * (Math.log(1 - random.nextDouble()) + Math.log(1 - random.nextDouble()));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
