package social.rapport.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import social.rapport.core.mail.MailOutbox;
import social.rapport.core.mail.MailTemplates;
import social.rapport.core.mail.PublicUrl;
import social.rapport.spi.notification.Notice;

/**
 * Mails a notice to its recipient when they want mail of its type ({@link EmailPreferences}),
 * through the outbox, in the notice's own transaction. Only a verified address is written to.
 * The core's types are worded by the mail templates in the recipient's language; a plugin's
 * notice carries its own text.
 */
@ApplicationScoped
public class EmailNotices {

    @Inject
    EmailPreferenceQueries queries;

    @Inject
    MailTemplates templates;

    @Inject
    MailOutbox outbox;

    @Inject
    PublicUrl urls;

    @Inject
    Unsubscribe unsubscribe;

    void queue(Notice notice) {
        queries.recipient(notice.recipient()).ifPresent(to -> {
            String actor = notice.actor() == null ? "" : queries.name(notice.actor()).map(n -> n + " ").orElse("");
            String text = templates.phrase("notice.text." + notice.type(), to.language(), notice.text());
            if (actor.length() + text.length() > 200) {
                text = text.substring(0, Math.max(0, 199 - actor.length())) + "…"; // it is also the subject
            }
            String link = urls.link(notice.link() == null ? "/notifications" : notice.link());
            outbox.queue(templates.compose("notice", to.language(), to.email(), to.id(), to.name(), link,
                    new Object[] {actor, text}, List.of(), unsubscribe.newLink(to.id(), notice.type()))
                    .mentioning(notice.actor() == null ? List.of() : List.of(notice.actor())));
        });
    }
}
