package dev.ladderbench.app;

import dev.ladderbench.core.AtomicFiles;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.Chart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.transform.Transform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Charts as images for slides and reviews: a context menu on every chart (and the confusion matrix) with
 * Save as PNG and Copy, and the export of every chart on the current step to a folder. Images are
 * rendered at twice the screen scale; the PNG encoding and writing run off the FX thread.
 */
final class ChartImages {

    static final double SCALE = 2;
    private static final String HEATMAP = "confusion-heatmap";
    private static final Logger LOG = LoggerFactory.getLogger(ChartImages.class);
    private static final Executor WRITER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ladderbench-chart-images");
        thread.setDaemon(true);
        return thread;
    });

    private ChartImages() {
    }

    /**
     * Adds the context menu to every chart in {@code scene}, present or to come.
     *
     * @param chooseFile asks where to save a chart, given a proposed file name
     * @param tell       one sentence for the person when writing fails
     */
    static void install(Scene scene, Function<String, Optional<Path>> chooseFile, Consumer<String> tell) {
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            Node chart = chartAround(event.getPickResult().getIntersectedNode());
            if (chart == null) {
                return;
            }
            MenuItem save = new MenuItem("Save as PNG…");
            save.setOnAction(action -> chooseFile.apply(fileName(chart, Set.of()))
                    .ifPresent(file -> write(List.of(new Image(chart, file)), tell, count -> { })));
            MenuItem copy = new MenuItem("Copy");
            copy.setOnAction(action -> {
                ClipboardContent content = new ClipboardContent();
                content.putImage(snapshot(chart));
                Clipboard.getSystemClipboard().setContent(content);
            });
            new ContextMenu(save, copy).show(chart, event.getScreenX(), event.getScreenY());
            event.consume();
        });
    }

    /** Writes every visible chart under {@code root} into {@code folder}; {@code done} gets how many. */
    static void exportAll(Parent root, Path folder, Consumer<String> tell, Consumer<Integer> done) {
        List<Image> images = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Node node : charts(root)) {
            String name = fileName(node, taken);
            taken.add(name);
            images.add(new Image(node, folder.resolve(name)));
        }
        write(images, tell, done);
    }

    /** The charts shown under {@code root}, in layout order. */
    static List<Node> charts(Parent root) {
        List<Node> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Node> found) {
        // A scroll pane's content is reached both through its skin and through getContent().
        if (!node.isVisible() || node.getScene() == null || found.contains(node)) {
            return;
        }
        if (node instanceof Chart || node.getStyleClass().contains(HEATMAP)) {
            found.add(node);
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), found);
        }
    }

    static WritableImage snapshot(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(SCALE, SCALE));
        return node.snapshot(parameters, null);
    }

    private static Node chartAround(Node picked) {
        for (Node node = picked; node != null; node = node.getParent()) {
            if (node instanceof Chart || node.getStyleClass().contains(HEATMAP)) {
                return node;
            }
        }
        return null;
    }

    /** The chart's id or title as a file name ("fold-chart.png"), unique among {@code taken}. */
    static String fileName(Node chart, Set<String> taken) {
        String base = chart.getId() != null ? chart.getId()
                : chart instanceof Chart c && c.getTitle() != null && !c.getTitle().isBlank() ? c.getTitle()
                : chart.getStyleClass().contains(HEATMAP) ? "confusion-matrix" : "chart";
        base = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String name = base + ".png";
        for (int i = 2; taken.contains(name); i++) {
            name = base + "-" + i + ".png";
        }
        return name;
    }

    private record Image(Node chart, Path file) {
    }

    /** Snapshots on the FX thread (it must), encodes and writes in the background, reports back on the FX thread. */
    private static void write(List<Image> images, Consumer<String> tell, Consumer<Integer> done) {
        List<BufferedImage> pixels = images.stream().map(i -> SwingFXUtils.fromFXImage(snapshot(i.chart()), null)).toList();
        CompletableFuture.runAsync(() -> {
            for (int i = 0; i < images.size(); i++) {
                BufferedImage image = pixels.get(i);
                Path file = images.get(i).file();
                try {
                    AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(file.toString(), e);
                }
            }
        }, WRITER).whenComplete((ignored, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                done.accept(images.size());
            } else {
                LOG.warn("Writing a chart image failed", failure);
                tell.accept("The chart image could not be written (" + failure.getCause().getMessage()
                        + "); choose a folder you can write to.");
            }
        }));
    }
}
