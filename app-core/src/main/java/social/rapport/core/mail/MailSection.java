package social.rapport.core.mail;

import java.util.List;

/** A titled list in a mail (the digest's "Invitations waiting", ...): each line a text and an optional absolute link. */
public record MailSection(String title, List<Line> lines) {

    public MailSection {
        lines = List.copyOf(lines);
    }

    public record Line(String text, String link) {
    }
}
