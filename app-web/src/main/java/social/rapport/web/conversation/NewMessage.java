package social.rapport.web.conversation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import social.rapport.core.account.Caller;
import social.rapport.core.conversation.ConversationQueries;
import social.rapport.core.conversation.ConversationService;
import social.rapport.core.conversation.ReplyRates;
import social.rapport.core.conversation.ReplyStats;
import social.rapport.core.platform.Refusal;
import social.rapport.core.profile.MemberDirectory;
import social.rapport.spi.platform.MemberRef;
import social.rapport.spi.platform.Relationships;
import social.rapport.web.platform.Messages;

/**
 * {@code /messages/new?to=}: the first message to a member. To a connection it opens the direct
 * conversation; to anyone else it is a message request, and the page says so and shows the
 * member's reply rate beside the send box. An existing conversation with them opens instead.
 */
@Named
@ViewScoped
public class NewMessage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    MemberDirectory directory;

    @Inject
    Relationships relationships;

    @Inject
    ConversationQueries queries;

    @Inject
    ConversationService conversations;

    @Inject
    ReplyRates replyRates;

    private long to;
    private String name;
    private boolean request;
    private String body;

    public String load() {
        Long id = Http.id("to");
        long me = caller.memberId();
        MemberRef member = id == null || id == me || relationships.blocked(me, id) ? null : directory.find(id, me).orElse(null);
        if (member == null) {
            return Http.fail(404);
        }
        to = id;
        name = member.displayName();
        request = !relationships.connected(me, to);
        return queries.directWith(to).map(c -> "/messages/conversation?faces-redirect=true&id=" + c).orElse(null);
    }

    public String send() {
        try {
            long conversation = conversations.send(to, body);
            Messages.flash(request ? "conversation.request.sent" : "conversation.message.sent");
            return "/messages/conversation?faces-redirect=true&id=" + conversation;
        } catch (Refusal refusal) {
            Messages.refused("send", refusal);
            return null;
        }
    }

    public ReplyStats getReplyRate() {
        return replyRates.of(to);
    }

    public long getTo() {
        return to;
    }

    public String getName() {
        return name;
    }

    public boolean isRequest() {
        return request;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
