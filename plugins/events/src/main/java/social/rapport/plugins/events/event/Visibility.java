package social.rapport.plugins.events.event;

/** Who may find and open an event (hosts, invitees and attendees always may). */
public enum Visibility {
    /** Anyone, even signed out. */
    PUBLIC,
    /** The hosts' connections. */
    CONNECTIONS,
    /** Only invited members: to anyone else the event does not exist (404). */
    INVITE_ONLY
}
