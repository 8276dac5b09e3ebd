package social.rapport.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import social.rapport.spi.error.Refusal;

/** Turns message keys into text in the page's language and shows them next to the field at fault. */
public final class Messages {

    public static final String BUNDLE = "social.rapport.web.i18n.messages";
    /** The feature bundles (see faces-config.xml); a key is looked up in the main bundle first. */
    static final List<String> FEATURE_BUNDLES = List.of(
            "social.rapport.web.i18n.profile", "social.rapport.web.i18n.network", "social.rapport.web.i18n.search",
            "social.rapport.web.i18n.feed", "social.rapport.web.i18n.notification", "social.rapport.web.i18n.conversation");

    private Messages() {
    }

    public static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot().getLocale();
        String pattern = key;
        for (String name : Stream.concat(Stream.of(BUNDLE), FEATURE_BUNDLES.stream()).toList()) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, locale);
            if (bundle.containsKey(key)) {
                pattern = bundle.getString(key);
                break;
            }
        }
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    /** An error attached to the input with this client id (null: the whole form). */
    public static void error(String clientId, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** Shows a service's refusal next to the input named like the refused field, in this form. */
    public static void refused(String formId, Refusal refusal) {
        error(formId + ":" + refusal.field(), refusal.messageKey());
    }

    /** A confirmation shown on this page. */
    public static void info(String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** A confirmation that survives one redirect. */
    public static void flash(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        String text = text(key, args);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
