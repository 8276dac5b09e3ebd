package social.rapport.web.profile;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import social.rapport.core.account.Caller;
import social.rapport.core.profile.ProfileService;
import social.rapport.core.profile.ProfileView;
import social.rapport.web.platform.LocaleSelection;

/**
 * {@code /in/<handle>}: a member's profile as the viewer may see it. Unknown handles, suspended
 * owners and blocks answer 404, like a page that does not exist.
 */
@Named
@ViewScoped
public class ViewProfile implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String HANDLE_ATTRIBUTE = "social.rapport.web.profile.handle";

    @Inject
    ProfileService profiles;

    @Inject
    Caller caller;

    @Inject
    LocaleSelection locale;

    private String handle;
    /** Not kept when the session moves to another instance: reloaded from the handle then. */
    private transient ProfileView profile;

    /** f:viewAction of the first GET. */
    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        handle = (String) external.getRequestMap().get(HANDLE_ATTRIBUTE);
        if (fetch().isEmpty()) {
            external.responseSendError(404, "Not Found");
            context.responseComplete();
        }
    }

    private Optional<ProfileView> fetch() {
        profile = handle == null ? null : profiles.view(handle, caller.viewer(locale.getLocale())).orElse(null);
        return Optional.ofNullable(profile);
    }

    public ProfileView getProfile() {
        if (profile == null && handle != null) {
            fetch();
        }
        return profile;
    }

    /** "Mar 2024" in the page's language. */
    public String month(YearMonth month) {
        return month == null ? "" : DateTimeFormatter.ofPattern("MMM yyyy", locale.getLocale()).format(month);
    }
}
