package social.rapport.core.mail;

import java.util.Objects;

/**
 * One message to one address, already in the recipient's language: plain text and HTML.
 *
 * @param unsubscribeUrl the one-click unsubscribe address (RFC 8058) of a notification or digest
 *                       mail, sent as {@code List-Unsubscribe}; null for account mail
 */
public record OutgoingMail(String recipient, Long memberId, String subject, String text, String html, String unsubscribeUrl) {

    public OutgoingMail {
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        Objects.requireNonNull(html);
    }

    /** A mail without an unsubscribe link (account mail: verification, reset, ...). */
    public OutgoingMail(String recipient, Long memberId, String subject, String text, String html) {
        this(recipient, memberId, subject, text, html, null);
    }
}
