package social.rapport.web.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import social.rapport.core.conversation.Participant;
import social.rapport.core.conversation.ReplyStats;
import social.rapport.core.profile.LinkedText;
import social.rapport.web.platform.Messages;

/** {@code #{conversationFormat...}}: how the conversation pages word times, reply rates and message text. */
@Named
@ApplicationScoped
public class ConversationFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** Safe HTML of a message: LinkedText escapes everything and adds only line breaks and nofollow links. */
    public String html(String body) {
        return LinkedText.html(body);
    }

    public String time(OffsetDateTime at) {
        return at == null ? "" : TIME.format(at.atZoneSameInstant(ZoneOffset.UTC));
    }

    public String day(OffsetDateTime at) {
        return at == null ? "" : DAY.format(at.atZoneSameInstant(ZoneOffset.UTC));
    }

    public String href(Participant p) {
        return p.handle() != null ? "/in/" + p.handle() : "/network/member?id=" + p.id();
    }

    /** "Replies to 80% of first messages, typically within 3 hours", or "No first messages received lately". */
    public String replyRate(ReplyStats stats) {
        if (stats.received() == 0) {
            return Messages.text("conversation.replyRate.none");
        }
        int rate = stats.ratePercent().orElse(0);
        return stats.medianReply().map(d -> Messages.text("conversation.replyRate.withTime", rate, duration(d)))
                .orElseGet(() -> Messages.text("conversation.replyRate.noReplies", rate));
    }

    /** A typical reply time, rounded up to whole minutes, hours or days. */
    public static String duration(Duration d) {
        long minutes = Math.max(1, (d.getSeconds() + 59) / 60);
        if (minutes < 60) {
            return Messages.text(minutes == 1 ? "conversation.minute" : "conversation.minutes", minutes);
        }
        long hours = (minutes + 59) / 60;
        if (hours < 48) {
            return Messages.text(hours == 1 ? "conversation.hour" : "conversation.hours", hours);
        }
        return Messages.text("conversation.days", (hours + 23) / 24);
    }
}
