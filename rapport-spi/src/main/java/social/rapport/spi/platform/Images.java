package social.rapport.spi.platform;

import java.util.List;
import java.util.Map;

/**
 * Platform service: the checks and re-encoding the core applies to profile photos, for images a
 * plugin accepts from members (an event's cover, for example). The image is judged by its bytes,
 * never by its name or declared type.
 */
public interface Images {

    /**
     * Checks an uploaded image (JPEG, PNG or WebP, at most 5 MB and 40 megapixels) and re-encodes
     * it as JPEG, once per requested width (never wider than the original), dropping its metadata.
     *
     * @return the JPEG bytes by requested width
     * @throws RejectedImage when the image is missing, too large, of another type or unreadable
     */
    Map<Integer, byte[]> prepare(byte[] upload, List<Integer> widths);

    /** Why an image was refused; {@link #reason()} lets the plugin word the message itself. */
    final class RejectedImage extends RuntimeException {

        public enum Reason { MISSING, TOO_LARGE, WRONG_TYPE, TOO_MANY_PIXELS, UNREADABLE }

        private final Reason reason;

        public RejectedImage(Reason reason) {
            super("Image refused: " + reason);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
