package social.rapport.plugins.sponsored.targeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import social.rapport.plugins.sponsored.SponsoredPlugin;
import social.rapport.plugins.sponsored.SponsoredText;
import social.rapport.spi.facts.Fact;
import social.rapport.spi.facts.FactPurpose;
import social.rapport.spi.facts.FactPurposeProvider;
import social.rapport.spi.facts.PurposeKind;

/** The one purpose the plugin reads facts for: choosing the ads a member sees. Off until the member turns it on. */
@ApplicationScoped
public class TargetingPurpose implements FactPurposeProvider {

    public static final String ID = "sponsored.targeting";

    @Override
    public String pluginId() {
        return SponsoredPlugin.ID;
    }

    @Override
    public List<FactPurpose> purposes(Locale locale) {
        return List.of(new FactPurpose(ID, PurposeKind.TARGETING, Set.of(Fact.SKILLS, Fact.LOCATION, Fact.POSITIONS, Fact.LANGUAGES),
                SponsoredText.get(locale, "sponsored.purpose.label"), SponsoredText.get(locale, "sponsored.purpose.description")));
    }
}
