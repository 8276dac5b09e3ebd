package social.rapport.core.mail;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One message to one address, already in the recipient's language: plain text and HTML.
 *
 * @param unsubscribeUrl the one-click unsubscribe address (RFC 8058) of a notification or digest
 *                       mail, sent as {@code List-Unsubscribe}; null for account mail
 * @param mentions       the other members the mail names (a notice's actor, a digest's people):
 *                       deleting one of them deletes the mail
 */
public record OutgoingMail(String recipient, Long memberId, String subject, String text, String html, String unsubscribeUrl,
                           List<Long> mentions) {

    public OutgoingMail {
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        Objects.requireNonNull(html);
        mentions = mentions == null ? List.of() : List.copyOf(new LinkedHashSet<>(mentions));
    }

    public OutgoingMail(String recipient, Long memberId, String subject, String text, String html, String unsubscribeUrl) {
        this(recipient, memberId, subject, text, html, unsubscribeUrl, List.of());
    }

    /** A mail without an unsubscribe link (account mail: verification, reset, ...). */
    public OutgoingMail(String recipient, Long memberId, String subject, String text, String html) {
        this(recipient, memberId, subject, text, html, null, List.of());
    }

    /** The same mail, naming these members. */
    public OutgoingMail mentioning(List<Long> members) {
        return new OutgoingMail(recipient, memberId, subject, text, html, unsubscribeUrl, members);
    }
}
