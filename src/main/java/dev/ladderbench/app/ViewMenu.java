package dev.ladderbench.app;

import dev.ladderbench.app.ladder.LadderViewModel;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

import java.util.Locale;

/**
 * View: presenter mode (zoom in, out, actual size), the theme, large controls, and the steps, so that every
 * step is reachable from the keyboard (the step bar itself takes no focus).
 */
final class ViewMenu extends Menu {

    ViewMenu(Appearance appearance, LadderViewModel ladder) {
        super("_View");
        setId("view-menu");
        MenuItem zoomIn = item("Zoom _in", "zoom-in", "Shortcut+Plus", appearance::zoomIn);
        MenuItem zoomOut = item("Zoom _out", "zoom-out", "Shortcut+Minus", appearance::zoomOut);
        MenuItem actual = item("_Actual size", "actual-size", "Shortcut+0", appearance::actualSize);
        appearance.scaleProperty().addListener((observable, was, now) -> actual.setText("_Actual size (now " + now + " %)"));
        actual.setText("_Actual size (now " + appearance.scaleProperty().get() + " %)");

        ToggleGroup themes = new ToggleGroup();
        Menu theme = new Menu("_Theme");
        for (Theme each : Theme.values()) {
            RadioMenuItem choice = new RadioMenuItem(each.menuText());
            choice.setId("theme-" + each.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            choice.setToggleGroup(themes);
            choice.setSelected(appearance.themeProperty().get() == each);
            choice.setOnAction(event -> appearance.themeProperty().set(each));
            appearance.themeProperty().addListener((observable, was, now) -> choice.setSelected(now == each));
            theme.getItems().add(choice);
        }
        CheckMenuItem large = new CheckMenuItem("_Large controls");
        large.setId("large-controls");
        large.selectedProperty().bindBidirectional(appearance.largeControlsProperty());

        Menu steps = new Menu("_Go to step");
        for (Step step : Step.values()) {
            MenuItem go = new MenuItem(mnemonic(step));
            go.setId("go-" + step.name().toLowerCase(Locale.ROOT));
            go.setOnAction(event -> ladder.select(step));
            steps.getItems().add(go);
        }
        // A locked step says so by being disabled; asked each time, as locks change with every result.
        steps.setOnShowing(event -> steps.getItems().forEach(go -> go.setDisable(!ladder.selectable(
                Step.values()[steps.getItems().indexOf(go)]))));
        MenuItem previous = item("_Previous step", "previous-step", "Alt+Left", () -> move(ladder, -1));
        MenuItem next = item("_Next step", "next-step", "Alt+Right", () -> move(ladder, 1));

        getItems().addAll(zoomIn, zoomOut, actual, new SeparatorMenuItem(), theme, large, new SeparatorMenuItem(),
                steps, previous, next);
    }

    /** The nearest unlocked step before ({@code -1}) or after ({@code 1}) the shown one. */
    private static void move(LadderViewModel ladder, int direction) {
        Step[] all = Step.values();
        for (int i = ladder.stepProperty().get().ordinal() + direction; i >= 0 && i < all.length; i += direction) {
            if (ladder.select(all[i])) {
                return;
            }
        }
    }

    /** "_0 Sanity", "_Data", "_Errors": a key to press while the menu is open, each a different one. */
    private static String mnemonic(Step step) {
        String label = step.label();
        return switch (step) {
            case CHECKLIST -> "Chec_klist";
            case THRESHOLD -> "T_hreshold";
            default -> "_" + label;
        };
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(event -> action.run());
        return item;
    }
}
