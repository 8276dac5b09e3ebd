package social.rapport.web.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language pages are shown in: the browser's preferred supported language until the person
 * picks one in the footer, then that one for the rest of the session.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.ITALIAN);

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getViewHandler().calculateLocale(context);
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** Switches language and reloads the current page. */
    public void choose(String language) {
        SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().ifPresent(locale -> {
            chosen = locale;
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        });
    }
}
