package dev.ladderbench.core.samples;

import dev.ladderbench.core.finding.FindingCode;

import java.util.List;

/**
 * What a person is told about a sample: the title and what it is, what to look for while climbing the
 * ladder, and the bug planted in it, which the workbench keeps hidden until asked.
 *
 * @param id      the sample's stable name, also its file stem ({@code readmission-leak})
 * @param target  the column to choose as the target
 * @param files   the file names it is written as (the first is the one to open)
 * @param bug     the planted bug, to reveal once the student has looked; empty when nothing is planted
 * @param kind    the planted bug in a few words, as "Find the bug" lists it ("Target leakage"); empty when
 *                nothing is planted
 * @param codes   the finding codes that name the bug (none for the clean sample)
 */
public record SampleCard(String id, String title, String whatItIs, String lookFor, String bug, String kind,
                         List<FindingCode> codes, String target, List<String> files) {

    public SampleCard {
        codes = List.copyOf(codes);
        files = List.copyOf(files);
    }

    /** Whether a bug was planted, so there is something to reveal. */
    public boolean planted() {
        return !bug.isEmpty();
    }
}
