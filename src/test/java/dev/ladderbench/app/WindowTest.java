package dev.ladderbench.app;

import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

/**
 * What window tests share: a UI test on TestFX's stage, with the application's theme set before anything shows.
 * (TestFX calls only the test class's own {@code @Start} methods, so the stage is taken here, after its set-up.)
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {

    /** The stage TestFX gives each test. */
    protected Stage stage;

    @BeforeEach
    void themedStage() throws Exception {
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        WaitForAsyncUtils.asyncFx(WorkbenchWindow::applyTheme).get(10, TimeUnit.SECONDS);
    }
}
