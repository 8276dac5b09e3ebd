package social.rapport.plugins.recruiter.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;
import social.rapport.plugins.recruiter.RecruiterDeclarations;
import social.rapport.plugins.recruiter.RecruiterPlugin;
import social.rapport.plugins.recruiter.RecruiterText;
import social.rapport.plugins.recruiter.job.JobRepository;
import social.rapport.spi.notification.Notice;
import social.rapport.spi.notification.Notifier;
import social.rapport.spi.platform.PlatformClock;
import social.rapport.spi.platform.PluginStatus;

/**
 * Every few minutes: reminds recruiters of applications due within 7 days, tells candidates plainly
 * when no answer came by the deadline (the application then counts as unanswered), and closes expired
 * jobs. Each row is claimed by one update, so several instances never send twice.
 */
@Singleton
public class AnswerDeadlines {

    private static final Logger LOG = Logger.getLogger(AnswerDeadlines.class.getName());

    @Inject
    ApplicationRepository applications;

    @Inject
    JobRepository jobs;

    @Inject
    Notifier notifier;

    @Inject
    PlatformClock clock;

    @Inject
    PluginStatus status;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void scheduled() {
        if (status.isEnabled(RecruiterPlugin.ID)) {
            run();
        }
    }

    /** One pass; returns how many candidates were told that no answer came. */
    @Transactional
    public int run() {
        Instant now = clock.clock().instant();
        jobs.expire(now);
        for (Application a : applications.claimReminders(now.plus(Duration.ofDays(PipelineRules.REMINDER_DAYS_BEFORE)), now)) {
            for (long recruiter : applications.recruitersOf(a.organisationId())) {
                notifier.send(new Notice(recruiter, RecruiterDeclarations.NOTICE_APPLICATION, null,
                        RecruiterText.get(Locale.ENGLISH, "recruiter.notice.reminder", a.jobTitle()),
                        "/p/recruiter/manage/pipeline.xhtml?job=" + a.jobId(), "recruiter-reminder-" + a.id()));
            }
        }
        int told = 0;
        for (Application a : applications.claimUnanswered(now)) {
            notifier.send(new Notice(a.memberId(), RecruiterDeclarations.NOTICE_APPLICATION, null,
                    RecruiterText.get(Locale.ENGLISH, "recruiter.notice.unanswered", a.jobTitle(), a.organisationName()),
                    "/p/recruiter/applications.xhtml", "recruiter-application-" + a.id()));
            told++;
        }
        if (told > 0) {
            LOG.info(() -> "recruiter: candidates told that no answer came");
        }
        return told;
    }
}
