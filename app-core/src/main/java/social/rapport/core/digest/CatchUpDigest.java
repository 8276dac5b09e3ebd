package social.rapport.core.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import social.rapport.core.keepintouch.DueContact;
import social.rapport.core.keepintouch.KeepInTouchService;
import social.rapport.core.mail.MailSection;
import social.rapport.core.mail.MailTemplates;
import social.rapport.core.mail.OutgoingMail;
import social.rapport.core.mail.PublicUrl;
import social.rapport.core.notification.EmailPreferenceQueries;
import social.rapport.core.notification.EmailPreferences;
import social.rapport.core.notification.Unsubscribe;
import social.rapport.core.plugin.PluginCalls;
import social.rapport.spi.digest.DigestContributor;
import social.rapport.spi.digest.DigestRequest;
import social.rapport.spi.digest.DigestSection;

/**
 * Writes one member's weekly "catch up" mail: keep-in-touch contacts who are due, invitations
 * waiting, message requests unanswered, and the sections of enabled plugins
 * ({@link DigestContributor}). Nothing at all for a member with nothing to say, who turned the
 * digest off, or whose address is not verified.
 */
@ApplicationScoped
public class CatchUpDigest {

    static final int PER_SECTION = 10;
    /** Each plugin's time to answer: a job, not a page, waits for it. */
    static final long PLUGIN_BUDGET_MS = 5000;

    @Inject
    DigestQueries queries;

    @Inject
    EmailPreferenceQueries members;

    @Inject
    EmailPreferences preferences;

    @Inject
    KeepInTouchService keepInTouch;

    @Inject
    PluginCalls plugins;

    @Inject
    MailTemplates templates;

    @Inject
    PublicUrl urls;

    @Inject
    Unsubscribe unsubscribe;

    /** The digest for this member now, if there is one to send (queues nothing itself). */
    Optional<OutgoingMail> compose(long memberId, OffsetDateTime now) {
        Optional<EmailPreferenceQueries.Recipient> found = members.recipient(memberId);
        if (found.isEmpty() || !preferences.wants(memberId, EmailPreferences.DIGEST)) {
            return Optional.empty();
        }
        EmailPreferenceQueries.Recipient to = found.get();
        String language = to.language();
        List<MailSection> sections = new ArrayList<>();
        List<Long> named = new ArrayList<>();
        List<DueContact> dueContacts = keepInTouch.dueFor(memberId).stream().limit(PER_SECTION).toList();
        dueContacts.forEach(c -> named.add(c.memberId()));
        add(sections, templates.phrase("digest.due", language, "Due to get in touch"),
                dueContacts.stream().map(c -> new MailSection.Line(c.name(), urls.link("/keep-in-touch"))).toList());
        List<DigestQueries.Waiting> invitations = queries.invitationsWaiting(memberId, PER_SECTION);
        List<DigestQueries.Waiting> requests = queries.requestsUnanswered(memberId, PER_SECTION);
        invitations.forEach(w -> named.add(w.memberId()));
        requests.forEach(w -> named.add(w.memberId()));
        add(sections, templates.phrase("digest.invitations", language, "Invitations waiting for your answer"),
                invitations.stream().map(w -> new MailSection.Line(w.name(), urls.link("/network/invitations"))).toList());
        add(sections, templates.phrase("digest.requests", language, "Message requests waiting for your answer"),
                requests.stream().map(w -> new MailSection.Line(w.name(), urls.link("/messages/conversation?id=" + w.id()))).toList());
        DigestRequest request = new DigestRequest(memberId, now.toInstant(), now.plus(Duration.ofDays(7)).toInstant(),
                Locale.forLanguageTag(language == null ? "en" : language));
        for (DigestSection section : plugins.collect(DigestContributor.class, c -> c.section(request).stream().toList(), PLUGIN_BUDGET_MS)) {
            add(sections, section.title(), section.items().stream().limit(PER_SECTION)
                    .map(i -> new MailSection.Line(i.text(), i.link() == null ? null : urls.link(i.link()))).toList());
        }
        if (sections.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(templates.compose("digest", language, to.email(), to.id(), to.name(), urls.link("/home"),
                new Object[0], sections, unsubscribe.newLink(to.id(), EmailPreferences.DIGEST)).mentioning(named));
    }

    private static void add(List<MailSection> sections, String title, List<MailSection.Line> lines) {
        if (!lines.isEmpty()) {
            sections.add(new MailSection(title, lines));
        }
    }
}
