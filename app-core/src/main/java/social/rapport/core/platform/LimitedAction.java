package social.rapport.core.platform;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The actions {@link RateLimits} counts, each with its window (an hour, a day or a week) and its
 * default number in that window. The key {@code rapport.limits.<name>.per-<window>} changes one
 * (e.g. {@code rapport.limits.post.per-hour}, {@code rapport.limits.invitation.per-week}).
 */
public enum LimitedAction {
    /** Posts and reshares, per member. */
    POST(30, Window.HOUR),
    /** Comments and replies, per member. */
    COMMENT(120, Window.HOUR),
    /** Reactions to posts and comments, per member. */
    REACTION(600, Window.HOUR),
    /** Messages in conversations (direct and group), per member. */
    MESSAGE(300, Window.HOUR),
    /** New group conversations, per member. */
    GROUP(10, Window.HOUR),
    /** New accounts, per client address. */
    SIGN_UP(10, Window.HOUR),
    /** Connection invitations sent, whatever became of them, per member. */
    INVITATION(100, Window.WEEK, "rapport.connections.max-invitations-per-week"),
    /** Message requests (first messages to members who are not connections), per member. */
    MESSAGE_REQUEST(20, Window.WEEK, "rapport.conversations.requests-per-week"),
    /** Reports about members, posts and comments together, per member. */
    REPORT(20, Window.DAY, "rapport.reports.max-per-day");

    /** The windows a limit is counted over. */
    public enum Window {
        HOUR(Duration.ofHours(1)), DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7));

        private final Duration length;

        Window(Duration length) {
            this.length = length;
        }

        public Duration length() {
            return length;
        }
    }

    private final int defaultLimit;
    private final Window window;
    private final String formerKey;

    LimitedAction(int defaultLimit, Window window) {
        this(defaultLimit, window, null);
    }

    LimitedAction(int defaultLimit, Window window, String formerKey) {
        this.defaultLimit = defaultLimit;
        this.window = window;
        this.formerKey = formerKey;
    }

    public int defaultLimit() {
        return defaultLimit;
    }

    public Window window() {
        return window;
    }

    /** E.g. {@code rapport.limits.message-request.per-week}. */
    public String configKey() {
        return "rapport.limits." + slug() + ".per-" + window.name().toLowerCase(Locale.ROOT);
    }

    /** The key this limit had before it moved onto {@link RateLimits}, still read when the new one is not set. */
    public Optional<String> formerKey() {
        return Optional.ofNullable(formerKey);
    }

    /** The message key of the refusal, e.g. {@code limits.post}. */
    public String messageKey() {
        return "limits." + slug();
    }

    private String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
