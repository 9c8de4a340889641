package dev.ladderbench.core.replay;

import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.data.TrainingRange;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.model.OneHotEncoder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Replays one row through a saved pipeline, keeping every stage: the imputer, the encoder, the scaler and
 * the model compute exactly what the fitted pipeline computes, so the score is the one production got.
 */
public final class Replayer {

    private static final String MARGIN = Math.round(TrainingRange.DEFAULT_MARGIN * 100) + " %";

    private Replayer() {
    }

    /** The score alone; the row must fit the schema. */
    public static double score(SavedPipeline pipeline, RowInput row) {
        Replay replay = replay(pipeline, row);
        return replay.score().orElseThrow(() -> new IllegalArgumentException(
                replay.failure().map(ReplayFailure::sentence).orElse("The row could not be scored.")));
    }

    public static Replay replay(SavedPipeline pipeline, RowInput row) {
        return new Run(pipeline, row).replay();
    }

    /**
     * The score {@link #replay} gives, without the stages' explanation (a forest's contributions alone cost a
     * scoring per feature); empty when the row breaks the pipeline. For scoring many rows.
     */
    public static OptionalDouble scoreOf(SavedPipeline pipeline, RowInput row) {
        return new Run(pipeline, row).score();
    }

    /** One replay in progress: the stages filled so far. */
    private static final class Run {

        private final SavedPipeline pipeline;
        private final RowInput row;
        private final List<Replay.RawValue> raw = new ArrayList<>();
        private final List<ImputedValue> imputed = new ArrayList<>();
        private final List<String> outOfRange = new ArrayList<>();
        private final List<String> outOfRangeColumns = new ArrayList<>();
        private final List<String> unseenLevels = new ArrayList<>();
        private final List<String> unseenColumns = new ArrayList<>();

        Run(SavedPipeline pipeline, RowInput row) {
            this.pipeline = pipeline;
            this.row = row;
        }

        OptionalDouble score() {
            return readRaw().or(this::impute).isPresent() ? OptionalDouble.empty()
                    : OptionalDouble.of(pipeline.model().score(scale(encode(imputedValues()))));
        }

        Replay replay() {
            Optional<ReplayFailure> broken = readRaw().or(this::impute);
            if (broken.isPresent()) {
                return result(List.of(), List.of(), OptionalDouble.empty(), List.of(), broken);
            }
            double[] encoded = encode(imputedValues());
            double[] scaled = scale(encoded);
            double score = pipeline.model().score(scaled);
            return result(inputs(encoded), inputs(scaled), OptionalDouble.of(score), contributions(scaled, score),
                    Optional.empty());
        }

        private Replay result(List<InputValue> encoded, List<InputValue> scaled, OptionalDouble score,
                              List<Contribution> contributions, Optional<ReplayFailure> failure) {
            return new Replay(pipeline.kind(), raw, imputed, encoded, scaled, score, pipeline.threshold(),
                    pipeline.positiveLabel(), contributions, findings(), failure);
        }

        /** One finding per kind, naming every column concerned. */
        private List<Finding> findings() {
            List<Finding> findings = new ArrayList<>();
            if (!outOfRange.isEmpty()) {
                findings.add(new Finding(FindingCode.OUT_OF_RANGE, FindingCode.OUT_OF_RANGE.defaultSeverity(), null,
                        "Beyond the training range by more than " + MARGIN + " of its width: "
                                + String.join(", ", outOfRange) + ".", outOfRangeColumns,
                        Map.of("values", List.copyOf(outOfRange))));
            }
            if (!unseenLevels.isEmpty()) {
                findings.add(new Finding(FindingCode.UNSEEN_CATEGORY, FindingCode.UNSEEN_CATEGORY.defaultSeverity(),
                        null, "Never seen in training, so encoded as all zeros: " + String.join(", ", unseenLevels)
                        + ".", unseenColumns,
                        Map.of("levels", List.copyOf(unseenLevels))));
            }
            return findings;
        }

