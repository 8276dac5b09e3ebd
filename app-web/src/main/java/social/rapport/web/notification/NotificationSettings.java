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
import social.rapport.core.notification.NotificationPreferences;
import social.rapport.core.notification.TypeSetting;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/** {@code /notifications/preferences}: each notification type on or off. */
@Named
@ViewScoped
public class NotificationSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NotificationPreferences preferences;

    private List<TypeSetting> settings = new ArrayList<>();
    private final Map<String, Boolean> on = new HashMap<>();

    public void load() {
        settings = preferences.settings(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        on.clear();
        settings.forEach(s -> on.put(s.type(), s.on()));
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

    public Map<String, Boolean> getOn() {
        return on;
    }
}
