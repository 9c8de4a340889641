package dev.ladderbench.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an option by the lower-case words the report and the README use, not picocli's upper-case enum
 * names; a wrong word is answered with the words it could have been.
 */
abstract class WordConverter<T> implements ITypeConverter<T> {

    private final Map<String, T> words;

    /** @param words each accepted word with its value, in the order the error message lists them */
    @SafeVarargs
    WordConverter(Map.Entry<String, T>... words) {
        this.words = new LinkedHashMap<>();
        for (Map.Entry<String, T> word : words) {
            this.words.put(word.getKey(), word.getValue());
        }
    }

    @Override
    public T convert(String value) {
        T converted = words.get(value);
        if (converted == null) {
            throw new TypeConversionException("expected " + String.join(" or ", words.keySet()) + ", not '" + value
                    + "'.");
        }
        return converted;
    }
}
