package social.rapport.plugins.recruiter.web;

import static social.rapport.plugins.recruiter.RecruiterText.PAGES;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import social.rapport.plugins.recruiter.organisation.Organisation;
import social.rapport.plugins.recruiter.organisation.OrganisationService;
import social.rapport.spi.error.Forbidden;
import social.rapport.spi.error.NotFound;

/** {@code /p/recruiter/admin/organisations.xhtml} (admins): organisations waiting for approval. */
@Named
@RequestScoped
public class ApproveOrganisations {

    @Inject
    OrganisationService organisations;

    private List<Organisation> pending;

    public List<Organisation> getPending() {
        if (pending == null) {
            pending = organisations.pending();
        }
        return pending;
    }

    public String approve() {
        return decide(true);
    }

    public String decline() {
        return decide(false);
    }

    private String decide(boolean approve) {
        try {
            Long id = PAGES.parseId(PAGES.param("organisation"));
            organisations.decide(id == null ? -1 : id, approve);
            PAGES.flash(approve ? "recruiter.admin.approved" : "recruiter.admin.declined");
            return "/p/recruiter/admin/organisations.xhtml?faces-redirect=true";
        } catch (NotFound e) {
            PAGES.status(404);
        } catch (Forbidden e) {
            PAGES.status(403);
        }
        return null;
    }
}
