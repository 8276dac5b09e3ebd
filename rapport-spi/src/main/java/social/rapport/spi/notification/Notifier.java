package social.rapport.spi.notification;

/**
 * Platform service (the core implements it, plugins call it): sends an in-app notification.
 *
 * <p>The core drops a notice when its recipient turned that type off, when the recipient and the
 * actor block each other, when the actor is the recipient, or when its type is neither a core
 * type nor declared by an enabled plugin's {@link NotificationTypeProvider}. Unread notices with
 * the same recipient, type and {@link Notice#groupKey()} are shown as one ("Ana and 12 others
 * reacted to your post"). Inside a transaction, the notice is written with it (and vanishes if
 * it rolls back).
 */
public interface Notifier {

    void send(Notice notice);
}
