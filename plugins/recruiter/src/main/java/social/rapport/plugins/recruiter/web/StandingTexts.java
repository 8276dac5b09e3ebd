package social.rapport.plugins.recruiter.web;

import static social.rapport.plugins.recruiter.RecruiterText.PAGES;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import social.rapport.plugins.recruiter.outreach.Standing;

/** The sentences of the outreach standing fragment ({@code manage/outreach-standing.xhtml}), in the page's language. */
@Named
@ApplicationScoped
public class StandingTexts {

    public String credits(Standing s) {
        return PAGES.text("recruiter.outreach.credits", s.creditsLeft(), s.weekly());
    }

    /** The warning before the limit: the rate now, and what happens under 13%. */
    public String warning(Standing s) {
        return PAGES.text("recruiter.outreach.warning", Math.max(0, s.answeredPercent()), s.windowSent());
    }

    public String rate(Standing s) {
        return s.answeredPercent() < 0 ? PAGES.text("recruiter.outreach.rate.none")
                : PAGES.text("recruiter.outreach.rate", s.answeredPercent(), s.windowSent());
    }
}
