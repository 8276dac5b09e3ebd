package social.rapport.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import social.rapport.core.notification.EmailPreferences;
import social.rapport.core.notification.NotificationTypes;
import social.rapport.core.notification.Unsubscribe;
import social.rapport.spi.notification.NotificationType;
import social.rapport.web.platform.Messages;

/**
 * {@code /email/unsubscribe?token=}: the link of a notification or digest mail, for anyone who
 * has it (no sign-in). GET asks to confirm; POST (the page's button, or a mail program's RFC 8058
 * one-click request, neither of which carries a Faces view state) turns that kind of mail off.
 */
@Named
@RequestScoped
public class UnsubscribeByLink {

    @Inject
    Unsubscribe unsubscribe;

    @Inject
    NotificationTypes types;

    private String token;
    private Unsubscribe.Target target;
    private boolean done;

    /** The view action: checks the token; on POST, unsubscribes. */
    public void load() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Optional<Unsubscribe.Target> found = "POST".equals(request.getMethod()) ? unsubscribe.confirm(token) : unsubscribe.check(token);
        done = found.isPresent() && "POST".equals(request.getMethod());
        target = found.orElse(null);
    }

    public boolean isValid() {
        return target != null;
    }

    public boolean isDone() {
        return done;
    }

    /** "the weekly catch-up email", or: emails about "Invitations received". */
    public String getWhat() {
        if (target == null) {
            return "";
        }
        if (EmailPreferences.DIGEST.equals(target.kind())) {
            return Messages.text("notification.unsubscribe.kind.digest");
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String label = NotificationTypes.pluginOf(target.kind()) == null ? Messages.text("notification.type." + target.kind())
                : types.declared(locale).stream().filter(t -> t.id().equals(target.kind())).map(NotificationType::label)
                        .findFirst().orElse(target.kind());
        return Messages.text("notification.unsubscribe.kind", label);
    }

    public String getEmail() {
        return target == null ? "" : target.email();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
