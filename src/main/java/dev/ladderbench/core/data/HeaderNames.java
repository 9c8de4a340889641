package dev.ladderbench.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Column names from a header line, made unique and non-empty (a dataset looks columns up by name):
 * the second {@code x} becomes {@code x_2}, an empty 7th name becomes {@code column_7}.
 *
 * @param renamings one phrase per renamed column, for the notice; empty when the header was fine
 */
record HeaderNames(List<String> names, List<String> renamings) {

    HeaderNames {
        names = List.copyOf(names);
        renamings = List.copyOf(renamings);
    }

    static HeaderNames of(String[] header) {
        Set<String> written = new HashSet<>(Arrays.asList(header));
        Set<String> used = new HashSet<>();
        List<String> names = new ArrayList<>(header.length);
        List<String> renamings = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String raw = header[i];
            boolean empty = raw.isBlank();
            String name = empty ? "column_" + (i + 1) : raw;
            if (used.contains(name) || (empty && written.contains(name))) {
                String base = name;
                int suffix = 2;
                do {
                    name = base + "_" + suffix++;
                } while (used.contains(name) || written.contains(name));
            }
            used.add(name);
            names.add(name);
            if (!name.equals(raw)) {
                renamings.add("column " + (i + 1) + (empty ? " (no name)" : " '" + raw + "'") + " is now '" + name + "'");
            }
        }
        return new HeaderNames(names, renamings);
    }
}
