package dev.ladderbench.report;

import dev.ladderbench.core.checklist.Checklist;
import dev.ladderbench.core.checklist.ChecklistGroup;
import dev.ladderbench.core.checklist.ChecklistItem;
import dev.ladderbench.core.checklist.ChecklistStatus;
import dev.ladderbench.core.checklist.EvidenceStep;
import dev.ladderbench.core.checklist.ManualCheck;

import java.util.List;

/** A hand-built checklist with one item of each status, a tick and a note, for the report tests. */
final class Checklists {

    private Checklists() {
    }

    static Checklist sample() {
        return new Checklist(List.of(
                new ChecklistItem("no-target-leakage", ChecklistGroup.DATA, "No target leakage", ChecklistStatus.FAIL,
                        "'balance' alone reaches AUC 0.98.", EvidenceStep.SANITY, ManualCheck.NONE),
                new ChecklistItem("beats-dummy", ChecklistGroup.MODEL, "Beats the dummy by a meaningful margin",
                        ChecklistStatus.PASS, "Linear AUC 0.800 against the dummy's 0.500.", EvidenceStep.LINEAR,
                        ManualCheck.NONE),
                new ChecklistItem("test-set-once", ChecklistGroup.EVALUATION, "Test set evaluated exactly once",
                        ChecklistStatus.MANUAL, "Only you can tell.", EvidenceStep.NONE,
                        new ManualCheck(true, "Held out in the vault since March."))),
                List.of(new ChecklistItem("retrain-trigger", ChecklistGroup.PRODUCTION, "A retrain trigger is defined",
                        ChecklistStatus.MANUAL, "Define when to retrain (AUC drop > 0.05, PSI > 0.25).",
                        EvidenceStep.PRODUCTION, ManualCheck.NONE)));
    }
}
