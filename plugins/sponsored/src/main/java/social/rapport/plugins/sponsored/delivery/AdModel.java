package social.rapport.plugins.sponsored.delivery;

import java.io.Serializable;
import java.util.List;

/**
 * What the feed fragment shows of one ad (never a member's name or photo).
 *
 * @param token   the opaque id of this impression: clicks and "About this ad" carry it, never a URL
 * @param matched the targeting parameters that matched this member, in words ("Skills: Java"); empty when untargeted
 * @param imageHref the creative's image, or null when it has none
 * @param costMilli the price of this impression and {@code frequencyCap} the cap per member and day, as the
 *                  settings were when the feed page asked for it (the payment checks them; never shown)
 */
public record AdModel(String token, long campaignId, String headline, String body, String cta, String payer,
                      String organisation, List<String> matched, String imageHref,
                      long costMilli, int frequencyCap) implements Serializable {

    public AdModel {
        matched = List.copyOf(matched);
    }

    public String clickHref() {
        return "/p/sponsored/click?i=" + token;
    }

    public String aboutHref() {
        return "/p/sponsored/ad.xhtml?i=" + token;
    }
}
