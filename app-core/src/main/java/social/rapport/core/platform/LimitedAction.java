package social.rapport.core.platform;

import java.util.Locale;

/**
 * The actions {@link RateLimits} counts, each with its default number per hour. The key
 * {@code rapport.limits.<name>.per-hour} changes one (e.g. {@code rapport.limits.post.per-hour}).
 */
public enum LimitedAction {
    /** Posts and reshares, per member. */
    POST(30),
    /** Comments and replies, per member. */
    COMMENT(120),
    /** Reactions to posts and comments, per member. */
    REACTION(600),
    /** Messages in conversations (direct and group), per member. */
    MESSAGE(300),
    /** New group conversations, per member. */
    GROUP(10),
    /** New accounts, per client address. */
    SIGN_UP(10);

    private final int defaultPerHour;

    LimitedAction(int defaultPerHour) {
        this.defaultPerHour = defaultPerHour;
    }

    public int defaultPerHour() {
        return defaultPerHour;
    }

    public String configKey() {
        return "rapport.limits." + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".per-hour";
    }

    /** The message key of the refusal, e.g. {@code limits.post}. */
    public String messageKey() {
        return "limits." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
