package social.rapport.plugins.recruiter.web;

import static social.rapport.plugins.recruiter.RecruiterText.PAGES;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import social.rapport.plugins.recruiter.application.ApplicationService;
import social.rapport.plugins.recruiter.application.Responsiveness;
import social.rapport.plugins.recruiter.job.Job;
import social.rapport.plugins.recruiter.job.JobService;
import social.rapport.plugins.recruiter.organisation.Organisation;
import social.rapport.plugins.recruiter.organisation.OrganisationService;

/** {@code /p/recruiter/org.xhtml?slug=acme}: an approved organisation, its open jobs and its responsiveness. */
@Named
@RequestScoped
public class ViewOrganisation {

    @Inject
    OrganisationService organisations;

    @Inject
    JobService jobs;

    @Inject
    ApplicationService applications;

    private String slug;
    private Organisation organisation;
    private List<Job> open = List.of();
    private Responsiveness responsiveness;

    public void load() {
        organisation = organisations.bySlug(slug).orElse(null);
        if (organisation == null) {
            PAGES.status(404);
            return;
        }
        open = jobs.openOf(organisation.id());
        responsiveness = applications.responsiveness(organisation.id(), null).orElse(null);
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Organisation getOrganisation() { return organisation; }
    public List<Job> getOpen() { return open; }
    public Responsiveness getResponsiveness() { return responsiveness; }
}
