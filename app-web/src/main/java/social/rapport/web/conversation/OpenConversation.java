package social.rapport.web.conversation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import social.rapport.core.conversation.ConversationNotFound;
import social.rapport.core.conversation.ConversationQueries;
import social.rapport.core.conversation.ConversationService;
import social.rapport.core.conversation.ConversationView;
import social.rapport.core.conversation.Ending;
import social.rapport.core.conversation.GroupService;
import social.rapport.core.conversation.Participant;
import social.rapport.core.conversation.ReplyRates;
import social.rapport.core.conversation.ReplyStats;
import social.rapport.core.platform.AccessDenied;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/**
 * {@code /messages/conversation?id=}: one conversation, its send box, and the actions of its
 * messages, its request state, its polite endings and its group membership. A conversation the
 * caller does not take part in answers 404. Opening it (a GET) changes nothing: the page's script
 * marks it read by an ajax POST once loaded, and reloads its message list (marking it read) when
 * the live socket says something happened; without the socket, a reload shows the same.
 */
@Named
@ViewScoped
public class OpenConversation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConversationQueries queries;

    @Inject
    ConversationService conversations;

    @Inject
    GroupService groups;

    @Inject
    ReplyRates replyRates;

    private long id;
    /** Whether the block of this request waits for confirmation on the page. */
    private boolean confirmingBlock;
    private Long before;
    /** "Add a connection" was asked for (?add=1): only then is the creator's list of connections read. */
    private boolean adding;
    private transient List<Participant> addable;
    private String body;
    /** Reloaded from the id when the view moves to another instance. */
    private transient ConversationView view;

    /** f:viewAction: the first GET. */
    public void load() {
        Long requested = Http.id("id");
        before = Http.id("before");
        if (requested == null) {
            Http.fail(404);
            return;
        }
        id = requested;
        adding = Http.text("add") != null;
        try {
            view = queries.view(id, before);
            // not marked read here: a GET must not change state (a link on another site would
            // tell the sender "Seen"); the page's own script posts markRead once it has loaded
        } catch (ConversationNotFound e) {
            Http.fail(404);
        }
    }

    public ConversationView getView() {
        if (view == null && id != 0) {
            view = queries.view(id, before);
        }
        return view;
    }

    public long getId() {
        return id;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    /** The other member's reply rate, beside the send box of a request the caller sent. */
    public ReplyStats getOtherReplyRate() {
        Participant other = getView().other();
        return other == null ? null : replyRates.of(other.id());
    }

    /** The creator's connections not in the group yet, once "Add a connection" was asked for (a creator may have thousands). */
    public List<Participant> getAddable() {
        if (addable == null) {
            addable = adding ? queries.addableToGroup(id) : List.of();
        }
        return addable;
    }

    public boolean isAdding() {
        return adding;
    }

    // ---------------------------------------------------------------- actions

    public String send() {
        return act(() -> {
            conversations.post(id, body);
            return null;
        }, "body");
    }

    /** Ajax, from the live socket: reload the messages and mark them read. */
    public void refresh() {
        view = null;
        before = null;
        try {
            conversations.markRead(id);
        } catch (ConversationNotFound e) {
            // left the group meanwhile: the next reload answers 404
        }
    }

    /** Ajax, from the page's script once it has loaded (a POST with the view state, never a GET): mark it read. */
    public void markRead() {
        if (before != null) {
            return; // reading older messages does not read the newest
        }
        try {
            conversations.markRead(id);
        } catch (ConversationNotFound e) {
            // left the group meanwhile: the next reload answers 404
        }
    }

    /** Ajax, throttled by the page: tell the others the caller is typing. */
    public void typing() {
        try {
            conversations.typing(id);
        } catch (ConversationNotFound e) {
            // nothing to tell
        }
    }

    public String edit() {
        Long message = Http.id("message");
        return act(() -> {
            conversations.edit(message == null ? -1 : message, Http.text("text"));
            return "conversation.message.edited";
        }, null);
    }

    public String deleteForEveryone() {
        Long message = Http.id("message");
        return act(() -> {
            conversations.deleteForEveryone(message == null ? -1 : message);
            return "conversation.message.deleted";
        }, null);
    }

    public String deleteForMe() {
        Long message = Http.id("message");
        return act(() -> {
            conversations.deleteForMe(message == null ? -1 : message);
            return "conversation.message.deleted";
        }, null);
    }

    public String accept() {
        return act(() -> {
            conversations.accept(id);
            return "conversation.request.accepted";
        }, null);
    }

    public String decline() {
        return act(() -> {
            conversations.decline(id);
            return "conversation.request.declinedDone";
        }, null, "/messages?folder=requests&faces-redirect=true");
    }

    /** Asks first, from the server: a block deletes the connection, follows and invitations for good. */
    public void block() {
        confirmingBlock = true;
    }

    public void cancelBlock() {
        confirmingBlock = false;
    }

    public boolean isConfirmingBlock() {
        return confirmingBlock;
    }

    public String confirmBlock() {
        if (!confirmingBlock) {
            return null;
        }
        confirmingBlock = false;
        return act(() -> {
            conversations.declineAndBlock(id);
            return "conversation.request.blocked";
        }, null, "/messages?folder=requests&faces-redirect=true");
    }

    public String notNow() {
        return ending(Ending.NOT_NOW);
    }

    public String noThanks() {
        return ending(Ending.NO_THANKS);
    }

    public String later() {
        return ending(Ending.LATER);
    }

    private String ending(Ending ending) {
        return act(() -> {
            conversations.end(id, ending, Http.date("remindOn"));
            return "conversation.ending.sent";
        }, null);
    }

    public String leave() {
        return act(() -> {
            groups.leave(id);
            return "conversation.group.left";
        }, null, "/messages?faces-redirect=true");
    }

    public String add() {
        Long member = Http.id("member");
        return act(() -> {
            groups.add(id, member == null ? -1 : member);
            return "conversation.group.added";
        }, null);
    }

    private String act(Supplier<String> action, String field) {
        return act(action, field, "/messages/conversation?faces-redirect=true&id=" + id);
    }

    /** Runs an action; 404 for a conversation or message the caller has no part in, 403 for what they may not do. */
    private String act(Supplier<String> action, String field, String then) {
        try {
            String done = action.get();
            if (done != null) {
                Messages.flash(done);
            }
            return then;
        } catch (ConversationNotFound e) {
            return Http.fail(404);
        } catch (AccessDenied e) {
            return Http.fail(403);
        } catch (Refusal refusal) {
            if (field != null && field.equals(refusal.field())) {
                Messages.refused("send", refusal);
            } else {
                Messages.error(null, refusal.messageKey());
            }
            view = null;
            return null;
        }
    }

    /** The page's own address, for the socket script to know which conversation is open. */
    public String getPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/messages/conversation?id=" + id;
    }
}
