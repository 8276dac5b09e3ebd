package social.rapport.plugins.recruiter.web;

import static social.rapport.plugins.recruiter.RecruiterText.PAGES;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import social.rapport.plugins.recruiter.organisation.Organisation;
import social.rapport.plugins.recruiter.organisation.OrganisationPages;
import social.rapport.spi.error.Forbidden;
import social.rapport.spi.error.NotFound;
import social.rapport.spi.error.Refusal;
import social.rapport.spi.platform.Images;

/**
 * {@code /p/recruiter/manage/organisation.xhtml?org=3} (the organisation's recruiters; others 403):
 * "Save organisation page" (name, website, description) and the logo (upload, remove). Each form
 * posts the organisation's id; {@link OrganisationPages} checks the caller again for that id.
 */
@Named
@ViewScoped
public class EditOrganisation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationPages pages;

    private String org;
    private Organisation organisation;
    private String name;
    private String website;
    private String description;
    private transient Part file;

    public void load() {
        Long id = PAGES.parseId(org);
        try {
            organisation = pages.forEditing(id == null ? -1 : id);
            name = organisation.name();
            website = organisation.website();
            description = organisation.description();
        } catch (NotFound e) {
            PAGES.status(404);
        } catch (Forbidden e) {
            PAGES.status(403);
        }
    }

    public String save() {
        try {
            long id = postedId();
            Organisation saved = pages.edit(id, name, website, description);
            PAGES.flash("recruiter.org.saved", saved.name());
            return back(id);
        } catch (Refusal r) {
            PAGES.refused("edit", r);
        } catch (NotFound | Forbidden e) {
            PAGES.status(403);
        }
        return null;
    }

    public String uploadLogo() {
        try {
            long id = postedId();
            pages.setLogo(id, Images.read(file));
            PAGES.flash("recruiter.logo.saved");
            return back(id);
        } catch (Images.RejectedImage rejected) {
            PAGES.refused("logo", OrganisationPages.logoRefusal(rejected));
        } catch (Refusal r) {
            PAGES.refused("logo", r);
        } catch (NotFound | Forbidden e) {
            PAGES.status(403);
        }
        return null;
    }

    public String removeLogo() {
        try {
            long id = postedId();
            pages.removeLogo(id);
            PAGES.flash("recruiter.logo.removed");
            return back(id);
        } catch (NotFound | Forbidden e) {
            PAGES.status(403);
        }
        return null;
    }

    /** The organisation id the form posted (a replayed form may carry another one: the service decides). */
    private long postedId() {
        Long id = PAGES.idParam("organisation");
        if (id == null) {
            throw new NotFound("organisation");
        }
        return id;
    }

    private static String back(long id) {
        return "/p/recruiter/manage/organisation.xhtml?faces-redirect=true&org=" + id;
    }

    public Organisation getOrganisation() { return organisation; }
    public String getOrg() { return org; }
    public void setOrg(String org) { this.org = org; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
