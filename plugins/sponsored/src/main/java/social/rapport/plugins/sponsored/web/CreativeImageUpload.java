package social.rapport.plugins.sponsored.web;

import static social.rapport.plugins.sponsored.SponsoredText.PAGES;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import social.rapport.plugins.sponsored.SponsoredForbidden;
import social.rapport.plugins.sponsored.SponsoredNotFound;
import social.rapport.plugins.sponsored.SponsoredRefusal;
import social.rapport.plugins.sponsored.campaign.CreativeImages;
import social.rapport.spi.platform.CurrentViewer;

/**
 * The "image" form of {@code /p/sponsored/edit.xhtml?id=}: attaches or removes the creative's image
 * (multipart; the campaign id is posted and checked again in {@link CreativeImages}).
 */
@Named
@ViewScoped
public class CreativeImageUpload implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Upload size the page reads before the core's checks (5 MB) give their own message. */
    private static final long MAX_UPLOAD = 12L * 1024 * 1024;

    @Inject
    CurrentViewer viewer;

    @Inject
    CreativeImages images;

    private Long campaignId; // the posted id of the last action, for the redirect
    private transient Part file;

    public String upload() {
        try {
            byte[] bytes = new byte[0];
            if (file != null && file.getSize() > 0) {
                if (file.getSize() > MAX_UPLOAD) {
                    throw new SponsoredRefusal("file", "sponsored.image.tooLarge");
                }
                try (InputStream in = file.getInputStream()) {
                    bytes = in.readAllBytes();
                }
            }
            images.attach(viewer.get(), id(), bytes);
            PAGES.flash("sponsored.image.saved");
            return "/p/sponsored/campaign.xhtml?faces-redirect=true&id=" + campaignId;
        } catch (SponsoredRefusal refusal) {
            PAGES.refused("image", refusal.field(), refusal.messageKey(), refusal.args());
        } catch (IOException e) {
            PAGES.error("image:file", "sponsored.image.unreadable");
        } catch (SponsoredNotFound e) {
            PAGES.notFound();
        } catch (SponsoredForbidden e) {
            PAGES.forbidden();
        }
        return null;
    }

    public String remove() {
        try {
            images.remove(viewer.get(), id());
            PAGES.flash("sponsored.image.removed");
            return "/p/sponsored/campaign.xhtml?faces-redirect=true&id=" + campaignId;
        } catch (SponsoredRefusal refusal) {
            PAGES.refused("image", refusal.field(), refusal.messageKey(), refusal.args());
        } catch (SponsoredNotFound e) {
            PAGES.notFound();
        } catch (SponsoredForbidden e) {
            PAGES.forbidden();
        }
        return null;
    }

    private long id() {
        campaignId = PAGES.idParam("campaign");
        if (campaignId == null) {
            throw new SponsoredNotFound("campaign");
        }
        return campaignId;
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
