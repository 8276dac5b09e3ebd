package social.rapport.spi.page;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import social.rapport.spi.error.Refusal;

/**
 * What a plugin's Faces beans share (SPI 2.1): answering 404/403, sending a visitor to sign in,
 * showing messages from the plugin's own bundle in the page's language, and reading posted row
 * parameters. Immutable and thread-safe: a plugin keeps one, bound to its bundle, in a constant
 * (for example {@code EventsText.PAGES = new FacesPages(EventsText::get)}).
 *
 * <p>Every method must run inside a Faces request. A service that throws the SPI's
 * {@link social.rapport.spi.error.NotFound} or {@link social.rapport.spi.error.Forbidden} needs no
 * call here: the core answers 404 / 403 for it; {@link #notFound()} and {@link #forbidden()} are for
 * a bean that decides so itself (in a {@code f:viewAction}).
 */
public final class FacesPages {

    /** The plugin's texts: the message for {@code key} in {@code locale}, placeholders filled from {@code args}. */
    @FunctionalInterface
    public interface Texts {
        String get(Locale locale, String key, Object... args);
    }

    private final Texts texts;

    public FacesPages(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /** The page's language (English outside a view). */
    public Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
    }

    /** Answers with the HTTP error {@code code} (the site's error page) and ends the request. */
    public void status(int code) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(code, code == 404 ? "Not Found" : code == 403 ? "Forbidden" : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    public void notFound() {
        status(404);
    }

    public void forbidden() {
        status(403);
    }

    /** Sends an anonymous visitor to the sign-in page. */
    public void signIn() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/signin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** A text of the plugin's bundle in the page's language. */
    public String text(String key, Object... args) {
        return texts.get(locale(), key, args);
    }

    /** The refusal next to its field when the form {@code formId} has one, else at the top of the page. */
    public void refused(String formId, Refusal refusal) {
        refused(formId, refusal.field(), refusal.messageKey());
    }

    /** A refusal given as its parts: next to {@code formId:field} when the form has that field, else at the top. */
    public void refused(String formId, String field, String messageKey, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        String clientId = formId + ":" + field;
        boolean fieldExists = formId != null && field != null && context.getViewRoot() != null
                && context.getViewRoot().findComponent(":" + clientId) != null;
        add(fieldExists ? clientId : null, FacesMessage.SEVERITY_ERROR, text(messageKey, args));
    }

    /** An error message for the component {@code clientId} ({@code null}: the page). */
    public void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** An information at the top of this page. */
    public void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    /** A confirmation that survives the redirect after a successful action. */
    public void flash(String key, Object... args) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key, args);
    }

    /** A number typed or posted as text; {@code null} when blank or not a number. */
    public Long parseId(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole number typed into {@code field}: {@code null} when blank, a {@link Refusal} ({@code messageKey}) when not a number. */
    public Integer parseInt(String text, String field, String messageKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new Refusal(field, messageKey);
        }
    }

    /**
     * A plain parameter of the posted form (row ids, selects inside repeated rows), also when the
     * client sent it qualified by the form's id ({@code form:name}); {@code null} when absent.
     */
    public String param(String name) {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String value = params.get(name);
        if (value != null) {
            return value;
        }
        return params.entrySet().stream().filter(e -> e.getKey().endsWith(":" + name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** {@link #param} as a number (a posted row id); {@code null} when absent or not a number. */
    public Long idParam(String name) {
        return parseId(param(name));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
