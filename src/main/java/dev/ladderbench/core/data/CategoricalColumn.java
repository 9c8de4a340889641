package dev.ladderbench.core.data;

import java.util.List;

/** A column of text values stored as codes into a table of levels; code -1 is a missing cell. */
public final class CategoricalColumn implements Column {

    public static final int MISSING = -1;

    private final String name;
    private final int[] codes;
    private final List<String> levels;
    private final long levelTextBytes;

    /**
     * Takes ownership of {@code codes}: the caller must not change the array afterwards.
     * Levels are in order of first appearance in the file.
     */
    public CategoricalColumn(String name, int[] codes, List<String> levels) {
        this.name = name;
        this.codes = codes;
        this.levels = List.copyOf(levels);
        this.levelTextBytes = textBytes(this.levels);
    }

    /** Counted once here, off the FX thread, as the window's heap note after a load reads it there. */
    private static long textBytes(List<String> levels) {
        long bytes = 0;
        for (String level : levels) {
            bytes += (long) level.length() * (latin1(level) ? 1 : 2);
        }
        return bytes;
    }

    private static boolean latin1(String level) {
        for (int i = 0; i < level.length(); i++) {
            if (level.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
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

    /** Bytes of the levels' characters as Java strings hold them: one a character, two in a level beyond Latin-1. */
    public long levelTextBytes() {
        return levelTextBytes;
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
