package social.rapport.plugins.recruiter.web;

import static social.rapport.plugins.recruiter.RecruiterText.PAGES;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import social.rapport.plugins.recruiter.application.Application;
import social.rapport.plugins.recruiter.application.ApplicationService;
import social.rapport.plugins.recruiter.application.Responsiveness;
import social.rapport.plugins.recruiter.job.Job;
import social.rapport.plugins.recruiter.job.JobService;
import social.rapport.spi.error.NotFound;
import social.rapport.spi.error.Refusal;
import social.rapport.spi.platform.CurrentViewer;

/** {@code /p/recruiter/job.xhtml?id=42}: the job with its pay range and responsiveness, and "Apply". */
@Named
@ViewScoped
public class ViewJob implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobService jobs;

    @Inject
    ApplicationService applications;

    @Inject
    CurrentViewer viewer;

    private String id;
    private Job job;
    private Responsiveness responsiveness;
    private Application mine;
    private String note;

    public void load() {
        Long jobId = PAGES.parseId(id);
        try {
            if (jobId == null) {
                throw new NotFound("job");
            }
            job = jobs.visible(jobId);
            responsiveness = applications.responsiveness(job.organisationId(), job.id()).orElse(null);
            mine = viewer.get().signedIn() ? applications.mineFor(jobId).orElse(null) : null;
        } catch (NotFound e) {
            PAGES.status(404);
        }
    }

    public String apply() {
        try {
            applications.apply(job.id(), note);
            PAGES.flash("recruiter.apply.done");
            return "/p/recruiter/job.xhtml?faces-redirect=true&id=" + job.id();
        } catch (Refusal r) {
            PAGES.refused("apply", r);
        } catch (NotFound e) {
            PAGES.status(404);
        }
        return null;
    }

    public boolean isSignedIn() { return viewer.get().signedIn(); }
    public Job getJob() { return job; }
    public Responsiveness getResponsiveness() { return responsiveness; }
    public Application getMine() { return mine; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Optional<Application> mine() { return Optional.ofNullable(mine); }
}
