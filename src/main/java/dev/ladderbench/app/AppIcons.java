package dev.ladderbench.app;

import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The application icon in each size found on the classpath; a missing size is skipped, not fatal. */
final class AppIcons {

    private static final Logger LOG = LoggerFactory.getLogger(AppIcons.class);
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            String resource = "/dev/ladderbench/icons/ladderbench-" + size + ".png";
            try (InputStream in = AppIcons.class.getResourceAsStream(resource)) {
                if (in == null) {
                    LOG.debug("No icon {}", resource);
                } else {
                    icons.add(new Image(in));
                }
            } catch (IOException e) {
                LOG.warn("Could not read the icon {}", resource, e);
            }
        }
        return icons;
    }
}
