package dev.ladderbench.core.drift;

import dev.ladderbench.core.finding.Finding;

import java.util.List;
import java.util.Optional;

/**
 * What comparing a production file with a training file found.
 *
 * @param features   the compared features in training column order (schema mismatches are left out)
 * @param prediction the model's scores compared; empty without a model
 * @param performance the model on labelled production rows; empty without a model or labels
 * @param notes      why a part was left out, as sentences (no target, columns the model needs are missing, ...)
 * @param seconds    wall time of the whole analysis
 */
public record DriftResult(DriftRequest request, String trainingSha256, String productionSha256,
                          SchemaComparison schema, List<FeatureDrift> features, Optional<PredictionDrift> prediction,
                          Optional<ProductionPerformance> performance, List<String> notes, List<Finding> findings,
                          Retraining retraining, double seconds) {

    public DriftResult {
        features = List.copyOf(features);
        notes = List.copyOf(notes);
        findings = List.copyOf(findings);
    }

    public Optional<FeatureDrift> feature(String column) {
        return features.stream().filter(f -> f.column().equals(column)).findFirst();
    }
}
