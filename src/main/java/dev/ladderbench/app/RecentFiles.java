package dev.ladderbench.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The files opened lately, most recent first, de-duplicated and capped, kept in a text file with one
 * absolute path per line. Losing this list is harmless, so read and write problems are logged, not shown.
 */
public final class RecentFiles {

    public static final int CAPACITY = 10;
    public static final String FILE_NAME = "recent-files.txt";

    private static final Logger LOG = LoggerFactory.getLogger(RecentFiles.class);

    private final Path store;
    private final List<Path> entries = new ArrayList<>();

    private RecentFiles(Path store) {
        this.store = store;
    }

    /** The list kept in {@code settingsDirectory}, empty when there is none yet. */
    public static RecentFiles in(Path settingsDirectory) {
        RecentFiles recent = new RecentFiles(settingsDirectory.resolve(FILE_NAME));
        recent.read();
        return recent;
    }

    public List<Path> entries() {
        return List.copyOf(entries);
    }

    /** Puts {@code file} first, dropping an older entry for it and the oldest beyond the capacity. */
    public void add(Path file) {
        Path normalized = normalize(file);
        entries.remove(normalized);
        entries.add(0, normalized);
        if (entries.size() > CAPACITY) {
            entries.subList(CAPACITY, entries.size()).clear();
        }
        write();
    }

    public void clear() {
        entries.clear();
        write();
    }

    private static Path normalize(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private void read() {
        if (!Files.isRegularFile(store)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && entries.size() < CAPACITY) {
                    Path file = normalize(Path.of(line.strip()));
                    if (!entries.contains(file)) {
                        entries.add(file);
                    }
                }
            }
        } catch (IOException | InvalidPathException e) {
            LOG.warn("Could not read the recent files from {}; starting with an empty list", store, e);
            entries.clear();
        }
    }

    /** Writes a temporary file and moves it over the list, so a crash never leaves half a list behind. */
    private void write() {
        try {
            Files.createDirectories(store.getParent());
            Path temporary = Files.createTempFile(store.getParent(), FILE_NAME, ".tmp");
            Files.write(temporary, entries.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, store, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, store, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("Could not save the recent files to {}", store, e);
        }
    }
}
