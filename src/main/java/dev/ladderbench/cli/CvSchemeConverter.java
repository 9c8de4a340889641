package dev.ladderbench.cli;

import dev.ladderbench.core.ladder.CvScheme;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;

/** Reads {@code --cv} by the lower-case words the report uses, not picocli's upper-case enum names. */
final class CvSchemeConverter implements ITypeConverter<CvScheme> {

    @Override
    public CvScheme convert(String value) {
        return Arrays.stream(CvScheme.values()).filter(cv -> cv.id().equals(value)).findFirst()
                .orElseThrow(() -> new TypeConversionException("expected shuffled or ordered, not '" + value + "'."));
    }
}
