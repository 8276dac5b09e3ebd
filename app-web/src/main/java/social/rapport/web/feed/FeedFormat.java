package social.rapport.web.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import social.rapport.core.feed.FeedReason;
import social.rapport.core.post.ReactionKind;
import social.rapport.web.platform.Messages;

/** {@code #{feedFormat...}}: the words of "Why am I seeing this?", times and reaction names. */
@Named
@ApplicationScoped
public class FeedFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** "Ana is a connection; you commented on their posts last week", "You follow Ana", "Your post", "Sponsored: ...". */
    public String why(FeedReason reason) {
        if (reason.relation() == null) {
            return reason.paid() ? Messages.text("feed.why.sponsored", reason.text()) : reason.text();
        }
        String base = switch (reason.relation()) {
            case SELF -> Messages.text("feed.why.self");
            case CONNECTION -> Messages.text("feed.why.connection", reason.authorName());
            case FOLLOW -> Messages.text("feed.why.follow", reason.authorName());
        };
        if (reason.interactionKind() == null || reason.interactionAt() == null) {
            return base;
        }
        return base + "; " + Messages.text("feed.why.interaction." + kind(reason.interactionKind()), when(reason.interactionAt()));
    }

    private static String kind(String kind) {
        return List.of("comment", "reply", "reaction", "mention", "reshare", "message").contains(kind) ? kind : "other";
    }

    /** "today", "yesterday", "this week", "last week", "3 weeks ago". */
    public String when(OffsetDateTime at) {
        long days = Duration.between(at, OffsetDateTime.now()).toDays();
        if (days < 1) {
            return Messages.text("feed.when.today");
        }
        if (days < 2) {
            return Messages.text("feed.when.yesterday");
        }
        if (days < 7) {
            return Messages.text("feed.when.thisWeek");
        }
        if (days < 14) {
            return Messages.text("feed.when.lastWeek");
        }
        return Messages.text("feed.when.weeksAgo", days / 7);
    }

    public String time(OffsetDateTime at) {
        return at == null ? "" : DAY.format(at);
    }

    public String reaction(String kind) {
        return kind == null ? "" : Messages.text("feed.reaction." + kind);
    }

    public ReactionKind[] getReactionKinds() {
        return ReactionKind.values();
    }
}
