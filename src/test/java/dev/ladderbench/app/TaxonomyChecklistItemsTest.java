package dev.ladderbench.app;

import dev.ladderbench.app.help.TaxonomyView;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Help > Error taxonomy names the checklist items that cover an error by their wording, not their ids. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TaxonomyChecklistItemsTest {

    @Start
    void start(Stage stage) {
        WorkbenchWindow.applyTheme();
        Scene scene = new Scene(new TaxonomyView(List::of, step -> { }), 980, 680);
        scene.getStylesheets().add(WorkbenchWindow.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aChecklistItemShowsItsWordingWithItsIdBeside(FxRobot robot) throws Exception {
        Hyperlink item = robot.lookup("#checklist-train-validation-gap").queryAs(Hyperlink.class);

        assertThat(item.getText()).isEqualTo("Train/validation AUC gap under 0.10");
        assertThat(item.getParent().getChildrenUnmodifiable()).filteredOn(Label.class::isInstance)
                .extracting(node -> ((Label) node).getText()).contains("train-validation-gap");
        Screenshots.write(item.getScene(), "taxonomy-checklist-items");
    }

    @Test
    void choosingAChecklistItemExplainsItUnderItsWording(FxRobot robot) throws Exception {
        robot.clickOn("#checklist-no-nan-or-inf");

        assertThat(robot.lookup("#taxonomy-title").queryAs(Label.class).getText()).isEqualTo("No NaN/Inf in features");
        Screenshots.write(robot.lookup("#taxonomy").query().getScene(), "taxonomy-checklist-item-explained");
    }
}
