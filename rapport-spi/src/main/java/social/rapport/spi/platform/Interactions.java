package social.rapport.spi.platform;

/**
 * Platform service (the core implements it, plugins call it): records that one member interacted
 * with another. The core keeps the latest time per pair and kind; it ranks the feed by it ("you
 * commented on her posts last week") and "Keep in touch" counts it as the two members' last
 * contact.
 */
public interface Interactions {

    /**
     * Records that {@code actor} just interacted with {@code subject}. {@code kind} is a core kind
     * ({@code message}, {@code comment}, {@code reaction}, {@code mention}, ...) or, for a plugin,
     * {@code "<plugin id>.<name>"} (e.g. {@code "events.attended"}). A member interacting with
     * themself is ignored. Call it once per side when the interaction is mutual.
     */
    void record(long actor, long subject, String kind);
}
