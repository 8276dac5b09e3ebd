package social.rapport.plugins.recruiter.web;

import static social.rapport.plugins.recruiter.RecruiterText.PAGES;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import social.rapport.plugins.recruiter.candidate.Candidate;
import social.rapport.plugins.recruiter.candidate.CandidateQuery;
import social.rapport.plugins.recruiter.candidate.CandidateService;
import social.rapport.plugins.recruiter.job.Job;
import social.rapport.plugins.recruiter.job.JobService;
import social.rapport.spi.error.Forbidden;
import social.rapport.spi.error.NotFound;

/**
 * {@code /p/recruiter/manage/candidates.xhtml?job=42}: members who turned on "Open to opportunities"
 * and let this organisation see it, matched on what they shared and on the job's maximum pay. View
 * scoped: the rows' "Write about this job" forms post back to the same results.
 */
@Named
@jakarta.faces.view.ViewScoped
public class FindCandidates implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobService jobs;

    @Inject
    CandidateService candidates;

    private String job;
    private String words;
    private String location;
    private String after;
    private Job current;
    private List<Candidate> results = List.of();

    public void load() {
        Long id = PAGES.parseId(job);
        try {
            current = jobs.managed(id == null ? -1 : id);
            Long cursor = PAGES.parseId(after);
            results = candidates.search(new CandidateQuery(current.organisationId(), words, location, current.payMax(),
                    current.currency(), cursor == null ? 0 : cursor));
        } catch (NotFound | Forbidden e) {
            PAGES.status(404);
        }
    }

    public String getNextHref() {
        if (results.size() < CandidateService.PAGE) {
            return null;
        }
        return "/p/recruiter/manage/candidates.xhtml?job=" + current.id() + "&words=" + enc(words) + "&location=" + enc(location)
                + "&after=" + results.get(results.size() - 1).memberId();
    }

    private static String enc(String s) {
        return s == null ? "" : java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Inject
    social.rapport.plugins.recruiter.outreach.OutreachService outreach;

    private social.rapport.plugins.recruiter.outreach.Standing standing;

    /** The caller's outreach credits and 13% standing, read once per request. */
    public social.rapport.plugins.recruiter.outreach.Standing getStanding() {
        if (standing == null) {
            standing = outreach.mine();
        }
        return standing;
    }

    @Inject
    social.rapport.plugins.recruiter.candidate.SavedSearches saved;

    private String searchName;

    /** "Save this search": the job, words and location of this page, under a name, on the recruiter's desk. */
    public String saveSearch() {
        try {
            saved.save(current == null ? -1 : current.id(), searchName, words, location);
            PAGES.flash("recruiter.saved.done");
            return "/p/recruiter/manage/index.xhtml?faces-redirect=true";
        } catch (social.rapport.spi.error.Refusal r) {
            PAGES.refused("save-search", r);
        } catch (NotFound | Forbidden e) {
            PAGES.status(404);
        }
        return null;
    }

    public String getSearchName() { return searchName; }
    public void setSearchName(String searchName) { this.searchName = searchName; }

    public Job getCurrent() { return current; }
    public List<Candidate> getResults() { return results; }
    public String getJob() { return job; }
    public void setJob(String job) { this.job = job; }
    public String getWords() { return words; }
    public void setWords(String words) { this.words = words; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getAfter() { return after; }
    public void setAfter(String after) { this.after = after; }
}
