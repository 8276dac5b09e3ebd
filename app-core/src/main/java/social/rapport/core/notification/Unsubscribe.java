package social.rapport.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import social.rapport.core.account.Secrets;
import social.rapport.core.mail.PublicUrl;

/**
 * One-click unsubscribe (RFC 8058) without signing in: every notification or digest mail carries
 * a link with a random token that stands for (member, kind of mail); only its SHA-256 is stored.
 * The link keeps working (an old mail can still unsubscribe); it can only ever turn mail off.
 */
@ApplicationScoped
@Transactional
public class Unsubscribe {

    /** What a valid link would turn off: the kind and the address it is sent to. */
    public record Target(String kind, String email) {
    }

    @Inject
    EmailPreferenceQueries queries;

    @Inject
    EmailPreferences preferences;

    @Inject
    PublicUrl urls;

    @Inject
    Clock clock;

    /** A new absolute unsubscribe link for one mail of this kind to this member (in the caller's transaction). */
    public String newLink(long memberId, String kind) {
        String token = Secrets.newToken();
        queries.insertLink(Secrets.hash(token), memberId, kind, OffsetDateTime.now(clock));
        return urls.link("/email/unsubscribe?token=" + token);
    }

    /** What the token would turn off, if it is a token we issued. */
    public Optional<Target> check(String token) {
        return lookup(token).map(l -> new Target(l.kind(), l.email()));
    }

    /** Turns the link's kind of mail off for its member; empty when the token is not one we issued. */
    public Optional<Target> confirm(String token) {
        Optional<EmailPreferenceQueries.Link> link = lookup(token);
        link.ifPresent(l -> {
            preferences.turnOff(l.memberId(), l.kind());
            queries.linkUsed(Secrets.hash(token), OffsetDateTime.now(clock));
        });
        return link.map(l -> new Target(l.kind(), l.email()));
    }

    private Optional<EmailPreferenceQueries.Link> lookup(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return queries.link(Secrets.hash(token.strip()));
    }
}
