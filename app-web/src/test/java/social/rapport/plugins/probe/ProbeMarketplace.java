package social.rapport.plugins.probe;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import social.rapport.spi.capability.CapabilityDefinition;
import social.rapport.spi.capability.CapabilityProvider;
import social.rapport.spi.facts.Fact;
import social.rapport.spi.facts.FactPurpose;
import social.rapport.spi.facts.FactPurposeProvider;
import social.rapport.spi.facts.PurposeKind;
import social.rapport.spi.page.AdminPage;
import social.rapport.spi.page.PageAccess;
import social.rapport.spi.page.PageProvider;
import social.rapport.spi.page.PageRule;
import social.rapport.spi.settings.SettingDefinition;
import social.rapport.spi.settings.SettingsProvider;

/**
 * What a marketplace plugin declares, in one probe: a capability members may apply for, page
 * access (a public page, pages for holders of the capability, an admin tab), a bounded setting and
 * a targeting purpose reading skills and location.
 */
@ApplicationScoped
public class ProbeMarketplace implements CapabilityProvider, PageProvider, SettingsProvider, FactPurposeProvider {

    public static final String ADVERTISER = "probe.advertiser";
    public static final String TARGETING = "probe.targeting";

    @Override
    public String pluginId() {
        return ProbePlugin.ID;
    }

    @Override
    public List<CapabilityDefinition> capabilities(Locale locale) {
        return List.of(new CapabilityDefinition(ADVERTISER, "Probe advertiser", "May run probe campaigns", true),
                new CapabilityDefinition("other.stolen", "Stolen", "Declared in another plugin's name", true));
    }

    @Override
    public List<PageRule> pages() {
        return List.of(PageRule.of("/p/probe/public", PageAccess.PUBLIC),
                PageRule.capability("/p/probe/ads/", ADVERTISER),
                PageRule.of("/p/probe/facts", PageAccess.PUBLIC));
    }

    @Override
    public List<AdminPage> adminPages(Locale locale) {
        return List.of(new AdminPage("Probe admin", "/p/probe/admin/index.xhtml", 10));
    }

    @Override
    public List<SettingDefinition> settings(Locale locale) {
        return List.of(SettingDefinition.integer("limit", 10, 1, 50, "Probe limit", "How many probes at most"),
                SettingDefinition.bool("loud", false, "Loud probe", "Whether the probe shouts"));
    }

    @Override
    public List<FactPurpose> purposes(Locale locale) {
        return List.of(new FactPurpose(TARGETING, PurposeKind.TARGETING, Set.of(Fact.SKILLS, Fact.LOCATION),
                "Choose the probe items you see", "The probe reads your skills and location to choose what to show you."));
    }
}
