package social.rapport.plugins.recruiter.outreach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import social.rapport.plugins.recruiter.RecruiterDeclarations;
import social.rapport.plugins.recruiter.RecruiterText;
import social.rapport.spi.error.NotFound;
import social.rapport.spi.error.Refusal;
import social.rapport.spi.notification.Notice;
import social.rapport.spi.notification.Notifier;
import social.rapport.spi.platform.CurrentViewer;
import social.rapport.spi.platform.PlatformClock;

/**
 * The candidate's side of outreach: what recruiters wrote to them, "not interested" (with an
 * optional reason the recruiter reads; it closes the loop and gives the recruiter's credit back),
 * and "don't contact me again" for an organisation (and taking it back).
 */
@ApplicationScoped
public class CandidateOutreach {

    @Inject
    OutreachRepository outreach;

    @Inject
    Notifier notifier;

    @Inject
    CurrentViewer viewer;

    @Inject
    PlatformClock clock;

    public List<Outreach> received() {
        return outreach.receivedBy(viewer.requireMember(), 100);
    }

    /** {id, name} of the organisations the caller asked not to hear from. */
    public List<String[]> blockedOrganisations() {
        return outreach.noContactOf(viewer.requireMember());
    }

    @Transactional
    public void notInterested(long outreachId, String reason) {
        Outreach o = own(outreachId);
        String why = OutreachRules.note(reason, false);
        if (outreach.close(o.id(), Answer.NOT_INTERESTED, why, clock.clock().instant()) == 0) {
            throw new Refusal("note", "recruiter.outreach.error.closedAlready");
        }
        notifier.send(new Notice(o.recruiterId(), RecruiterDeclarations.NOTICE_OUTREACH, null,
                RecruiterText.get(Locale.ENGLISH, "recruiter.notice.notInterested", o.jobTitle()),
                "/p/recruiter/manage/outreach.xhtml", "recruiter-outreach-" + o.id()));
    }

    /** The organisation of that outreach may not write to the caller again; their open loops with it close as "not interested". */
    @Transactional
    public void doNotContact(long outreachId) {
        Outreach o = own(outreachId);
        Instant now = clock.clock().instant();
        outreach.markNoContact(o.candidateId(), o.organisationId(), now);
        outreach.closeAllFrom(o.candidateId(), o.organisationId(), now);
    }

    @Transactional
    public void allowAgain(long organisationId) {
        outreach.unmarkNoContact(viewer.requireMember(), organisationId);
    }

    private Outreach own(long outreachId) {
        long me = viewer.requireMember();
        return outreach.find(outreachId).filter(o -> o.candidateId() == me).orElseThrow(() -> new NotFound("outreach " + outreachId));
    }
}
