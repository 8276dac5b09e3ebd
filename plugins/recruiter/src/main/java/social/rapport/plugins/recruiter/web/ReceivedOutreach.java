package social.rapport.plugins.recruiter.web;

import static social.rapport.plugins.recruiter.RecruiterText.PAGES;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import social.rapport.plugins.recruiter.outreach.CandidateOutreach;
import social.rapport.plugins.recruiter.outreach.Outreach;
import social.rapport.spi.error.NotFound;
import social.rapport.spi.error.Refusal;

/**
 * {@code /p/recruiter/outreach.xhtml}: what recruiters wrote to me about their jobs (reply in
 * Messages, or "Not interested" with an optional reason), "Don't contact me again" for an
 * organisation, and the organisations I stopped, each with "Allow again".
 */
@Named
@RequestScoped
public class ReceivedOutreach {

    @Inject
    CandidateOutreach outreach;

    private List<Outreach> received;

    public List<Outreach> getReceived() {
        if (received == null) {
            received = outreach.received();
        }
        return received;
    }

    public List<String[]> getStopped() {
        return outreach.blockedOrganisations();
    }

    public String notInterested() {
        return act(() -> outreach.notInterested(id("outreach"), PAGES.param("reason")), "recruiter.outreach.notInterested.done");
    }

    public String doNotContact() {
        return act(() -> outreach.doNotContact(id("outreach")), "recruiter.outreach.noContact.done");
    }

    public String allowAgain() {
        return act(() -> outreach.allowAgain(id("organisation")), "recruiter.outreach.allowAgain.done");
    }

    private static long id(String name) {
        Long id = PAGES.idParam(name);
        return id == null ? -1 : id;
    }

    private static String act(Runnable action, String done) {
        try {
            action.run();
            PAGES.flash(done);
            return "/p/recruiter/outreach.xhtml?faces-redirect=true";
        } catch (Refusal r) {
            PAGES.refused(null, r);
        } catch (NotFound e) {
            PAGES.status(404);
        }
        return null;
    }
}
