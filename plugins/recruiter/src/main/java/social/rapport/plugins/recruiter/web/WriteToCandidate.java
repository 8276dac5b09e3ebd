package social.rapport.plugins.recruiter.web;

import static social.rapport.plugins.recruiter.RecruiterText.PAGES;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import social.rapport.plugins.recruiter.outreach.OutreachService;
import social.rapport.spi.error.Forbidden;
import social.rapport.spi.error.NotFound;
import social.rapport.spi.error.Refusal;

/**
 * "Write about this job" on a candidate of {@code manage/candidates.xhtml}: the recruiter's words
 * go to the candidate as a message request with the job and its pay range; refused (the words
 * stay in the box) without a credit, under the 13% rule, or when the candidate said "don't contact me again".
 */
@Named
@RequestScoped
public class WriteToCandidate {

    @Inject
    OutreachService outreach;

    public String send() {
        Long job = PAGES.idParam("job");
        Long candidate = PAGES.idParam("candidate");
        try {
            outreach.send(job == null ? -1 : job, candidate == null ? -1 : candidate, PAGES.param("text"));
            PAGES.flash("recruiter.outreach.sent");
            return "/p/recruiter/manage/candidates.xhtml?faces-redirect=true&job=" + job + "&words=" + enc(PAGES.param("words"))
                    + "&location=" + enc(PAGES.param("location"));
        } catch (Refusal r) {
            PAGES.refused(null, r);
        } catch (NotFound | Forbidden e) {
            PAGES.status(404);
        }
        return null;
    }

    private static String enc(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
