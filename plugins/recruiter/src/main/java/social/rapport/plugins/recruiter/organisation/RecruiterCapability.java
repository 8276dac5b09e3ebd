package social.rapport.plugins.recruiter.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import social.rapport.plugins.recruiter.RecruiterPlugin;
import social.rapport.plugins.recruiter.RecruiterText;
import social.rapport.spi.capability.ApplicationAnswer;
import social.rapport.spi.capability.ApplicationQuestion;
import social.rapport.spi.capability.CapabilityApplicationForm;
import social.rapport.spi.capability.CapabilityDefinition;
import social.rapport.spi.capability.CapabilityProvider;

/**
 * The capability {@code recruiter.recruiter}, in the core's queue: members apply on "My roles"
 * naming the organisation they recruit for (kept as a claim, see {@link OrganisationClaims}),
 * admins approve, decline or revoke it on "Roles".
 */
@ApplicationScoped
public class RecruiterCapability implements CapabilityProvider, CapabilityApplicationForm {

    public static final String ID = "recruiter.recruiter";
    static final String ORGANISATION = "organisation";

    @Inject
    OrganisationClaims claims;

    @Override
    public String pluginId() {
        return RecruiterPlugin.ID;
    }

    @Override
    public List<CapabilityDefinition> capabilities(Locale locale) {
        return List.of(new CapabilityDefinition(ID, RecruiterText.get(locale, "recruiter.capability.label"),
                RecruiterText.get(locale, "recruiter.capability.description"), true));
    }

    @Override
    public List<ApplicationQuestion> questions(String capability, Locale locale) {
        return List.of(new ApplicationQuestion(ORGANISATION, RecruiterText.get(locale, "recruiter.apply.organisation"), 120));
    }

    @Override
    public void applied(long memberId, String capability, List<ApplicationAnswer> answers) {
        String name = answers.stream().filter(a -> a.key().equals(ORGANISATION)).map(ApplicationAnswer::value).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no answer for " + ORGANISATION));
        claims.keep(memberId, name);
    }
}
