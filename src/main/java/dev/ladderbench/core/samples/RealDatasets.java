package dev.ladderbench.core.samples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The classic public datasets of the project's shared folder, with their attribution. They are not
 * bundled: the workbench lists them only when that folder is there (a development checkout), since their
 * licences and sizes are for the project to settle, not for a sample generator.
 */
public final class RealDatasets {

    /** Where a checkout keeps them, relative to the working directory. */
    public static final Path SHARED = Path.of("..", "shared", "datasets");

    private static final List<SampleCard> CARDS = List.of(
            card("weka_credit_g", "German credit (Statlog)", "class",
                    "1,000 loan applicants, 7 numeric and 13 categorical columns; class is good or bad credit."
                            + " Statlog German credit, as shipped with Weka (GPL-2+).",
                    "A typical ladder on real data: both models well above the dummy, no fail."),
            card("weka_diabetes", "Pima Indians diabetes", "class",
                    "768 women of Pima heritage, 8 numeric measurements; class says whether diabetes was"
                            + " diagnosed. As shipped with Weka.",
                    "The ranges in rung 0: zeros in plas, pres, skin, insu and mass mean 'not measured', a real"
                            + " data bug that no finding names."),
            card("sklearn_breast_cancer", "Breast cancer (Wisconsin diagnostic)", "target",
                    "569 tumours, 30 numeric features of cell nuclei; target 1 = benign, 0 = malignant. WDBC, as"
                            + " shipped by scikit-learn (BSD-3).",
                    "Very high AUCs from every rung: an easy problem, and single features that nearly separate the"
                            + " classes on their own."),
            card("weka_breast_cancer", "Breast cancer recurrence (Ljubljana)", "Class",
                    "286 patients, interval strings such as 10-14 as categories, 9 missing cells; Class says"
                            + " whether the cancer recurred. As shipped with Weka.",
                    "Categorical features only, and a weak signal: how far the models get above the dummy."),
            card("mlbench_sonar", "Sonar: mines vs rocks", "Class",
                    "208 sonar returns, 60 numeric energy bands; Class is M (mine) or R (rock). From mlbench.",
                    "The rows are ordered by class: compare shuffled and ordered cross-validation."),
            card("sklearn_iris", "Fisher's iris", "species",
                    "150 flowers, 4 measurements, 3 species. As shipped by scikit-learn.",
                    "A multiclass target: the rungs score it one class against the rest."));

    private RealDatasets() {
    }

    /** The cards of the datasets present in {@code directory}; none when it does not exist. */
    public static List<SampleCard> in(Path directory) {
        return CARDS.stream().filter(c -> Files.isRegularFile(directory.resolve(c.files().get(0)))).toList();
    }

    private static SampleCard card(String stem, String title, String target, String whatItIs, String lookFor) {
        return new SampleCard(stem, title, whatItIs, lookFor, "", "", List.of(), target, List.of(stem + ".csv"));
    }
}
