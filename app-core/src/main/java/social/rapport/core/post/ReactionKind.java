package social.rapport.core.post;

import java.util.Optional;

/** The reactions a member may give a post or a comment; one per member, changeable. */
public enum ReactionKind {
    LIKE, CELEBRATE, SUPPORT, INSIGHTFUL, CURIOUS;

    public static Optional<ReactionKind> parse(String name) {
        for (ReactionKind kind : values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