        /** The raw stage: every feature's value, then anything the row holds that the pipeline does not know. */
        private Optional<ReplayFailure> readRaw() {
            Set<String> known = new TreeSet<>();
            for (FeatureField field : pipeline.features()) {
                known.add(field.name());
                raw.add(new Replay.RawValue(field.name(), row.cell(field.name()), false));
            }
            Set<String> ignored = new TreeSet<>(pipeline.excluded());
            ignored.add(pipeline.target());
            for (Map.Entry<String, CellValue> cell : row.cells().entrySet()) {
                String column = cell.getKey();
                if (ignored.contains(column)) {
                    raw.add(new Replay.RawValue(column, cell.getValue(), true));
                } else if (!known.contains(column)) {
                    return Optional.of(new ReplayFailure(ReplayStage.RAW, column, "The row has a column '" + column
                            + "' that the pipeline was not trained on; it expects " + String.join(", ", known)
                            + " (was a column renamed or added upstream?)."));
                }
            }
            for (FeatureField field : pipeline.features()) {
                if (row.cell(field.name()) instanceof CellValue.Other other) {
                    return Optional.of(new ReplayFailure(ReplayStage.RAW, field.name(), "'" + field.name()
                            + "' holds " + other.json() + ", which no table cell holds; send a "
                            + (field instanceof NumericFeature ? "number" : "text value") + " or null."));
                }
            }
            return Optional.empty();
        }

        private Optional<ReplayFailure> impute() {
            for (FeatureField field : pipeline.features()) {
                CellValue cell = row.cell(field.name());
                if (field instanceof NumericFeature numeric) {
                    if (cell instanceof CellValue.Text text) {
                        return Optional.of(new ReplayFailure(ReplayStage.IMPUTED, field.name(), "'" + field.name()
                                + "' holds the text " + cell.text() + ", but its imputer takes numbers: the row sends"
                                + " a numeric column as text (check the upstream serialisation)."));
                    }
                    imputed.add(imputeNumber(numeric, cell));
                } else {
                    imputed.add(level((CategoricalFeature) field, cell));
                }
            }
            return Optional.empty();
        }

        private ImputedValue imputeNumber(NumericFeature field, CellValue cell) {
            double value = cell instanceof CellValue.Number n ? n.value() : Double.NaN;
            if (!field.used()) {
                return new ImputedValue(field.name(), "not used", false, false, false,
                        "the training rows had no value, so the pipeline leaves the column out");
            }
            if (!Double.isFinite(value)) {
                return new ImputedValue(field.name(), NumericColumn.format(field.median()), true, false, false,
                        "missing: the training median " + NumericColumn.format(field.median()));
            }
            boolean outside = field.range().outside(value);
            String span = NumericColumn.format(field.min()) + " to " + NumericColumn.format(field.max());
            if (outside) {
                outOfRange.add(field.name() + " = " + NumericColumn.format(value) + " (training " + span + ")");
                outOfRangeColumns.add(field.name());
            }
            return new ImputedValue(field.name(), NumericColumn.format(value), false, outside, false,
                    outside ? "outside the training range " + span + " by more than " + MARGIN : "");
        }

        private ImputedValue level(CategoricalFeature field, CellValue cell) {
            String level = cell instanceof CellValue.Text t ? t.value()
                    : cell instanceof CellValue.Number n ? NumericColumn.format(n.value()) : OneHotEncoder.MISSING_LEVEL;
            boolean missing = level.equals(OneHotEncoder.MISSING_LEVEL);
            boolean unseen = !field.levels().contains(level);
            if (unseen) {
                unseenLevels.add(field.name() + " = " + (missing ? "missing" : "\"" + level + "\""));
                unseenColumns.add(field.name());
            }
            String note = unseen && missing ? "missing, which training never had here: encodes as all zeros"
                    : unseen ? "never seen in training: encodes as all zeros"
                    : missing ? "missing: encoded as its own level, as in training" : "";
            return new ImputedValue(field.name(), level, false, false, unseen, note);
        }

