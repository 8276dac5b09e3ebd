package social.rapport.web.conversation;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** What the conversation beans share: untrusted request parameters, and answering 404/403 from an action. */
final class Http {

    private Http() {
    }

    /** A numeric request parameter, or null when missing or not a number. */
    static Long id(String name) {
        String value = text(name);
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A plain (non-Faces) form field by its name. A field prefixed with the form's id
     * ("form:name", as clients that post Faces forms name fields) is read first; both are untrusted.
     */
    static String text(String name) {
        java.util.Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return parameters.entrySet().stream().filter(e -> e.getKey().endsWith(":" + name)).map(java.util.Map.Entry::getValue)
                .findFirst().orElse(parameters.get(name));
    }

    /** A yyyy-MM-dd request parameter, or null. */
    static LocalDate date(String name) {
        String value = text(name);
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Ends the request with an error status (404 for what the caller may not know exists, 403 for what they may not do). */
    static String fail(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return null;
    }
}
