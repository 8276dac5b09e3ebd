package social.rapport.spi.platform;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
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

    /** How much of an upload {@link #read} takes into memory before refusing it (the 5 MB check of {@link #prepare} words the usual case). */
    long READ_LIMIT = 12L * 1024 * 1024;

    /**
     * The bytes of a file field of a multipart form (SPI 2, minor addition), for {@link #prepare}: empty when no
     * file was chosen (then {@code prepare} refuses it as {@code MISSING}).
     *
     * @throws RejectedImage {@code TOO_LARGE} above {@link #READ_LIMIT}, {@code UNREADABLE} when the upload cannot be read
     */
    static byte[] read(Part file) {
        if (file == null || file.getSize() <= 0) {
            return new byte[0];
        }
        if (file.getSize() > READ_LIMIT) {
            throw new RejectedImage(RejectedImage.Reason.TOO_LARGE);
        }
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new RejectedImage(RejectedImage.Reason.UNREADABLE);
        }
    }

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
