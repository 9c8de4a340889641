package dev.ladderbench.cli;

import dev.ladderbench.report.PageSize;

import java.util.Map;

/** Reads {@code --page-size}: a4 or letter. */
final class PageSizeConverter extends WordConverter<PageSize> {

    PageSizeConverter() {
        super(Map.entry(PageSize.A4.id(), PageSize.A4), Map.entry(PageSize.LETTER.id(), PageSize.LETTER));
    }
}
