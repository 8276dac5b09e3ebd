package social.rapport.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import social.rapport.core.account.Caller;
import social.rapport.core.platform.Refusal;

/**
 * Which mail a member wants: per notification type, and the weekly digest ({@link #DIGEST}).
 * Without a choice of their own, invitations and message requests are mailed, the rest is not,
 * and the digest is sent (it is opt-out). The in-app list and the mail are chosen separately.
 */
@ApplicationScoped
@Transactional
public class EmailPreferences {

    /** The kind of the weekly "catch up" digest. */
    public static final String DIGEST = "digest";

    /** What is mailed unless the member says otherwise. */
    public static final Set<String> DEFAULT_ON = Set.of(CoreNotificationTypes.INVITATION_RECEIVED, CoreNotificationTypes.MESSAGE_REQUEST, DIGEST);

    @Inject
    EmailPreferenceQueries queries;

    @Inject
    NotificationTypes types;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Whether this member wants mail of this kind (a type or {@link #DIGEST}). */
    public boolean wants(long memberId, String kind) {
        return queries.choice(memberId, kind).orElse(DEFAULT_ON.contains(kind));
    }

    /** The caller's choices for every kind they have set, the defaults for the rest of {@code kinds}. */
    public Map<String, Boolean> mine(Set<String> kinds) {
        Map<String, Boolean> choices = queries.choices(caller.memberId());
        Map<String, Boolean> result = new java.util.HashMap<>();
        for (String kind : kinds) {
            result.put(kind, choices.getOrDefault(kind, DEFAULT_ON.contains(kind)));
        }
        return result;
    }

    /** Saves the caller's choices; a kind that is neither a known type nor the digest is refused. */
    public void save(Map<String, Boolean> choices) {
        for (String kind : choices.keySet()) {
            if (!known(kind)) {
                throw new Refusal("preferences", "notification.preferences.unknownType");
            }
        }
        long me = caller.memberId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        choices.forEach((kind, on) -> queries.set(me, kind, Boolean.TRUE.equals(on), now));
    }

    /** Turns one kind off for a member (the unsubscribe link: the token stands for the member). */
    void turnOff(long memberId, String kind) {
        queries.set(memberId, kind, false, OffsetDateTime.now(clock));
    }

    boolean known(String kind) {
        return DIGEST.equals(kind) || (types.known(kind) && !CoreNotificationTypes.CONTENT_REMOVED.equals(kind));
    }
}
