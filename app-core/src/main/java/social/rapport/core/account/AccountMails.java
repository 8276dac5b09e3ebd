package social.rapport.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import social.rapport.core.mail.MailOutbox;
import social.rapport.core.mail.MailTemplates;
import social.rapport.core.mail.PublicUrl;

/** The mails about a member's account, queued in the caller's transaction. */
@ApplicationScoped
public class AccountMails {

    @Inject
    MailTemplates templates;

    @Inject
    MailOutbox outbox;

    @Inject
    PublicUrl urls;

    /** Queues template {@code template} to the member, with a link to {@code path} (null: no link). */
    void send(Member member, String template, String path) {
        outbox.queue(templates.compose(template, member.getLanguage(), member.getEmail(), member.getId(), member.getDisplayName(),
                path == null ? null : urls.link(path)));
    }
}
