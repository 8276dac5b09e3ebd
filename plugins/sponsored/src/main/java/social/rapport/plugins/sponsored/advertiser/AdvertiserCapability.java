package social.rapport.plugins.sponsored.advertiser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import social.rapport.plugins.sponsored.SponsoredPlugin;
import social.rapport.plugins.sponsored.SponsoredText;
import social.rapport.spi.capability.ApplicationAnswer;
import social.rapport.spi.capability.ApplicationQuestion;
import social.rapport.spi.capability.CapabilityApplicationForm;
import social.rapport.spi.capability.CapabilityDefinition;
import social.rapport.spi.capability.CapabilityProvider;

/**
 * The capability {@code sponsored.advertiser}, in the core's queue: members apply on "My roles"
 * answering whom they advertise for and who pays (kept here), admins approve, decline or revoke it
 * on "Roles".
 */
@ApplicationScoped
public class AdvertiserCapability implements CapabilityProvider, CapabilityApplicationForm {

    public static final String ID = "sponsored.advertiser";
    static final String ORGANISATION = "organisation";
    static final String PAYER = "payer";

    @Inject
    AdvertiserService advertisers;

    @Override
    public String pluginId() {
        return SponsoredPlugin.ID;
    }

    @Override
    public List<CapabilityDefinition> capabilities(Locale locale) {
        return List.of(new CapabilityDefinition(ID, SponsoredText.get(locale, "sponsored.capability.label"),
                SponsoredText.get(locale, "sponsored.capability.description"), true));
    }

    @Override
    public List<ApplicationQuestion> questions(String capability, Locale locale) {
        return List.of(new ApplicationQuestion(ORGANISATION, SponsoredText.get(locale, "sponsored.apply.organisation"), AdvertiserService.NAME_MAX),
                new ApplicationQuestion(PAYER, SponsoredText.get(locale, "sponsored.apply.payer"), AdvertiserService.NAME_MAX));
    }

    @Override
    public void applied(long memberId, String capability, List<ApplicationAnswer> answers) {
        advertisers.keep(memberId, answer(answers, ORGANISATION), answer(answers, PAYER));
    }

    private static String answer(List<ApplicationAnswer> answers, String key) {
        return answers.stream().filter(a -> a.key().equals(key)).map(ApplicationAnswer::value).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no answer for " + key));
    }
}
