package social.rapport.plugins.recruiter.web;

import static social.rapport.plugins.recruiter.RecruiterText.PAGES;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import social.rapport.plugins.recruiter.candidate.CandidateService;
import social.rapport.plugins.recruiter.candidate.OpenTo;
import social.rapport.plugins.recruiter.organisation.Organisation;
import social.rapport.plugins.recruiter.organisation.OrganisationService;
import social.rapport.spi.error.Refusal;

/** {@code /p/recruiter/open-to.xhtml}: "Open to opportunities" — off until the member turns it on. */
@Named
@ViewScoped
public class EditOpenTo implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CandidateService candidates;

    @Inject
    OrganisationService organisations;

    private boolean open;
    private String roles;
    private String titles;
    private String locations;
    private boolean remote;
    private String skills;
    private String minPay;
    private String currency;
    private String currentEmployer;
    private String visibleTo = "ALL";
    private List<String> chosen = new ArrayList<>();
    private List<Organisation> choices = List.of();

    public void load() {
        OpenTo o = candidates.mine();
        open = o.open();
        roles = o.roles();
        titles = o.titles();
        locations = o.locations();
        remote = o.remote();
        skills = o.skills();
        minPay = o.minPay() == null ? "" : o.minPay().toString();
        currency = o.currency();
        currentEmployer = o.currentEmployer();
        visibleTo = o.onlyChosen() ? "CHOSEN" : "ALL";
        chosen = new ArrayList<>(o.chosen().stream().map(String::valueOf).toList());
        choices = organisations.approved();
    }

    public String save() {
        try {
            HashSet<Long> ids = new HashSet<>();
            for (String c : chosen) {
                Long id = PAGES.parseId(c);
                if (id != null) {
                    ids.add(id);
                }
            }
            candidates.save(new OpenTo(0, open, roles, titles, locations, remote, skills, PAGES.parseInt(minPay, "minPay", "recruiter.error.number"), currency,
                    currentEmployer, "CHOSEN".equals(visibleTo), ids));
            PAGES.flash(open ? "recruiter.openTo.savedOpen" : "recruiter.openTo.savedClosed");
            return "/p/recruiter/open-to.xhtml?faces-redirect=true";
        } catch (Refusal r) {
            PAGES.refused("openTo", r);
            return null;
        }
    }

    public List<Organisation> getChoices() { return choices; }
    public boolean isOpen() { return open; }
    public void setOpen(boolean open) { this.open = open; }
    public String getTitles() { return titles; }
    public void setTitles(String titles) { this.titles = titles; }
    public String getRoles() { return roles; }
    public void setRoles(String roles) { this.roles = roles; }
    public String getLocations() { return locations; }
    public void setLocations(String locations) { this.locations = locations; }
    public boolean isRemote() { return remote; }
    public void setRemote(boolean remote) { this.remote = remote; }
    public String getSkills() { return skills; }
    public void setSkills(String skills) { this.skills = skills; }
    public String getMinPay() { return minPay; }
    public void setMinPay(String minPay) { this.minPay = minPay; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getCurrentEmployer() { return currentEmployer; }
    public void setCurrentEmployer(String currentEmployer) { this.currentEmployer = currentEmployer; }
    public String getVisibleTo() { return visibleTo; }
    public void setVisibleTo(String visibleTo) { this.visibleTo = visibleTo; }
    public List<String> getChosen() { return chosen; }
    public void setChosen(List<String> chosen) { this.chosen = chosen; }
}
