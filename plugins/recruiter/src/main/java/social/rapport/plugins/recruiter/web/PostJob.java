package social.rapport.plugins.recruiter.web;

import static social.rapport.plugins.recruiter.RecruiterText.PAGES;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import social.rapport.plugins.recruiter.job.EmploymentType;
import social.rapport.plugins.recruiter.job.JobDraft;
import social.rapport.plugins.recruiter.job.JobService;
import social.rapport.plugins.recruiter.job.PayPeriod;
import social.rapport.plugins.recruiter.organisation.Organisation;
import social.rapport.plugins.recruiter.organisation.OrganisationService;
import social.rapport.spi.error.Forbidden;
import social.rapport.spi.error.NotFound;
import social.rapport.spi.error.Refusal;

/** {@code /p/recruiter/manage/post-job.xhtml?org=3}: post a job for an approved organisation; the pay range is required. */
@Named
@ViewScoped
public class PostJob implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobService jobs;

    @Inject
    OrganisationService organisations;

    private String org;
    private Organisation organisation;
    private String title;
    private String location;
    private boolean remote;
    private String type = EmploymentType.FULL_TIME.name();
    private String description;
    private String skills;
    private String payMin;
    private String payMax;
    private String currency = "EUR";
    private String period = PayPeriod.YEAR.name();

    public void load() {
        Long id = PAGES.parseId(org);
        try {
            organisation = organisations.requireRecruiter(id == null ? -1 : id);
        } catch (NotFound e) {
            PAGES.status(404);
        } catch (Forbidden e) {
            PAGES.status(403);
        }
    }

    public String save() {
        try {
            long id = jobs.post(organisation.id(), new JobDraft(title, location, remote, enumOf(EmploymentType.class, type, "type"),
                    description, skills, PAGES.parseInt(payMin, "payMin", "recruiter.error.number"), PAGES.parseInt(payMax, "payMax", "recruiter.error.number"), currency,
                    enumOf(PayPeriod.class, period, "period")));
            PAGES.flash("recruiter.job.posted");
            return "/p/recruiter/job.xhtml?faces-redirect=true&id=" + id;
        } catch (Refusal r) {
            PAGES.refused("job", r);
        } catch (Forbidden e) {
            PAGES.status(403);
        }
        return null;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (RuntimeException e) {
            throw new Refusal(field, "recruiter.job.error." + field);
        }
    }

    public List<String> getTypes() { return java.util.Arrays.stream(EmploymentType.values()).map(Enum::name).toList(); }
    public List<String> getPeriods() { return java.util.Arrays.stream(PayPeriod.values()).map(Enum::name).toList(); }
    public Organisation getOrganisation() { return organisation; }
    public String getOrg() { return org; }
    public void setOrg(String org) { this.org = org; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public boolean isRemote() { return remote; }
    public void setRemote(boolean remote) { this.remote = remote; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getSkills() { return skills; }
    public void setSkills(String skills) { this.skills = skills; }
    public String getPayMin() { return payMin; }
    public void setPayMin(String payMin) { this.payMin = payMin; }
    public String getPayMax() { return payMax; }
    public void setPayMax(String payMax) { this.payMax = payMax; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
}
