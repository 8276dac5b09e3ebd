package social.rapport.plugins.recruiter;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import social.rapport.spi.navigation.NavEntry;
import social.rapport.spi.navigation.NavigationContributor;
import social.rapport.spi.notification.NotificationType;
import social.rapport.spi.notification.NotificationTypeProvider;
import social.rapport.spi.page.AdminPage;
import social.rapport.spi.page.PageAccess;
import social.rapport.spi.page.PageProvider;
import social.rapport.spi.page.PageRule;
import social.rapport.spi.platform.Viewer;
import social.rapport.spi.settings.SettingDefinition;
import social.rapport.spi.settings.SettingsProvider;

/**
 * What the plugin declares to the core: its pages' access, its admin tab, its settings, its
 * notification types and its menu entry. Stateless, so thread-safe. The recruiter desk
 * ({@code /p/recruiter/manage/}) is for holders of {@code recruiter.recruiter} only (the core answers 403
 * to others); the services check the same.
 */
@ApplicationScoped
public class RecruiterDeclarations implements PageProvider, SettingsProvider, NotificationTypeProvider, NavigationContributor {

    public static final String JOB_DAYS = "job-days";
    public static final String ANSWER_DAYS = "answer-days";
    public static final String RETENTION_MONTHS = "retention-months";
    public static final String OUTREACH_CREDITS = "outreach-credits";
    public static final String NOTICE_APPLICATION = "recruiter.application";
    public static final String NOTICE_OUTREACH = "recruiter.outreach";

    @Override
    public String pluginId() {
        return RecruiterPlugin.ID;
    }

    @Override
    public List<PageRule> pages() {
        return List.of(PageRule.of("/p/recruiter/org", PageAccess.PUBLIC),
                PageRule.of("/p/recruiter/job.xhtml", PageAccess.PUBLIC),
                PageRule.of("/p/recruiter/logo", PageAccess.PUBLIC),
                PageRule.capability("/p/recruiter/manage/", social.rapport.plugins.recruiter.organisation.RecruiterCapability.ID),
                PageRule.of("/p/recruiter/", PageAccess.MEMBERS));
    }

    @Override
    public List<AdminPage> adminPages(Locale locale) {
        return List.of(new AdminPage(RecruiterText.get(locale, "recruiter.admin.tab"), "/p/recruiter/admin/organisations.xhtml", 30));
    }

    @Override
    public List<SettingDefinition> settings(Locale locale) {
        return List.of(
                SettingDefinition.integer(JOB_DAYS, 30, 1, 365, RecruiterText.get(locale, "recruiter.setting.jobDays"),
                        RecruiterText.get(locale, "recruiter.setting.jobDays.help")),
                SettingDefinition.integer(ANSWER_DAYS, 21, 8, 90, RecruiterText.get(locale, "recruiter.setting.answerDays"),
                        RecruiterText.get(locale, "recruiter.setting.answerDays.help")),
                SettingDefinition.integer(RETENTION_MONTHS, 24, 1, 120, RecruiterText.get(locale, "recruiter.setting.retention"),
                        RecruiterText.get(locale, "recruiter.setting.retention.help")),
                SettingDefinition.integer(OUTREACH_CREDITS, 30, 0, 500, RecruiterText.get(locale, "recruiter.setting.outreachCredits"),
                        RecruiterText.get(locale, "recruiter.setting.outreachCredits.help")));
    }

    @Override
    public List<NotificationType> types(Locale locale) {
        return List.of(new NotificationType(NOTICE_APPLICATION, RecruiterText.get(locale, "recruiter.notice.type")),
                new NotificationType(NOTICE_OUTREACH, RecruiterText.get(locale, "recruiter.notice.outreachType")));
    }

    @Override
    public List<NavEntry> entries(Viewer viewer) {
        if (!viewer.signedIn()) {
            return List.of();
        }
        return List.of(new NavEntry(RecruiterText.get(viewer.locale(), "recruiter.nav"), "/p/recruiter/jobs.xhtml", 30));
    }
}
