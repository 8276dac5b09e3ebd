package social.rapport.core.mail;

import java.util.Objects;

/** One message to one address, already in the recipient's language: plain text and HTML. */
public record OutgoingMail(String recipient, Long memberId, String subject, String text, String html) {

    public OutgoingMail {
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        Objects.requireNonNull(html);
    }
}
