package dev.ladderbench.app;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;

/** Writes a PNG of a whole scene, as it renders, for the README and for a person to look at. */
final class Screenshots {

    static final Path DIRECTORY = Path.of("target", "screenshots");

    private Screenshots() {
    }

    static Path write(Scene scene, String name) throws IOException, ExecutionException, InterruptedException {
        return save(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(), name);
    }

    /** A PNG of one node at its laid-out size, e.g. a view's whole scrollable content. */
    static Path write(Node node, String name) throws IOException, ExecutionException, InterruptedException {
        return save(WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(), name);
    }

    private static Path save(WritableImage image, String name) throws IOException {
        Path file = DIRECTORY.resolve(name + ".png");
        Files.createDirectories(DIRECTORY);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }
}
