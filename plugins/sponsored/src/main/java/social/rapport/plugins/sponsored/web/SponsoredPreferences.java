package social.rapport.plugins.sponsored.web;

import static social.rapport.plugins.sponsored.SponsoredText.PAGES;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import social.rapport.plugins.sponsored.delivery.MemberChoices;
import social.rapport.plugins.sponsored.settings.Setting;
import social.rapport.plugins.sponsored.settings.SponsoredSettings;
import social.rapport.plugins.sponsored.targeting.TargetingFacts;
import social.rapport.spi.platform.CurrentViewer;

/**
 * {@code /p/sponsored/preferences.xhtml}: whether the member sees sponsored content at all (when the
 * admin allows turning it off) and whether targeting uses their profile (the platform's purpose,
 * shown here as it stands).
 */
@Named
@ViewScoped
public class SponsoredPreferences implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentViewer viewer;

    @Inject
    MemberChoices choices;

    @Inject
    TargetingFacts facts;

    @Inject
    SponsoredSettings settings;

    @Inject
    Clock clock;

    private boolean showSponsored = true;

    public void load() {
        showSponsored = !choices.of(viewer.requireMember()).sponsoredOff();
    }

    public String save() {
        long me = viewer.requireMember();
        if (!showSponsored && !isMayOptOut()) {
            PAGES.error(null, "sponsored.prefs.optOutNotAllowed");
            return null;
        }
        MemberChoices.Choice current = choices.of(me);
        choices.save(me, new MemberChoices.Choice(!showSponsored, current.targetingOn()), clock.instant());
        PAGES.flash("sponsored.prefs.saved");
        return "/p/sponsored/preferences.xhtml?faces-redirect=true";
    }

    public boolean isMayOptOut() { return settings.get(Setting.MEMBERS_MAY_OPT_OUT) == 1; }
    public boolean isTargetingAllowed() { return facts.allowed(viewer.requireMember()); }
    public boolean isShowSponsored() { return showSponsored; }
    public void setShowSponsored(boolean showSponsored) { this.showSponsored = showSponsored; }
}
