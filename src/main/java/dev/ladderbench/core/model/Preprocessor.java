package dev.ladderbench.core.model;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.data.CategoricalColumn;
import dev.ladderbench.core.data.NumericColumn;

import java.util.ArrayList;
import java.util.List;

/**
 * The preprocessing steps of a pipeline, fitted on the training rows of one fold only: numeric columns
 * median-imputed and (optionally) standardised, then categorical columns one-hot encoded, unscaled.
 * The output lays the numeric columns first, as scikit-learn's {@code ColumnTransformer} does.
 */
public final class Preprocessor {

    private static final int ROWS_PER_CANCEL_CHECK = 4096;

    private final List<NumericColumn> numeric;
    private final List<MedianImputer> imputers;
    private final List<StandardScaler> scalers;
    private final List<CategoricalColumn> categorical;
    private final List<OneHotEncoder> encoders;
    private final List<String> outputNames;

    private Preprocessor(List<NumericColumn> numeric, List<MedianImputer> imputers, List<StandardScaler> scalers,
                         List<CategoricalColumn> categorical, List<OneHotEncoder> encoders) {
        this.numeric = List.copyOf(numeric);
        this.imputers = List.copyOf(imputers);
        this.scalers = List.copyOf(scalers);
        this.categorical = List.copyOf(categorical);
        this.encoders = List.copyOf(encoders);
        List<String> names = new ArrayList<>();
        numeric.forEach(c -> names.add(c.name()));
        for (OneHotEncoder encoder : encoders) {
            encoder.categories().forEach(level -> names.add(encoder.column() + "=" + level));
        }
        this.outputNames = List.copyOf(names);
    }

    /**
     * @param trainingRows dataset rows to fit on
     * @param standardise  whether numeric columns are scaled (logistic regression) or not (trees)
     */
    public static Preprocessor fit(FeatureSpec features, int[] trainingRows, boolean standardise) {
        return fit(features, trainingRows, standardise, CancellationToken.none());
    }

    /** As {@link #fit(FeatureSpec, int[], boolean)}, checking {@code cancel} before each column's exact median. */
    public static Preprocessor fit(FeatureSpec features, int[] trainingRows, boolean standardise,
                                   CancellationToken cancel) {
        List<NumericColumn> kept = new ArrayList<>();
        List<MedianImputer> imputers = new ArrayList<>();
        List<StandardScaler> scalers = new ArrayList<>();
        for (NumericColumn column : features.numeric()) {
            cancel.throwIfCancelled();
            MedianImputer imputer = MedianImputer.fit(column, trainingRows);
            if (imputer.dropsColumn()) {
                continue;
            }
            kept.add(column);
            imputers.add(imputer);
            if (standardise) {
                double[] imputed = new double[trainingRows.length];
                for (int i = 0; i < trainingRows.length; i++) {
                    imputed[i] = imputer.impute(column.value(trainingRows[i]));
                }
                scalers.add(StandardScaler.fit(imputed));
            }
        }
        List<OneHotEncoder> encoders = features.categorical().stream()
                .map(column -> OneHotEncoder.fit(column, trainingRows))
                .toList();
        return new Preprocessor(kept, imputers, scalers, features.categorical(), encoders);
    }

    /** One output row per dataset row, {@link #width()} values each. */
    public double[][] transform(int[] rows) {
        return transform(rows, CancellationToken.none());
    }

    /** As {@link #transform(int[])}, checking {@code cancel} every {@value #ROWS_PER_CANCEL_CHECK} rows. */
    public double[][] transform(int[] rows, CancellationToken cancel) {
        double[][] x = new double[rows.length][width()];
        for (int i = 0; i < rows.length; i++) {
            if (i % ROWS_PER_CANCEL_CHECK == 0) {
                cancel.throwIfCancelled();
            }
            int row = rows[i];
            for (int j = 0; j < numeric.size(); j++) {
                double value = imputers.get(j).impute(numeric.get(j).value(row));
                x[i][j] = scalers.isEmpty() ? value : scalers.get(j).scale(value);
            }
            int offset = numeric.size();
            for (int j = 0; j < encoders.size(); j++) {
                OneHotEncoder encoder = encoders.get(j);
                int index = encoder.indexOf(categorical.get(j).code(row));
                if (index >= 0) {
                    x[i][offset + index] = 1;
                }
                offset += encoder.width();
            }
        }
        return x;
    }

    /** The output columns: numeric columns by name, one-hot columns as {@code column=level}. */
    public List<String> outputNames() {
        return outputNames;
    }

    public int width() {
        return outputNames.size();
    }

    /** The imputer of each kept numeric column, in output order (a saved pipeline stores them). */
    public List<MedianImputer> imputers() {
        return imputers;
    }

    /** The scaler of each kept numeric column, in output order; empty when nothing is standardised. */
    public List<StandardScaler> scalers() {
        return scalers;
    }

    /** The encoder of each categorical column, in output order. */
    public List<OneHotEncoder> encoders() {
        return encoders;
    }
}
