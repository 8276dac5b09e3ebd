package social.rapport.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language pages are shown in: the browser's preferred supported language until the person
 * picks one in the footer, then that one for the rest of the session. Request-scoped, with the
 * choice kept as a session attribute, so that reading the language never creates an HTTP session:
 * an anonymous visitor gets one only when they pick a language (or sign in).
 */
@Named
@RequestScoped
public class LocaleSelection {

    static final String CHOSEN = LocaleSelection.class.getName() + ".chosen";
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.ITALIAN);

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            Object session = context.getExternalContext().getSession(false);
            Object chosen = session == null ? null : context.getExternalContext().getSessionMap().get(CHOSEN);
            locale = chosen instanceof Locale l ? l : context.getApplication().getViewHandler().calculateLocale(context);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** Switches language and reloads the current page. */
    public void choose(String language) {
        SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().ifPresent(chosen -> {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            Map<String, Object> session = external.getSessionMap(); // creates the session: the choice lasts for it
            session.put(CHOSEN, chosen);
            locale = chosen;
            FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
        });
    }
}
