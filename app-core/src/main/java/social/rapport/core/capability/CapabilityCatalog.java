package social.rapport.core.capability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import social.rapport.core.plugin.PluginDeclarations;
import social.rapport.spi.capability.CapabilityDefinition;
import social.rapport.spi.capability.CapabilityProvider;

/** The capabilities plugins declare: of enabled plugins (usable now) or of every installed one. */
@ApplicationScoped
public class CapabilityCatalog {

    @Inject
    PluginDeclarations declarations;

    /** Capabilities of enabled plugins, labelled in {@code locale}. */
    public List<CapabilityDefinition> enabled(Locale locale) {
        return declarations.enabled(CapabilityProvider.class, p -> p.capabilities(locale), CapabilityDefinition::id);
    }

    public Optional<CapabilityDefinition> enabled(String capability, Locale locale) {
        return enabled(locale).stream().filter(c -> c.id().equals(capability)).findFirst();
    }
}
