package social.rapport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import social.rapport.web.testing.PluginArchitecture;

/**
 * The dependency rules of DESIGN.md, checked over every Rapport class on the test classpath:
 * the core, the web module, every plugin module that app-web ships, and the test-only plugins.
 * The plugin rules come from the plugin test kit ({@link PluginArchitecture}), which plugin modules use too.
 */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/social/rapport/web/")
                        && !location.contains("/test-classes/social/rapport/architecture/"))
                .importPackages("social.rapport");
    }

    @Test
    void theCoreNeverImportsAPluginOrTheWebModule() {
        noClasses().that().resideInAnyPackage("social.rapport.core..", "social.rapport.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("social.rapport.plugins..", "social.rapport.web..")
                .check(classes);
    }

    @Test
    void pluginsUseOnlyTheSpiOfTheCore() {
        PluginArchitecture.usesOnlyTheSpi().check(classes);
    }

    @Test
    void pluginsNeverImportEachOther() {
        PluginArchitecture.neverImportsAnotherPlugin().check(classes);
    }

    @Test
    void theSpiIsSelfContained() {
        noClasses().that().resideInAPackage("social.rapport.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("social.rapport.core..")
                .check(classes);
    }

    @Test
    void theSpiNeedsOnlyTheJdkAndJakartaEe() {
        classes().that().resideInAPackage("social.rapport.spi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("social.rapport.spi..", "java..", "jakarta..", "javax.sql..")
                .check(classes);
    }

    @Test
    void coreFeaturePackagesHaveNoCycles() {
        slices().matching("social.rapport.core.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theTestPluginsAreReallyChecked() {
        // guards the rules above against passing vacuously: the probe plugins must be imported
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("social.rapport.plugins.probe")).isTrue();
        // every plugin module app-web ships (its jars are on the test classpath)
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("social.rapport.plugins.events")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("social.rapport.plugins.events.web")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("social.rapport.core.plugin")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("social.rapport.web.admin")).isTrue();
    }
}
