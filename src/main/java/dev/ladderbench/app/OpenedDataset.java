package dev.ladderbench.app;

import dev.ladderbench.core.data.ColumnProfile;
import dev.ladderbench.core.data.LoadResult;

import java.util.List;

/** What opening a file yields: the dataset as read, and its columns profiled. */
record OpenedDataset(LoadResult load, List<ColumnProfile> profiles) {

    OpenedDataset {
        profiles = List.copyOf(profiles);
    }
}
