package social.rapport.web.network;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Set;
import social.rapport.core.account.Caller;
import social.rapport.core.connection.ConnectionService;
import social.rapport.core.connection.InvitationService;
import social.rapport.core.connection.NetworkQueries;
import social.rapport.core.connection.Relationship;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/**
 * The connection part of a member's page ({@code /WEB-INF/includes/network/profile-actions.xhtml}):
 * where the viewer stands with the owner and the one action that fits. Every action names the
 * owner; the services decide what the caller may do. View scoped, so a button pressed on a page
 * that has gone stale (the other member blocked the viewer meanwhile) still reaches the service,
 * which refuses it with a message, instead of silently doing nothing.
 */
@Named
@ViewScoped
public class ProfileActions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Refusals about these inputs are shown next to them; the rest above the page. */
    private static final Set<String> FIELDS = Set.of("howMet", "note", "reason", "text");

    @Inject
    transient Caller caller;

    @Inject
    transient NetworkQueries queries;

    @Inject
    transient InvitationService invitations;

    @Inject
    transient ConnectionService connections;

    private final HashMap<Long, Relationship> relationships = new HashMap<>();
    private String howMet;
    private String note;
    private String reason;
    private String text;
    private String confirming;
    private long confirmingOwner;

    public boolean isSignedIn() {
        return caller.signedIn();
    }

    /** Where the signed-in viewer stands with {@code owner} (null for anonymous visitors). */
    public Relationship relationship(long owner) {
        if (!caller.signedIn()) {
            return null;
        }
        return relationships.computeIfAbsent(owner, queries::relationship);
    }

    public void invite(long owner) {
        act("network-actions", "network.invite.sent", () -> invitations.send(owner, howMet, note));
    }

    public void withdraw(long owner) {
        act("network-actions", "network.invitation.withdrawn", () -> invitations.withdraw(pending(owner)));
    }

    public void accept(long owner) {
        act("network-actions", "network.invitation.accepted", () -> invitations.accept(pending(owner)));
    }

    public void decline(long owner) {
        act("network-actions", "network.invitation.declined", () -> invitations.decline(pending(owner)));
    }

    public void notNow(long owner) {
        act("network-actions", "network.invitation.postponed", () -> invitations.notNow(pending(owner)));
    }

    /** Asks first (on the page, from the server): the connection goes for good. */
    public void remove(long owner) {
        ask("remove", owner);
    }

    public void follow(long owner) {
        act("network-actions", "network.followed", () -> connections.follow(owner));
    }

    public void unfollow(long owner) {
        act("network-actions", "network.unfollowed", () -> connections.unfollow(owner));
    }

    /** Asks first (on the page, from the server): a block deletes the connection, follows and invitations for good. */
    public void block(long owner) {
        ask("block", owner);
    }

    /**
     * The destructive action waiting for the viewer's confirmation on this page ("remove" or
     * "block"), or null. The confirm button exists only while one waits, so a single request,
     * from a page's script or crafted, never removes or blocks anyone.
     */
    public String confirming(long owner) {
        return confirmingOwner == owner ? confirming : null;
    }

    public void confirm(long owner) {
        String action = confirming(owner);
        confirming = null;
        if ("remove".equals(action)) {
            act("network-actions", "network.removed", () -> connections.remove(owner));
        } else if ("block".equals(action)) {
            act("network-actions", "network.blocked", () -> connections.block(owner));
        }
    }

    public void cancel() {
        confirming = null;
        relationships.clear();
    }

    private void ask(String action, long owner) {
        confirming = action;
        confirmingOwner = owner;
        relationships.clear();
    }

    public void unblock(long owner) {
        act("network-actions", "network.unblocked", () -> connections.unblock(owner));
    }

    public void report(long owner) {
        if (act("network-report", "network.report.sent", () -> connections.report(owner, reason, text))) {
            reason = null;
            text = null;
        }
    }

    /** The pending invitation between the caller and the owner, as the page showed it. */
    private long pending(long owner) {
        Long id = queries.relationship(owner).invitationId();
        if (id == null) {
            throw new Refusal("invitation", "network.invitation.notPending");
        }
        return id;
    }

    private boolean act(String formId, String doneKey, Runnable action) {
        relationships.clear(); // whatever happens, the page then shows where they stand now
        try {
            action.run();
            howMet = null;
            note = null;
            Messages.info(doneKey);
            return true;
        } catch (Refusal refusal) {
            if (FIELDS.contains(refusal.field())) {
                Messages.refused(formId, refusal);
            } else {
                Messages.error(null, refusal.messageKey());
            }
            return false;
        }
    }

    public String getHowMet() {
        return howMet;
    }

    public void setHowMet(String howMet) {
        this.howMet = howMet;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
