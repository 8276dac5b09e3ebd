package social.rapport.plugins.recruiter.web;

import static social.rapport.plugins.recruiter.RecruiterText.PAGES;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import social.rapport.plugins.recruiter.application.Application;
import social.rapport.plugins.recruiter.application.ApplicationService;
import social.rapport.plugins.recruiter.application.CloseReason;
import social.rapport.plugins.recruiter.application.Note;
import social.rapport.plugins.recruiter.application.Stage;
import social.rapport.plugins.recruiter.job.Job;
import social.rapport.plugins.recruiter.job.JobService;
import social.rapport.spi.error.Forbidden;
import social.rapport.spi.error.NotFound;
import social.rapport.spi.error.Refusal;

/** {@code /p/recruiter/manage/pipeline.xhtml?job=42}: a job's applicants by stage, moves with a reason, private notes. */
@Named
@ViewScoped
public class Pipeline implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobService jobs;

    @Inject
    ApplicationService applications;

    private String job;
    private Job current;

    public void load() {
        Long id = PAGES.parseId(job);
        try {
            current = jobs.managed(id == null ? -1 : id);
        } catch (NotFound | Forbidden e) {
            PAGES.status(404); // another organisation's job: not even its existence
        }
    }

    public List<Application> getApplications() {
        return current == null ? List.of() : applications.pipeline(current.id());
    }

    public List<Note> notes(Application a) {
        return applications.notes(a.id());
    }

    public String move() {
        try {
            Long id = PAGES.parseId(PAGES.param("application"));
            Stage to = parse(Stage.class, PAGES.param("stage"));
            CloseReason reason = parse(CloseReason.class, PAGES.param("reason"));
            applications.move(id == null ? -1 : id, to, reason);
            PAGES.flash("recruiter.pipeline.moved", PAGES.text("recruiter.stage." + to.name()));
            return redirect();
        } catch (Refusal r) {
            PAGES.refused(null, r);
        } catch (NotFound e) {
            PAGES.status(404);
        }
        return null;
    }

    public String note() {
        try {
            Long id = PAGES.parseId(PAGES.param("application"));
            applications.addNote(id == null ? -1 : id, PAGES.param("body"));
            PAGES.flash("recruiter.note.saved");
            return redirect();
        } catch (Refusal r) {
            PAGES.refused(null, r);
        } catch (NotFound e) {
            PAGES.status(404);
        }
        return null;
    }

    private String redirect() {
        return "/p/recruiter/manage/pipeline.xhtml?faces-redirect=true&job=" + current.id();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public List<Stage> getTargets() {
        return Arrays.stream(Stage.values()).filter(s -> s != Stage.APPLIED && s != Stage.WITHDRAWN).toList();
    }

    public List<CloseReason> getReasons() { return Arrays.asList(CloseReason.values()); }
    public Job getCurrent() { return current; }
    public String getJob() { return job; }
    public void setJob(String job) { this.job = job; }
}
