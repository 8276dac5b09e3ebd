package social.rapport.spi.platform;

/** Who may see a part of a member's profile (or anything else a member shares). */
public enum Audience {
    /** Anyone, signed in or not. */
    EVERYONE,
    /** Signed-in members. */
    MEMBERS,
    /** The owner's connections (and the owner). */
    CONNECTIONS
}