        /** Numeric values after the imputer, by feature; NaN for a categorical or unused column. */
        private double[] imputedValues() {
            double[] values = new double[pipeline.features().size()];
            for (int f = 0; f < values.length; f++) {
                FeatureField field = pipeline.features().get(f);
                CellValue cell = row.cell(field.name());
                values[f] = field instanceof NumericFeature n && n.used()
                        ? cell instanceof CellValue.Number v && Double.isFinite(v.value()) ? v.value() : n.median()
                        : Double.NaN;
            }
            return values;
        }

        /** The model inputs before scaling, laid out as {@link SavedPipeline#inputNames()}. */
        private double[] encode(double[] numbers) {
            double[] x = new double[pipeline.model().inputs()];
            int i = 0;
            for (int f = 0; f < numbers.length; f++) {
                if (pipeline.features().get(f) instanceof NumericFeature n && n.used()) {
                    x[i++] = numbers[f];
                }
            }
            for (int f = 0; f < numbers.length; f++) {
                if (pipeline.features().get(f) instanceof CategoricalFeature c) {
                    int index = c.levels().indexOf(imputed.get(f).value());
                    if (index >= 0) {
                        x[i + index] = 1;
                    }
                    i += c.levels().size();
                }
            }
            return x;
        }

        private double[] scale(double[] encoded) {
            double[] x = encoded.clone();
            int i = 0;
            for (FeatureField field : pipeline.features()) {
                if (field instanceof NumericFeature n && n.used()) {
                    if (n.scaled()) {
                        x[i] = (x[i] - n.mean()) / n.scale();
                    }
                    i++;
                }
            }
            return x;
        }

        private List<InputValue> inputs(double[] x) {
            List<String> names = pipeline.inputNames();
            List<String> columns = inputColumns();
            List<InputValue> values = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                values.add(new InputValue(names.get(i), columns.get(i), x[i]));
            }
            return values;
        }

        private List<String> inputColumns() {
            List<String> columns = new ArrayList<>();
            for (FeatureField field : pipeline.features()) {
                if (field instanceof NumericFeature n && n.used()) {
                    columns.add(n.name());
                }
            }
            for (FeatureField field : pipeline.features()) {
                if (field instanceof CategoricalFeature c) {
                    c.levels().forEach(level -> columns.add(c.name()));
                }
            }
            return columns;
        }

        private List<Contribution> contributions(double[] scaled, double score) {
            List<String> columns = inputColumns();
            List<Contribution> contributions = new ArrayList<>();
            for (FeatureField field : pipeline.features()) {
                if (field instanceof NumericFeature n && !n.used()) {
                    continue;
                }
                double value = pipeline.model() instanceof LinearModel linear
                        ? linearContribution(linear, scaled, columns, field.name())
                        : score - pipeline.model().score(atReference(scaled, columns, field));
                contributions.add(new Contribution(field.name(), value));
            }
            contributions.sort(Comparator.comparingDouble((Contribution c) -> Math.abs(c.value())).reversed());
            return contributions;
        }

        private static double linearContribution(LinearModel model, double[] x, List<String> columns, String column) {
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                if (columns.get(i).equals(column)) {
                    sum += model.weight(i) * x[i];
                }
            }
            return sum;
        }

        /** The row with one feature set to its training median (number) or commonest level (category). */
        private double[] atReference(double[] x, List<String> columns, FeatureField field) {
            double[] changed = x.clone();
            int first = columns.indexOf(field.name());
            if (field instanceof NumericFeature n) {
                changed[first] = n.scaled() ? (n.median() - n.mean()) / n.scale() : n.median();
            } else {
                CategoricalFeature c = (CategoricalFeature) field;
                for (int j = 0; j < c.levels().size(); j++) {
                    changed[first + j] = c.levels().get(j).equals(c.mostFrequent()) ? 1 : 0;
                }
            }
            return changed;
        }
    }
}
