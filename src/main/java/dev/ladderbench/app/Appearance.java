package dev.ladderbench.app;

import dev.ladderbench.core.AtomicFiles;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * Presenter mode and themes: the font scale (Ctrl +, Ctrl −, Ctrl 0), the theme and large controls, kept in
 * {@code appearance.properties} in the settings directory. The scale is the root's {@code -fx-font-size}, so
 * every size the theme gives in em (text, chart axes and labels, paddings of our own) follows it; a dialog
 * opened from a window takes that window's appearance. Losing the file is harmless, so problems are logged.
 */
public final class Appearance {

    public static final String FILE_NAME = "appearance.properties";
    /** The font sizes presenter mode steps through, in percent of the theme's 14 px. */
    static final int[] SCALES = {80, 90, 100, 110, 125, 150, 175, 200, 250, 300};
    static final double BASE_FONT_PX = 14;

    private static final Logger LOG = LoggerFactory.getLogger(Appearance.class);
    private static boolean watchingWindows;

    private final Path store;
    private final IntegerProperty scale = new SimpleIntegerProperty(100);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final BooleanProperty largeControls = new SimpleBooleanProperty();
    /**
     * The windows' scenes, weakly: the menus bound to these properties lead back to each scene, so a strong
     * reference from here (or from a static map whose values are appearances) would keep every closed window.
     * A scene finds its appearance in its own properties.
     */
    private final List<WeakReference<Scene>> scenes = new ArrayList<>();

    private Appearance(Path store) {
        this.store = store;
    }

    /** The appearance kept in {@code settingsDirectory} (the defaults when there is none yet); changes are saved there. */
    public static Appearance in(Path settingsDirectory) {
        Appearance appearance = new Appearance(settingsDirectory.resolve(FILE_NAME));
        appearance.read();
        appearance.listen();
        return appearance;
    }

    /** The defaults, remembered nowhere (tests, and windows made without settings). */
    public static Appearance unsaved() {
        Appearance appearance = new Appearance(null);
        appearance.listen();
        return appearance;
    }

    /** The font size in percent of the theme's. */
    public IntegerProperty scaleProperty() {
        return scale;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty largeControlsProperty() {
        return largeControls;
    }

    /** One step larger, up to the largest preset. */
    public void zoomIn() {
        for (int preset : SCALES) {
            if (preset > scale.get()) {
                scale.set(preset);
                return;
            }
        }
    }

    /** One step smaller, down to the smallest preset. */
    public void zoomOut() {
        for (int i = SCALES.length - 1; i >= 0; i--) {
            if (SCALES[i] < scale.get()) {
                scale.set(SCALES[i]);
                return;
            }
        }
    }

    public void actualSize() {
        scale.set(100);
    }

    /** Styles {@code scene} (a workbench window) and, through it, the dialogs it opens; the theme is set application-wide. */
    public void attach(Scene scene) {
        watchWindows();
        scene.getProperties().put(Appearance.class, this);
        scenes.add(new WeakReference<>(scene));
        restyle();
    }

    private void listen() {
        scale.addListener((observable, was, now) -> changed());
        theme.addListener((observable, was, now) -> changed());
        largeControls.addListener((observable, was, now) -> changed());
    }

    private void changed() {
        restyle();
        write();
    }

    private void restyle() {
        scenes.removeIf(scene -> scene.get() == null);
        if (scenes.isEmpty()) {
            return;
        }
        Application.setUserAgentStylesheet(theme.get().base());
        for (Window window : List.copyOf(Window.getWindows())) {
            Scene scene = window.getScene();
            if (scene != null && ownerAppearance(window) == this) {
                style(scene);
            }
        }
        scenes.stream().map(WeakReference::get).filter(Objects::nonNull).forEach(this::style);
    }

    private void style(Scene scene) {
        scene.getStylesheets().removeIf(Appearance::ours);
        scene.getStylesheets().add(fontSheet());
        theme.get().overlay().ifPresent(scene.getStylesheets()::add);
        if (scene.getRoot() != null) {
            scene.getRoot().getStyleClass().remove("large-controls");
            if (largeControls.get()) {
                scene.getRoot().getStyleClass().add("large-controls");
            }
        }
    }

    /** The root font size, and the few places the theme gives a size in px instead of em. */
    private String fontSheet() {
        String px = String.format(Locale.ROOT, "%.1fpx", BASE_FONT_PX * scale.get() / 100.0);
        String css = ".root { -fx-font-size: " + px + "; }\n.tooltip, .text-input .context-menu { -fx-font-size: " + px
                + "; }\n";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean ours(String stylesheet) {
        return stylesheet.startsWith("data:text/css") || Theme.HIGH_CONTRAST.overlay().orElseThrow().equals(stylesheet);
    }

    /** A dialog opened later takes the appearance of the window that owns it. */
    private static void watchWindows() {
        if (watchingWindows) {
            return;
        }
        watchingWindows = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    Appearance owner = ownerAppearance(window);
                    if (owner != null && window.getScene() != null) {
                        owner.style(window.getScene());
                    }
                }
            }
        });
    }

    /** The appearance of the workbench window {@code window} belongs to; popups copy their owner's sheets themselves. */
    private static Appearance ownerAppearance(Window window) {
        if (window instanceof PopupWindow) {
            return null;
        }
        Window root = window;
        while (root instanceof Stage stage && stage.getOwner() != null) {
            root = stage.getOwner();
        }
        return root == window || root.getScene() == null ? null
                : (Appearance) root.getScene().getProperties().get(Appearance.class);
    }

    private void read() {
        if (!Files.isRegularFile(store)) {
            return;
        }
        Properties saved = new Properties();
        try (InputStream in = Files.newInputStream(store)) {
            saved.load(in);
            scale.set(Math.max(SCALES[0], Math.min(SCALES[SCALES.length - 1],
                    Integer.parseInt(saved.getProperty("scale", "100").trim()))));
            theme.set(Theme.valueOf(saved.getProperty("theme", Theme.LIGHT.name()).trim()));
            largeControls.set(Boolean.parseBoolean(saved.getProperty("large-controls", "false").trim()));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Could not read the appearance from {}; using the defaults", store, e);
        }
    }

    private void write() {
        if (store == null) {
            return;
        }
        Properties saved = new Properties();
        saved.setProperty("scale", Integer.toString(scale.get()));
        saved.setProperty("theme", theme.get().name());
        saved.setProperty("large-controls", Boolean.toString(largeControls.get()));
        try {
            AtomicFiles.write(store, out -> saved.store(out, "Ladderbench appearance"));
        } catch (IOException e) {
            LOG.warn("Could not save the appearance to {}", store, e);
        }
    }
}
