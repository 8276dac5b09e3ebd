package social.rapport.plugins.recruiter.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import social.rapport.plugins.recruiter.RecruiterText;
import social.rapport.spi.error.Refusal;

/** What the plugin's beans share: 404/403 answers, messages in the page's language, posted row parameters. */
final class Pages {

    private Pages() {
    }

    static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
    }

    static void status(int code) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(code, code == 404 ? "Not Found" : "Forbidden");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    static String text(String key, Object... args) {
        return RecruiterText.get(locale(), key, args);
    }

    /** The refusal next to its field when the form has one, else at the top of the page. */
    static void refused(String formId, Refusal refusal) {
        FacesContext context = FacesContext.getCurrentInstance();
        String clientId = formId + ":" + refusal.field();
        boolean fieldExists = formId != null && context.getViewRoot().findComponent(":" + clientId) != null;
        String text = text(refusal.messageKey());
        context.addMessage(fieldExists ? clientId : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    static void flash(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        String text = text(key, args);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static void info(String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static Long parseId(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer parseInt(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new Refusal(field, "recruiter.error.number");
        }
    }

    /**
     * A plain parameter of the posted form (row ids, selects inside repeated rows), also when a
     * client sent it qualified by the form's id ({@code form:name}).
     */
    static String param(String name) {
        java.util.Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String value = params.get(name);
        if (value != null) {
            return value;
        }
        return params.entrySet().stream().filter(e -> e.getKey().endsWith(":" + name)).map(java.util.Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
