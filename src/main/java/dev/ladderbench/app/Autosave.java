package dev.ladderbench.app;

import dev.ladderbench.core.ladder.FileHash;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.session.Session;
import dev.ladderbench.core.session.SessionFiles;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

/**
 * Keeps the window's session in the state folder while it runs, so that a crash or a kill loses no choices:
 * every meaningful change (a file opened, the target, positive class or exclusions, a rung run or overridden,
 * a checklist tick or note, the threshold) saves it half a second after the changes stop, atomically, in the
 * {@code .ladder} format, as {@code autosave-<process id>.ladder}: each running instance keeps its own. A clean
 * exit deletes it; one whose process is gone means that run did not end cleanly, and is offered back
 * ({@link RestoreOffer}). Use it from the FX thread.
 */
public final class Autosave {

    private static final String PREFIX = "autosave-";
    private static final Duration QUIET = Duration.millis(500);
    private static final Logger LOG = LoggerFactory.getLogger(Autosave.class);

    private final WorkbenchViewModel workbench;
    private final Path file;
    private final PauseTransition debounce = new PauseTransition(QUIET);
    /**
     * Its own thread, not the {@link WorkRunner}: starting work there cancels the running work, and a save must
     * never cancel a rung. It only hashes the data file (once per version of it) and writes a small file.
     */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ladderbench-autosave");
        thread.setDaemon(true);
        return thread;
    });
    private Path leftOver;
    private HashedFile hashed;
    /** Set by a clean exit; a save in flight then never recreates the file (both hold this object's lock). */
    private boolean stopped;

    /** @param folder the state folder, {@link StateDirectory#resolve()} */
    public Autosave(WorkbenchViewModel workbench, Path folder) {
        this(workbench, folder, ProcessHandle.current().pid(),
                pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    /**
     * @param pid   this instance's process, naming its file
     * @param alive whether the process of another instance's file still runs (then its file is not left over);
     *              tests stand in for processes here, running every window in one
     */
    Autosave(WorkbenchViewModel workbench, Path folder, long pid, LongPredicate alive) {
        this.workbench = workbench;
        this.file = fileOf(folder, pid);
        this.leftOver = leftOver(folder, pid, alive).orElse(null);
        debounce.setOnFinished(event -> save());
        watch();
    }

    static Path fileOf(Path folder, long pid) {
        return folder.resolve(PREFIX + pid + SessionFiles.EXTENSION);
    }

    /** The newest autosave of an instance that is gone. */
    private static Optional<Path> leftOver(Path folder, long pid, LongPredicate alive) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                if (!name.startsWith(PREFIX) || !name.endsWith(SessionFiles.EXTENSION)) {
                    return false;
                }
                String id = name.substring(PREFIX.length(), name.length() - SessionFiles.EXTENSION.length());
                return id.matches("\\d{1,18}") && Long.parseLong(id) != pid && !alive.test(Long.parseLong(id));
            }).max(Comparator.comparing(Autosave::modified));
        } catch (IOException e) {
            LOG.warn("Looking for an autosaved session in {} failed", folder, e);
            return Optional.empty();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** The autosave the last run left behind, while its offer is unanswered; nothing is saved until then. */
    public Optional<Path> leftOver() {
        return Optional.ofNullable(leftOver);
    }

    /**
     * Opens the left-over session as File > Open session would; it becomes this instance's autosave, so saving
     * resumes with its choices and a clean exit deletes it.
     */
    public void restore() {
        Path previous = leftOver;
        leftOver = null;
        if (previous == null) {
            return;
        }
        try {
            Files.move(previous, file, StandardCopyOption.REPLACE_EXISTING);
            workbench.session().open(file);
        } catch (IOException e) {
            LOG.warn("Taking over the autosaved session {} failed", previous, e);
            workbench.session().open(previous);
        }
    }

    /** Forgets the left-over session; saving resumes with the window's own choices. */
    public void discard() {
        Path previous = leftOver;
        leftOver = null;
        if (previous != null) {
            delete(previous);
            changed();
        }
    }

    /** A clean exit: nothing is left to restore. */
    public void stop() {
        debounce.stop();
        writer.shutdown();
        leftOver = null;
        synchronized (this) {
            stopped = true;
            delete(file);
        }
    }

    private void watch() {
        DatasetViewModel data = workbench.dataset();
        InvalidationListener changed = observable -> changed();
        for (Observable each : new Observable[] {data.datasetProperty(), data.targetProperty(), data.positiveProperty(),
                workbench.errors().modelRungProperty(), workbench.errors().thresholdProperty(),
                workbench.ladder().overridden(), workbench.checklist().checks()}) {
            each.addListener(changed);
        }
        for (RungId rung : RungId.values()) {
            workbench.ladder().rung(rung).resultProperty().addListener(changed);
        }
        data.columns().addListener((ListChangeListener<ColumnRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(row -> row.featureProperty().addListener(changed));
            }
            changed();
        });
    }

    private void changed() {
        if (leftOver == null) {
            debounce.playFromStart();
        }
    }

    private void save() {
        Optional<SessionDraft> draft = workbench.session().draft();
        if (leftOver != null || draft.isEmpty() || writer.isShutdown()) {
            return;
        }
        writer.execute(() -> write(draft.get()));
    }

    /** On the writer's thread. */
    private void write(SessionDraft draft) {
        try {
            Session session = draft.session(sha256(draft.data()));
            synchronized (this) {
                if (!stopped) {
                    SessionFiles.write(file, session);
                }
            }
        } catch (IOException e) {
            LOG.warn("Autosaving the session to {} failed", file, e);
        }
    }

    /** The data file's hash, computed again only when the file changed since the last save. */
    private String sha256(Path data) throws IOException {
        FileTime modified = Files.getLastModifiedTime(data);
        long size = Files.size(data);
        if (hashed == null || !hashed.is(data, modified, size)) {
            hashed = new HashedFile(data, modified, size, FileHash.sha256(data));
        }
        return hashed.sha256();
    }

    private record HashedFile(Path file, FileTime modified, long size, String sha256) {
        boolean is(Path other, FileTime otherModified, long otherSize) {
            return file.equals(other) && modified.equals(otherModified) && size == otherSize;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Deleting the autosaved session {} failed", file, e);
        }
    }
}
