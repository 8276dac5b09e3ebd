package social.rapport.plugins.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import social.rapport.web.testing.PluginArchitecture;

/** The plugin's dependency rules, checked in its own build with the test kit's rules. */
class EventsArchitectureTest {

    static JavaClasses events;

    @BeforeAll
    static void importThePlugin() {
        events = PluginArchitecture.importPlugin("events");
    }

    @Test
    void usesOnlyTheSpi() {
        assertThat(events.containPackage("social.rapport.plugins.events.web")).as("the plugin's classes were imported").isTrue();
        PluginArchitecture.usesOnlyTheSpi().check(events);
    }

    @Test
    void importsNoOtherPlugin() {
        PluginArchitecture.importsNoOtherPlugin("events").check(events);
    }
}
