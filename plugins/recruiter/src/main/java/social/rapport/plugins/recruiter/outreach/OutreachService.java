package social.rapport.plugins.recruiter.outreach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import social.rapport.plugins.recruiter.RecruiterDeclarations;
import social.rapport.plugins.recruiter.RecruiterPlugin;
import social.rapport.plugins.recruiter.RecruiterText;
import social.rapport.plugins.recruiter.candidate.CandidateService;
import social.rapport.plugins.recruiter.job.Job;
import social.rapport.plugins.recruiter.job.JobService;
import social.rapport.plugins.recruiter.organisation.Organisation;
import social.rapport.plugins.recruiter.organisation.OrganisationService;
import social.rapport.spi.conversation.Conversations;
import social.rapport.spi.conversation.MessageAnswer;
import social.rapport.spi.conversation.SentMessage;
import social.rapport.spi.error.NotFound;
import social.rapport.spi.error.Refusal;
import social.rapport.spi.notification.Notice;
import social.rapport.spi.notification.Notifier;
import social.rapport.spi.platform.CurrentViewer;
import social.rapport.spi.platform.PlatformClock;
import social.rapport.spi.settings.PluginSettings;

/**
 * A recruiter's outreach: writing to a candidate about one of their organisation's open jobs (the
 * message, with the job's pay range, goes through the core's conversations as a message request),
 * the credits and the 13% rule ({@link OutreachRules}), and the final answer that closes a loop.
 * Answers given in the conversation are read back through the SPI before every count.
 */
@ApplicationScoped
public class OutreachService {

    @Inject
    OutreachRepository outreach;

    @Inject
    JobService jobs;

    @Inject
    OrganisationService organisations;

    @Inject
    CandidateService candidates;

    @Inject
    Conversations conversations;

    @Inject
    Notifier notifier;

    @Inject
    CurrentViewer viewer;

    @Inject
    PlatformClock clock;

    @Inject
    PluginSettings settings;

    /** Writes to a candidate about a job of the caller's organisation; refused without a credit, or while limited by the 13% rule. */
    @Transactional
    public Outreach send(long jobId, long candidateId, String text) {
        Job job = jobs.managed(jobId);
        Organisation organisation = organisations.requireRecruiter(job.organisationId());
        long me = viewer.requireMember();
        String words = OutreachRules.text(text);
        if (!job.open()) {
            throw new Refusal("text", "recruiter.outreach.error.closed");
        }
        if (candidateId == me || candidates.sharedWith(candidateId, organisation).isEmpty()) {
            throw new NotFound("candidate " + candidateId); // not open to opportunities, or not for this organisation
        }
        if (outreach.noContact(candidateId, organisation.id())) {
            throw new Refusal("text", "recruiter.outreach.error.noContact");
        }
        if (outreach.exists(jobId, candidateId)) {
            throw new Refusal("text", "recruiter.outreach.error.already");
        }
        outreach.lockRecruiter(me);
        Standing standing = standing(me);
        if (standing.creditsLeft() <= 0) {
            throw new Refusal("text", "recruiter.outreach.error.noCredits");
        }
        if (!standing.maySend()) {
            throw new Refusal("text", "recruiter.outreach.error.oneAtATime");
        }
        SentMessage sent = conversations.send(candidateId, RecruiterText.get(Locale.ENGLISH, "recruiter.outreach.message", words,
                job.title(), organisation.name(), job.payRange(), job.href()));
        long id = outreach.insert(organisation.id(), jobId, me, candidateId, sent.conversationId(), sent.messageId(), clock.clock().instant());
        return outreach.find(id).orElseThrow();
    }

    /** The recruiter closes an open loop of theirs with a final answer, which the candidate is told of: the credit comes back. */
    @Transactional
    public void finalAnswer(long outreachId, String note) {
        long me = viewer.requireMember();
        Outreach o = outreach.find(outreachId).filter(x -> x.recruiterId() == me)
                .orElseThrow(() -> new NotFound("outreach " + outreachId));
        organisations.requireRecruiter(o.organisationId());
        String text = OutreachRules.note(note, true);
        if (outreach.close(o.id(), Answer.FINAL, text, clock.clock().instant()) == 0) {
            throw new Refusal("note", "recruiter.outreach.error.closedAlready");
        }
        notifier.send(new Notice(o.candidateId(), RecruiterDeclarations.NOTICE_OUTREACH, me,
                RecruiterText.get(Locale.ENGLISH, "recruiter.notice.final", o.organisationName(), o.jobTitle()),
                "/p/recruiter/outreach.xhtml", "recruiter-outreach-" + o.id()));
    }

    /** The caller's standing now, after reading which of their open loops were answered in the conversations. */
    @Transactional
    public Standing mine() {
        return standing(requireRecruiterCaller());
    }

    /** The caller's latest outreach, newest first. */
    @Transactional
    public List<Outreach> sent() {
        long me = requireRecruiterCaller();
        sync(me);
        return outreach.sentBy(me, 100);
    }

    private long requireRecruiterCaller() {
        if (!organisations.holdsCapability()) {
            throw new social.rapport.spi.error.Forbidden("not a recruiter");
        }
        return viewer.requireMember();
    }

    Standing standing(long recruiter) {
        sync(recruiter);
        Instant now = clock.clock().instant();
        int weekly = (int) settings.integer(RecruiterPlugin.ID, RecruiterDeclarations.OUTREACH_CREDITS);
        int[] window = outreach.window(recruiter, now.minus(Duration.ofDays(OutreachRules.WINDOW_DAYS)));
        return OutreachRules.standing(weekly, outreach.openSince(recruiter, now.minus(Duration.ofDays(OutreachRules.CREDIT_DAYS))),
                window[0], window[1], outreach.pending(recruiter));
    }

    /** Closes the loops the candidate answered in the core's conversation (a reply, a polite ending, a declined request). */
    private void sync(long recruiter) {
        List<long[]> open = outreach.openMessages(recruiter);
        if (open.isEmpty()) {
            return;
        }
        Map<Long, Long> byMessage = new HashMap<>();
        open.forEach(o -> byMessage.put(o[1], o[0]));
        Instant now = clock.clock().instant();
        for (MessageAnswer answer : conversations.answers(recruiter, byMessage.keySet())) {
            Long id = byMessage.get(answer.messageId());
            if (id != null && answer.answered()) {
                outreach.close(id, Answer.REPLIED, null, answer.answeredAt() == null ? now : answer.answeredAt());
            }
        }
    }
}
