package dev.ladderbench.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Where in a JSON text parsing stopped, as a person reads it. */
public final class JsonLocations {

    private JsonLocations() {
    }

    /**
     * " (line 3, column 7)", or "" when Jackson knows no place: it has none for a document that breaks a
     * limit (nesting depth, length) rather than the syntax.
     */
    public static String of(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
