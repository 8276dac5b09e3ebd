package social.rapport.plugins.sponsored.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import social.rapport.plugins.sponsored.SponsoredText;
import social.rapport.plugins.sponsored.SponsoredRefusal;

/** What the plugin's beans share: answering 404/403, redirecting to sign in, and showing messages in the page's language. */
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

    static void notFound() {
        status(404);
    }

    static void forbidden() {
        status(403);
    }

    /** Anonymous visitors are sent to sign in. */
    static void signIn() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/signin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    static String text(String key, Object... args) {
        return SponsoredText.get(locale(), key, args);
    }

    /** The refusal next to its field when the form has one, else at the top of the page. */
    static void refused(String formId, SponsoredRefusal refusal) {
        FacesContext context = FacesContext.getCurrentInstance();
        String clientId = formId + ":" + refusal.field();
        boolean fieldExists = formId != null && context.getViewRoot().findComponent(":" + clientId) != null;
        String text = text(refusal.messageKey(), refusal.args());
        context.addMessage(fieldExists ? clientId : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    static void error(String clientId, String key) {
        String text = text(key);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** A confirmation that survives the redirect after a successful action. */
    static void flash(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        String text = text(key, args);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static Long parseId(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A request parameter of the posted form (hidden row ids). */
    static Long param(String name) {
        return parseId(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name));
    }
}
