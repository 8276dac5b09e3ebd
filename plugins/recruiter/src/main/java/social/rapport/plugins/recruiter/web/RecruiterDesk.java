package social.rapport.plugins.recruiter.web;

import static social.rapport.plugins.recruiter.RecruiterText.PAGES;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import social.rapport.plugins.recruiter.job.Job;
import social.rapport.plugins.recruiter.job.JobOutcome;
import social.rapport.plugins.recruiter.job.JobService;
import social.rapport.plugins.recruiter.organisation.Organisation;
import social.rapport.plugins.recruiter.organisation.OrganisationService;
import social.rapport.spi.error.Forbidden;
import social.rapport.spi.error.NotFound;
import social.rapport.spi.error.Refusal;

/**
 * {@code /p/recruiter/manage/index.xhtml} (holders of recruiter.recruiter): my organisations (with
 * their approval status; the one my approved application named joins the list here), creating
 * another one (it waits for an admin), the jobs of each approved one with links to their pipelines,
 * and my outreach standing (credits, answer rate, the warning before the one-at-a-time limit).
 */
@Named
@ViewScoped
public class RecruiterDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisations;

    @Inject
    JobService jobs;

    private String name;
    private String website;
    private String description;
    private String handle;

    private List<Organisation> mine;

    /** The caller's organisations; the first read settles an approved application's organisation. */
    public List<Organisation> getMine() {
        if (mine == null) {
            mine = organisations.mine();
        }
        return mine;
    }

    @Inject
    social.rapport.plugins.recruiter.candidate.SavedSearches saved;

    /** My saved candidate searches, for organisations I still recruit for. */
    public List<social.rapport.plugins.recruiter.candidate.SavedSearch> getSaved() {
        getMine(); // settles first
        return saved.mine();
    }

    public String deleteSaved() {
        try {
            Long id = PAGES.idParam("search");
            saved.delete(id == null ? -1 : id);
            PAGES.flash("recruiter.saved.deleted");
            return "/p/recruiter/manage/index.xhtml?faces-redirect=true";
        } catch (NotFound e) {
            PAGES.status(404);
        }
        return null;
    }

    @Inject
    social.rapport.plugins.recruiter.outreach.OutreachService outreach;

    private social.rapport.plugins.recruiter.outreach.Standing standing;

    /** My outreach credits and 13% standing (with the warning before the limit), read once per view. */
    public social.rapport.plugins.recruiter.outreach.Standing getStanding() {
        if (standing == null) {
            standing = outreach.mine();
        }
        return standing;
    }

    public List<Job> jobsOf(Organisation o) {
        return o.approved() ? jobs.allOf(o.id()) : List.of();
    }

    public String create() {
        try {
            Organisation o = organisations.create(name, website, description);
            PAGES.flash("recruiter.org.created", o.name());
            return "/p/recruiter/manage/index.xhtml?faces-redirect=true";
        } catch (Refusal r) {
            PAGES.refused("org", r);
            return null;
        }
    }

    public String addRecruiter() {
        try {
            Long id = PAGES.parseId(PAGES.param("organisation"));
            organisations.addRecruiter(id == null ? -1 : id, PAGES.param("handle"));
            PAGES.flash("recruiter.org.recruiterAdded");
            return "/p/recruiter/manage/index.xhtml?faces-redirect=true";
        } catch (Refusal r) {
            PAGES.refused(null, r);
        } catch (NotFound | Forbidden e) {
            PAGES.status(403);
        }
        return null;
    }

    public String closeJob() {
        try {
            Long id = PAGES.parseId(PAGES.param("job"));
            JobOutcome outcome;
            try {
                outcome = JobOutcome.valueOf(PAGES.param("outcome"));
            } catch (RuntimeException e) {
                throw new Refusal("outcome", "recruiter.job.error.outcome");
            }
            jobs.close(id == null ? -1 : id, outcome);
            PAGES.flash("recruiter.job.closed");
            return "/p/recruiter/manage/index.xhtml?faces-redirect=true";
        } catch (Refusal r) {
            PAGES.refused(null, r);
        } catch (NotFound | Forbidden e) {
            PAGES.status(404);
        }
        return null;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getHandle() { return handle; }
    public void setHandle(String handle) { this.handle = handle; }
}
