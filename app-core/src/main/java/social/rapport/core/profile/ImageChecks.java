package social.rapport.core.profile;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import social.rapport.core.platform.Refusal;
import social.rapport.spi.platform.Images;

/** The {@link Images} platform service: the profile photo checks, offered to plugins. */
@ApplicationScoped
public class ImageChecks implements Images {

    @Override
    public Map<Integer, byte[]> prepare(byte[] upload, List<Integer> widths) {
        try {
            return PhotoProcessor.processKeepingShape(upload, widths);
        } catch (Refusal refusal) {
            throw new RejectedImage(switch (refusal.messageKey()) {
                case "profile.photo.missing" -> RejectedImage.Reason.MISSING;
                case "profile.photo.tooLarge" -> RejectedImage.Reason.TOO_LARGE;
                case "profile.photo.wrongType" -> RejectedImage.Reason.WRONG_TYPE;
                case "profile.photo.tooManyPixels" -> RejectedImage.Reason.TOO_MANY_PIXELS;
                default -> RejectedImage.Reason.UNREADABLE;
            });
        }
    }
}
