package dev.ladderbench.core.data;

import java.util.List;

/** A column of text values stored as codes into a table of levels; code -1 is a missing cell. */
public final class CategoricalColumn implements Column {

    public static final int MISSING = -1;

    private final String name;
    private final int[] codes;
    private final List<String> levels;

    /**
     * Takes ownership of {@code codes}: the caller must not change the array afterwards.
     * Levels are in order of first appearance in the file.
     */
    public CategoricalColumn(String name, int[] codes, List<String> levels) {
        this.name = name;
        this.codes = codes;
        this.levels = List.copyOf(levels);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return codes.length;
    }

    public int code(int row) {
        return codes[row];
    }

    public List<String> levels() {
        return levels;
    }

    @Override
    public boolean isMissing(int row) {
        return codes[row] == MISSING;
    }

    @Override
    public String text(int row) {
        int code = codes[row];
        return code == MISSING ? "" : levels.get(code);
    }

    @Override
    public String toString() {
        return "CategoricalColumn[" + name + ", " + codes.length + " rows, " + levels.size() + " levels]";
    }
}
