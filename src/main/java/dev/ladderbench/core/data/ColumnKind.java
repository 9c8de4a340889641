package dev.ladderbench.core.data;

/** What a column holds, as the column list shows it; finer than the numeric/categorical storage. */
public enum ColumnKind {
    NUMERIC("numeric"),
    CATEGORICAL("categorical"),
    BOOLEAN("boolean"),
    ID_LIKE_TEXT("ID-like text");

    private final String label;

    ColumnKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
