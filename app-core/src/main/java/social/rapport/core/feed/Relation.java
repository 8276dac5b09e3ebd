package social.rapport.core.feed;

/** Why a member's posts are in the viewer's feed at all. */
public enum Relation {
    /** The viewer's own posts. */
    SELF,
    /** A connection (may see their connections-only posts). */
    CONNECTION,
    /** Someone the viewer follows (their public posts only). */
    FOLLOW
}
