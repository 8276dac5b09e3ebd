package social.rapport.plugins.sponsored.web;

import static social.rapport.plugins.sponsored.SponsoredText.PAGES;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import social.rapport.plugins.sponsored.SponsoredForbidden;
import social.rapport.plugins.sponsored.SponsoredNotFound;
import social.rapport.plugins.sponsored.SponsoredRefusal;
import social.rapport.plugins.sponsored.campaign.CreativeImages;
import social.rapport.spi.platform.CurrentViewer;
import social.rapport.spi.platform.Images;

/**
 * The "image" form of {@code /p/sponsored/edit.xhtml?id=}: attaches or removes the creative's image
 * (multipart; the campaign id is posted and checked again in {@link CreativeImages}).
 */
@Named
@ViewScoped
public class CreativeImageUpload implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentViewer viewer;

    @Inject
    CreativeImages images;

    private Long campaignId; // the posted id of the last action, for the redirect
    private transient Part file;

    public String upload() {
        try {
            images.attach(viewer.get(), id(), Images.read(file));
            PAGES.flash("sponsored.image.saved");
            return "/p/sponsored/campaign.xhtml?faces-redirect=true&id=" + campaignId;
        } catch (Images.RejectedImage rejected) {
            SponsoredRefusal refusal = CreativeImages.refusal(rejected);
            PAGES.refused("image", refusal.field(), refusal.messageKey(), refusal.args());
        } catch (SponsoredRefusal refusal) {
            PAGES.refused("image", refusal.field(), refusal.messageKey(), refusal.args());
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
