package social.rapport.plugins.recruiter.web;

import static social.rapport.plugins.recruiter.RecruiterText.PAGES;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import social.rapport.plugins.recruiter.job.Job;
import social.rapport.plugins.recruiter.job.JobSearch;
import social.rapport.plugins.recruiter.job.JobService;
import social.rapport.spi.error.Refusal;

/** {@code /p/recruiter/jobs.xhtml}: open jobs, newest first, searched by title, location, remote, skill and pay; keyset pages. */
@Named
@RequestScoped
public class JobList {

    @Inject
    JobService jobs;

    private String title;
    private String location;
    private boolean remote;
    private String skill;
    private String pay;
    private String after;
    private List<Job> results = List.of();

    @Inject
    social.rapport.plugins.recruiter.organisation.OrganisationService organisations;

    /** Holds the recruiter capability: the desk link, else the link to apply for it. */
    public boolean isRecruiter() {
        return organisations.holdsCapability();
    }

    public void load() {
        Integer payAtLeast;
        try {
            payAtLeast = PAGES.parseInt(pay, "pay", "recruiter.error.number");
        } catch (Refusal r) {
            PAGES.refused(null, r);
            payAtLeast = null;
        }
        Long cursor = PAGES.parseId(after);
        results = jobs.search(new JobSearch(title, location, remote, skill, payAtLeast, cursor == null ? 0 : cursor));
    }

    /** The "More" link, or null when this page is the last. */
    public String getNextHref() {
        if (results.size() < JobService.PAGE) {
            return null;
        }
        return "/p/recruiter/jobs.xhtml?title=" + enc(title) + "&location=" + enc(location) + "&remote=" + remote
                + "&skill=" + enc(skill) + "&pay=" + enc(pay) + "&after=" + results.get(results.size() - 1).id();
    }

    private static String enc(String s) {
        return s == null ? "" : java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    public List<Job> getResults() { return results; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public boolean isRemote() { return remote; }
    public void setRemote(boolean remote) { this.remote = remote; }
    public String getSkill() { return skill; }
    public void setSkill(String skill) { this.skill = skill; }
    public String getPay() { return pay; }
    public void setPay(String pay) { this.pay = pay; }
    public String getAfter() { return after; }
    public void setAfter(String after) { this.after = after; }
}
