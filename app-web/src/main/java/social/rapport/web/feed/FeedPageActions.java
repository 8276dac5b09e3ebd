package social.rapport.web.feed;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import social.rapport.core.platform.AccessDenied;
import social.rapport.core.platform.Refusal;
import social.rapport.core.profile.PhotoProcessor;
import social.rapport.web.platform.Messages;

/** What the feed's beans share: running an action with its message, and reading an uploaded image. */
final class FeedPageActions {

    private FeedPageActions() {
    }

    /**
     * Runs the action: its confirmation on success; a refusal next to the field of {@code formId}
     * (or above the page when the field is not in the form); 403 when the caller may not do it.
     */
    static boolean act(String formId, java.util.Set<String> fields, String doneKey, Runnable action) {
        try {
            action.run();
            if (doneKey != null) {
                Messages.info(doneKey);
            }
            return true;
        } catch (Refusal refusal) {
            if (formId != null && fields.contains(refusal.field())) {
                Messages.refused(formId, refusal);
            } else {
                Messages.error(null, refusal.messageKey());
            }
            return false;
        } catch (AccessDenied denied) {
            forbidden();
            return false;
        }
    }

    static void forbidden() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(403, "Forbidden");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        context.responseComplete();
    }

    static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(404, "Not Found");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        context.responseComplete();
    }

    /** The uploaded image's bytes, null when none was chosen; at most one byte more than allowed is read. */
    static byte[] image(Part part) {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        if (part.getSize() > PhotoProcessor.MAX_BYTES) {
            throw new Refusal("photo", "profile.photo.tooLarge");
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(PhotoProcessor.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new Refusal("photo", "profile.photo.corrupt");
        } finally {
            try {
                part.delete();
            } catch (IOException ignored) {
                // a temporary file the container removes anyway
            }
        }
    }

    /** A long from a request parameter, or null. */
    static Long id(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(value);
    }

    /** Redirects to an application path (a route like /post/12, not a view id), keeping flashed messages. */
    static String redirect(String path) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.getExternalContext().getFlash().setRedirect(true);
        try {
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        context.responseComplete();
        return null;
    }
}
