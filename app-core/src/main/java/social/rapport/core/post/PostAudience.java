package social.rapport.core.post;

import java.util.Optional;

/** Who may see a post: everyone, or the author's connections (and the author). */
public enum PostAudience {
    EVERYONE, CONNECTIONS;

    public static Optional<PostAudience> parse(String name) {
        for (PostAudience audience : values()) {
            if (audience.name().equals(name)) {
                return Optional.of(audience);
            }
        }
        return Optional.empty();
    }
}
