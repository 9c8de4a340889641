package dev.ladderbench.core.data;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a delimited text file into a columnar {@link Dataset}. PROVISIONAL: comma, UTF-8 only. */
public final class CsvDatasetReader {

    public LoadResult read(Path file, CsvReadOptions options, ProgressListener progress, CancellationToken cancel)
            throws InvalidInputException {
        List<String[]> rows = new ArrayList<>();
        List<String> header;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
            header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                cancel.throwIfCancelled();
                rows.add(record.values());
            }
        } catch (IOException e) {
            throw new InvalidInputException(file, "Cannot read " + file.getFileName() + ": " + e.getMessage(), false, e);
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            columns.add(column(header.get(c), rows, c, options));
        }
        return new LoadResult(new Dataset(file, columns, null), ',', StandardCharsets.UTF_8, 0, List.of());
    }

    private static Column column(String name, List<String[]> rows, int c, CsvReadOptions options) {
        double[] values = new double[rows.size()];
        boolean numeric = true;
        for (int r = 0; r < rows.size() && numeric; r++) {
            String cell = rows.get(r)[c].trim();
            if (options.missingTokens().contains(cell)) {
                values[r] = Double.NaN;
            } else {
                try {
                    values[r] = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    numeric = false;
                }
            }
        }
        if (numeric) {
            return new NumericColumn(name, values);
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        int[] codes = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            String cell = rows.get(r)[c];
            codes[r] = options.missingTokens().contains(cell.trim())
                    ? CategoricalColumn.MISSING
                    : levels.computeIfAbsent(cell, k -> levels.size());
        }
        return new CategoricalColumn(name, codes, new ArrayList<>(levels.keySet()));
    }
}
