package social.rapport.web.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules every plugin keeps (DESIGN.md), as ArchUnit rules a plugin module checks
 * in a unit test of its own, and app-web over every plugin it ships:
 * <pre>
 * JavaClasses events = PluginArchitecture.importPlugin("events");
 * PluginArchitecture.usesOnlyTheSpi().check(events);
 * </pre>
 */
public final class PluginArchitecture {

    private PluginArchitecture() {
    }

    /** The main classes of plugin {@code id} (package {@code social.rapport.plugins.<id>}), without tests. */
    public static JavaClasses importPlugin(String id) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("social.rapport.plugins." + id);
    }

    /** A plugin reaches the core only through {@code social.rapport.spi..}: never the core, the web module or the server. */
    public static ArchRule usesOnlyTheSpi() {
        return noClasses().that().resideInAPackage("social.rapport.plugins..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("social.rapport.core..", "social.rapport.web..", "social.rapport.server..")
                .because("a plugin depends on the public SPI only (docs/plugins.md)");
    }

    /** Plugin {@code id} imports no class of another plugin (checkable in the plugin's own build, where no other plugin is imported). */
    public static ArchRule importsNoOtherPlugin(String id) {
        String own = "social.rapport.plugins." + id + "..";
        return noClasses().that().resideInAPackage(own)
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("social.rapport.plugins..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(own))))
                .because("plugins are independent; they meet only through the SPI");
    }

    /** Plugins never import each other (over classes of several plugins). */
    public static ArchRule neverImportsAnotherPlugin() {
        return slices().matching("social.rapport.plugins.(*)..").should().notDependOnEachOther()
                .because("plugins are independent; they meet only through the SPI");
    }
}
