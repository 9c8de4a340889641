package dev.ladderbench.core.replay;

/** One value of a row to replay, as the row's JSON gave it. */
public sealed interface CellValue {

    /** The value as a person reads it in the raw stage. */
    String text();

    /** A null or absent value. */
    record Missing() implements CellValue {
        @Override
        public String text() {
            return "missing";
        }
    }

    record Number(double value) implements CellValue {
        @Override
        public String text() {
            return dev.ladderbench.core.data.NumericColumn.format(value);
        }
    }

    record Text(String value) implements CellValue {
        @Override
        public String text() {
            return "\"" + value + "\"";
        }
    }

    /** A JSON boolean, list or object: no column of a CSV holds one. */
    record Other(String json) implements CellValue {
        @Override
        public String text() {
            return json;
        }
    }
}
