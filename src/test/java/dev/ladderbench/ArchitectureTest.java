package dev.ladderbench;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering of DESIGN.md: core at the bottom, then report, then cli and app side by side. */
@AnalyzeClasses(packages = "dev.ladderbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNoUiNorConsole = noClasses().that().resideInAPackage("dev.ladderbench.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..", "picocli..",
                    "org.controlsfx..", "atlantafx..",
                    "dev.ladderbench.report..", "dev.ladderbench.cli..", "dev.ladderbench.app..");

    @ArchTest
    static final ArchRule reportDependsOnCoreOnly = noClasses().that().resideInAPackage("dev.ladderbench.report..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..",
                    "dev.ladderbench.cli..", "dev.ladderbench.app..")
            .allowEmptyShould(true); // the report package arrives with the reports issue

    /** Reports draw charts with Java2D, headless: images and shapes, never a window, a toolkit or a screen. */
    @ArchTest
    static final ArchRule reportDrawsHeadless = noClasses().that().resideInAPackage("dev.ladderbench.report..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt.event..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.awt.Toolkit")
            .orShould().dependOnClassesThat().areAssignableTo("java.awt.Component");

    @ArchTest
    static final ArchRule cliDoesNotUseTheUi = noClasses().that().resideInAPackage("dev.ladderbench.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.ladderbench.app..");

    @ArchTest
    static final ArchRule appDoesNotUseTheCli = noClasses().that().resideInAPackage("dev.ladderbench.app..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "dev.ladderbench.cli..");

    @ArchTest
    static final ArchRule onlyTheCliPrints = noClasses().that().resideOutsideOfPackages("dev.ladderbench.cli..")
            .and().doNotHaveFullyQualifiedName(Main.class.getName())
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace");
}
