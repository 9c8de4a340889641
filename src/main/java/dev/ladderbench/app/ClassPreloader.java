package dev.ladderbench.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads and verifies, on a background thread once the window shows, the classes listed in
 * {@code preloaded-classes.txt}: those the FX thread would otherwise stop to load when the first rung's
 * charts arrive. The classes are loaded but not initialised, so their static initialisers still run on
 * the FX thread, where JavaFX expects them.
 */
final class ClassPreloader {

    private static final Logger LOG = LoggerFactory.getLogger(ClassPreloader.class);
    private static final String LIST = "preloaded-classes.txt";
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ClassPreloader() {
    }

    /** Starts the loading once per process; later calls do nothing. */
    static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread loader = new Thread(ClassPreloader::loadListed, "class-preloader");
        loader.setDaemon(true);
        loader.setPriority(Thread.MIN_PRIORITY);
        loader.start();
    }

    private static void loadListed() {
        ClassLoader classes = ClassPreloader.class.getClassLoader();
        try (InputStream list = ClassPreloader.class.getResourceAsStream(LIST)) {
            if (list == null) {
                return;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    load(name, classes);
                }
            }
        } catch (IOException e) {
            LOG.debug("Could not read {}; the classes load when first used", LIST, e);
        }
    }

    private static void load(String name, ClassLoader classes) {
        try {
            Class.forName(name, false, classes);
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.debug("Not preloaded: {}", name, e); // another JavaFX version; it loads when first used
        }
    }
}
