package dev.ladderbench.core.samples;

/**
 * One admission of the readmission cohort, before any bug is planted.
 *
 * @param hba1c         the true HbA1c, whether or not it was measured (the outcome depends on the true value)
 * @param hba1cMeasured whether the file shows it; unmeasured cells are written empty
 * @param risk          the linear predictor of the outcome without the intercept (the cohort calibrates that)
 */
record Patient(int age, double weightKg, double creatinine, double hba1c, boolean hba1cMeasured, int medications,
               int priorAdmissions, String admissionType, double risk) {
}
