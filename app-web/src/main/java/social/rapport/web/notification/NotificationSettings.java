package social.rapport.web.notification;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import social.rapport.core.notification.EmailPreferences;
import social.rapport.core.notification.NotificationPreferences;
import social.rapport.core.notification.TypeSetting;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/** {@code /notifications/preferences}: each notification type on or off, in the app and by email, and the weekly digest. */
@Named
@ViewScoped
public class NotificationSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NotificationPreferences preferences;

    @Inject
    transient EmailPreferences emailPreferences;

    private List<TypeSetting> settings = new ArrayList<>();
    private final Map<String, Boolean> on = new HashMap<>();
    private final Map<String, Boolean> email = new HashMap<>();

    public void load() {
        settings = preferences.settings(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        on.clear();
        settings.forEach(s -> on.put(s.type(), s.on()));
        Set<String> kinds = new HashSet<>(on.keySet());
        kinds.add(EmailPreferences.DIGEST);
        email.clear();
        email.putAll(emailPreferences.mine(kinds));
    }

    public String save() {
        Set<String> off = new HashSet<>();
        on.forEach((type, enabled) -> {
            if (!Boolean.TRUE.equals(enabled)) {
                off.add(type);
            }
        });
        try {
            preferences.save(new HashSet<>(on.keySet()), off);
            emailPreferences.save(email);
        } catch (Refusal refusal) {
            Messages.error(null, refusal.messageKey());
            load();
            return null;
        }
        Messages.flash("notification.preferences.saved");
        return "/notifications/preferences?faces-redirect=true";
    }

    public List<TypeSetting> getSettings() {
        return settings;
    }

    /** Mail per type, and the weekly digest under {@link EmailPreferences#DIGEST}. */
    public Map<String, Boolean> getEmail() {
        return email;
    }

    public String getDigest() {
        return EmailPreferences.DIGEST;
    }

    public Map<String, Boolean> getOn() {
        return on;
    }
}
