package social.rapport.plugins.recruiter.web;

import static social.rapport.plugins.recruiter.RecruiterText.PAGES;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import social.rapport.plugins.recruiter.outreach.Outreach;
import social.rapport.plugins.recruiter.outreach.OutreachService;
import social.rapport.plugins.recruiter.outreach.Standing;
import social.rapport.spi.error.Forbidden;
import social.rapport.spi.error.NotFound;
import social.rapport.spi.error.Refusal;
import social.rapport.spi.platform.MemberRef;
import social.rapport.spi.platform.Members;

/**
 * {@code /p/recruiter/manage/outreach.xhtml}: the recruiter's outreach, whether each was answered,
 * their credits and 13% standing, and "Send final answer" on an open one (its credit comes back).
 */
@Named
@RequestScoped
public class SentOutreach {

    @Inject
    OutreachService outreach;

    @Inject
    Members members;

    private Standing standing;
    private List<Outreach> sent;

    public Standing getStanding() {
        if (standing == null) {
            standing = outreach.mine();
        }
        return standing;
    }

    public List<Outreach> getSent() {
        if (sent == null) {
            sent = outreach.sent();
        }
        return sent;
    }

    public String candidateName(long memberId) {
        return members.find(memberId).map(MemberRef::displayName).orElse(PAGES.text("recruiter.outreach.formerMember"));
    }

    public String finalAnswer() {
        try {
            Long id = PAGES.idParam("outreach");
            outreach.finalAnswer(id == null ? -1 : id, PAGES.param("note"));
            PAGES.flash("recruiter.outreach.finalSent");
            return "/p/recruiter/manage/outreach.xhtml?faces-redirect=true";
        } catch (Refusal r) {
            PAGES.refused(null, r);
        } catch (NotFound | Forbidden e) {
            PAGES.status(404);
        }
        return null;
    }
}
