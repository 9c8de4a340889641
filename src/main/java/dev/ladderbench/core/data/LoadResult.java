package dev.ladderbench.core.data;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A dataset together with how it was read and what a person should be told about it.
 *
 * @param notices plain sentences worth showing (encoding fallback, renamed headers, skipped lines)
 */
public record LoadResult(Dataset dataset, char delimiter, Charset charset, int skippedLines, List<String> notices) {

    public LoadResult {
        notices = List.copyOf(notices);
    }
}
