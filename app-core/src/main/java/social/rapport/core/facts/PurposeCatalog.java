package social.rapport.core.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import social.rapport.core.plugin.PluginDeclarations;
import social.rapport.spi.facts.FactPurpose;
import social.rapport.spi.facts.FactPurposeProvider;

/** The purposes enabled plugins declare for reading members' facts. */
@ApplicationScoped
public class PurposeCatalog {

    @Inject
    PluginDeclarations declarations;

    public List<FactPurpose> enabled(Locale locale) {
        return declarations.enabled(FactPurposeProvider.class, p -> p.purposes(locale), FactPurpose::id);
    }

    public Optional<FactPurpose> enabled(String purposeId) {
        return enabled(Locale.ENGLISH).stream().filter(p -> p.id().equals(purposeId)).findFirst();
    }
}
