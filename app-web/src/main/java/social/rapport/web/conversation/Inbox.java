package social.rapport.web.conversation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import social.rapport.core.account.Caller;
import social.rapport.core.conversation.ConversationNotFound;
import social.rapport.core.conversation.ConversationQueries;
import social.rapport.core.conversation.ConversationRow;
import social.rapport.core.conversation.ConversationService;
import social.rapport.core.conversation.Ending;
import social.rapport.core.conversation.ListPage;
import social.rapport.core.conversation.OpenLoop;
import social.rapport.core.conversation.ReplyRates;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/**
 * {@code /messages}: the inbox or the requests ({@code ?folder=requests}), newest activity first,
 * searchable ({@code q}), one page at a time ({@code after}); above the inbox, the open loops with
 * their polite endings. Row forms carry the conversation id, which the services check.
 */
@Named
@RequestScoped
public class Inbox {

    @Inject
    ConversationQueries queries;

    @Inject
    ConversationService conversations;

    @Inject
    ReplyRates replyRates;

    @Inject
    Caller caller;

    private ListPage<ConversationRow> page;
    private List<OpenLoop> loops;
    private Long pendingRequests;
    private Boolean replyRateHidden;

    public boolean isRequests() {
        return "requests".equals(Http.text("folder"));
    }

    public String getQuery() {
        String q = Http.text("q");
        return q == null ? "" : q.strip();
    }

    private ListPage<ConversationRow> page() {
        if (page == null) {
            page = queries.list(isRequests() ? ConversationQueries.REQUESTS : ConversationQueries.INBOX, getQuery(), Http.text("after"));
        }
        return page;
    }

    public List<ConversationRow> getRows() {
        return page().rows();
    }

    /** The link to the next page, or null. */
    public String getNextHref() {
        String next = page().next();
        if (next == null) {
            return null;
        }
        StringBuilder href = new StringBuilder("/messages?after=").append(next);
        if (isRequests()) {
            href.append("&folder=requests");
        }
        if (!getQuery().isEmpty()) {
            href.append("&q=").append(java.net.URLEncoder.encode(getQuery(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return href.toString();
    }

    public List<OpenLoop> getLoops() {
        if (loops == null) {
            loops = isRequests() || !getQuery().isEmpty() || Http.text("after") != null ? List.of() : queries.openLoops();
        }
        return loops;
    }

    public long getPendingRequests() {
        if (pendingRequests == null) {
            pendingRequests = queries.pendingRequests();
        }
        return pendingRequests;
    }

    public boolean isReplyRateHidden() {
        if (replyRateHidden == null) {
            replyRateHidden = replyRates.hiddenOnProfile(caller.memberId());
        }
        return replyRateHidden;
    }

    public String notNow() {
        return end(Ending.NOT_NOW);
    }

    public String noThanks() {
        return end(Ending.NO_THANKS);
    }

    public String later() {
        return end(Ending.LATER);
    }

    private String end(Ending ending) {
        Long id = Http.id("conversation");
        if (id == null) {
            return Http.fail(404);
        }
        try {
            conversations.end(id, ending, Http.date("remindOn"));
            Messages.flash("conversation.ending.sent");
        } catch (ConversationNotFound e) {
            return Http.fail(404);
        } catch (Refusal refusal) {
            Messages.error(null, refusal.messageKey());
            loops = null;
            return null;
        }
        return "/messages?faces-redirect=true";
    }

    public String toggleReplyRate() {
        conversations.hideReplyRate(!isReplyRateHidden());
        Messages.flash("conversation.replyRate.saved");
        return "/messages?faces-redirect=true";
    }
}
