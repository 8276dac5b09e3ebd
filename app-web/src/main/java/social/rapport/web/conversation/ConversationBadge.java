package social.rapport.web.conversation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import social.rapport.core.account.Caller;
import social.rapport.core.conversation.ConversationQueries;

/** {@code #{conversationBadge}}: the header's "Messages" link, its unread count, and the socket's user key. */
@Named
@RequestScoped
public class ConversationBadge {

    @Inject
    Caller caller;

    @Inject
    ConversationQueries queries;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = caller.signedIn() ? queries.unreadConversations() : 0L;
        }
        return unread;
    }

    /** The member id the user-scoped websocket is keyed by (null for visitors: no socket). */
    public Long getMemberId() {
        return caller.signedIn() ? caller.memberId() : null;
    }
}
