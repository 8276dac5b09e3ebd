package social.rapport.core.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import social.rapport.core.account.Caller;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.AccessDenied;
import social.rapport.core.platform.LimitedAction;
import social.rapport.core.platform.RateLimits;
import social.rapport.core.platform.Refusal;
import social.rapport.spi.connection.ConnectionChange;

/**
 * Invitations with context: send, accept, decline, "not now", withdraw, and expiry. The caller
 * must be the sender or the recipient of the invitation they act on; everything else is refused.
 */
@ApplicationScoped
@Transactional
public class InvitationService {

    public static final int MAX_NOTE = 300;
    /** Unanswered invitations expire after this many days. */
    public static final int EXPIRY_DAYS = 30;
    /** A declined sender may invite the same person again after this many days. */
    public static final int DECLINE_COOLDOWN_DAYS = 21;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<ConnectionEvent> events;

    @Inject
    RateLimits rateLimits;

    @Inject
    @ConfigProperty(name = "rapport.connections.max-pending", defaultValue = "200")
    int maxPending;

    /** Sends an invitation from the caller; returns its id. */
    public long send(long recipientId, String howMetName, String note) {
        long me = caller.requireVerified("invite");
        HowMet howMet = HowMet.parse(howMetName).orElseThrow(() -> new Refusal("howMet", "network.invite.howMetRequired"));
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            throw new Refusal("note", "network.invite.noteTooLong");
        }
        if (recipientId == me) {
            throw new Refusal("invite", "network.invite.self");
        }
        // one sender at a time: the limits below are counted, then the row inserted, under this lock
        em.createNativeQuery("select id from member where id = ?1 for update").setParameter(1, me).getResultList();
        if (!MemberChecks.active(em, recipientId) || MemberChecks.blocked(em, me, recipientId)) {
            throw new Refusal("invite", "network.member.unavailable");
        }
        expireOverdue(me);
        if (MemberChecks.connected(em, me, recipientId)) {
            throw new Refusal("invite", "network.invite.alreadyConnected");
        }
        List<?> pending = em.createNativeQuery("select sender_id from invitation where status = 'PENDING' "
                        + "and least(sender_id, recipient_id) = least(?1, ?2) and greatest(sender_id, recipient_id) = greatest(?1, ?2)")
                .setParameter(1, me).setParameter(2, recipientId).getResultList();
        if (!pending.isEmpty()) {
            throw new Refusal("invite", Rows.id(pending.get(0)) == me ? "network.invite.alreadyPending" : "network.invite.theyInvitedYou");
        }
        if (count("select count(*) from invitation where sender_id = ?1 and recipient_id = ?2 and status = 'DECLINED' "
                + "and answered_at > now() - make_interval(days => ?3)", me, recipientId, DECLINE_COOLDOWN_DAYS) > 0) {
            throw new Refusal("invite", "network.invite.declinedRecently");
        }
        if (count("select count(*) from invitation where sender_id = ?1 and status = 'PENDING'", me) >= maxPending) {
            throw new Refusal("invite", "network.invite.pendingLimit");
        }
        rateLimits.take(LimitedAction.INVITATION, me, "invite");
        Object[] row = (Object[]) em.createNativeQuery("insert into invitation (sender_id, recipient_id, how_met, note) "
                        + "values (?1, ?2, ?3, ?4) returning id, created_at")
                .setParameter(1, me).setParameter(2, recipientId).setParameter(3, howMet.name()).setParameter(4, text)
                .getSingleResult();
        fire(ConnectionEvent.Kind.INVITATION_SENT, me, recipientId, howMet.name(), Rows.time(row[1]));
        return Rows.id(row[0]);
    }

    /** The recipient accepts: both directed edges are created, keeping how they met. */
    public void accept(long invitationId) {
        Pending invitation = pendingFor(invitationId, true);
        if (MemberChecks.blocked(em, invitation.sender, invitation.recipient) || !MemberChecks.active(em, invitation.sender)) {
            throw new Refusal("invitation", "network.member.unavailable");
        }
        answer(invitationId, "ACCEPTED");
        // now() is the transaction's start: both edges get the same time
        em.createNativeQuery("insert into connection_edge (member_id, other_id, how_met, connected_at) "
                        + "values (?1, ?2, ?3, now()), (?2, ?1, ?3, now()) on conflict do nothing")
                .setParameter(1, invitation.sender).setParameter(2, invitation.recipient).setParameter(3, invitation.howMet)
                .executeUpdate();
        fire(ConnectionEvent.Kind.INVITATION_ACCEPTED, invitation.recipient, invitation.sender, invitation.howMet, null);
    }

    /** The recipient declines; the sender cannot invite them again for {@value #DECLINE_COOLDOWN_DAYS} days. */
    public void decline(long invitationId) {
        Pending invitation = pendingFor(invitationId, true);
        answer(invitationId, "DECLINED");
        fire(ConnectionEvent.Kind.INVITATION_DECLINED, invitation.recipient, invitation.sender, invitation.howMet, null);
    }

    /** The recipient answers later: it stays pending, below the others. */
    public void notNow(long invitationId) {
        pendingFor(invitationId, true);
        em.createNativeQuery("update invitation set not_now = true where id = ?1").setParameter(1, invitationId).executeUpdate();
    }

    /** The sender takes the invitation back. */
    public void withdraw(long invitationId) {
        Pending invitation = pendingFor(invitationId, false);
        answer(invitationId, "WITHDRAWN");
        fire(ConnectionEvent.Kind.INVITATION_WITHDRAWN, invitation.sender, invitation.recipient, invitation.howMet, null);
    }

    /**
     * Expires the pending invitations older than {@value #EXPIRY_DAYS} days, of one member (when
     * their lists are read) or of everyone (the timer). One UPDATE ... RETURNING: PostgreSQL's
     * row locks let only one transaction change a row, so however many instances run this at
     * once, each invitation expires, and is announced, exactly once.
     */
    public int expireOverdue(Long memberId) {
        String scope = memberId == null ? "" : " and (sender_id = ?2 or recipient_id = ?2)";
        var query = em.createNativeQuery("update invitation set status = 'EXPIRED', answered_at = now() "
                        + "where status = 'PENDING' and created_at < now() - make_interval(days => ?1)" + scope
                        + " returning sender_id, recipient_id, how_met, answered_at")
                .setParameter(1, EXPIRY_DAYS);
        if (memberId != null) {
            query.setParameter(2, memberId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> expired = query.getResultList();
        for (Object[] row : expired) {
            fire(ConnectionEvent.Kind.INVITATION_EXPIRED, Rows.id(row[0]), Rows.id(row[1]), (String) row[2], Rows.time(row[3]));
        }
        return expired.size();
    }

    private record Pending(long sender, long recipient, String howMet) {
    }

    /** The pending invitation, if the caller is its recipient (or sender); anyone else is denied. */
    private Pending pendingFor(long invitationId, boolean asRecipient) {
        long me = caller.memberId();
        List<?> rows = em.createNativeQuery("select sender_id, recipient_id, how_met, status from invitation where id = ?1 for update")
                .setParameter(1, invitationId).getResultList();
        if (rows.isEmpty()) {
            throw new AccessDenied("no such invitation");
        }
        Object[] row = (Object[]) rows.get(0);
        Pending invitation = new Pending(Rows.id(row[0]), Rows.id(row[1]), (String) row[2]);
        if ((asRecipient ? invitation.recipient : invitation.sender) != me) {
            throw new AccessDenied("not your invitation");
        }
        if (!"PENDING".equals(row[3])) {
            throw new Refusal("invitation", "network.invitation.notPending");
        }
        return invitation;
    }

    private void answer(long invitationId, String status) {
        em.createNativeQuery("update invitation set status = ?2, answered_at = now() where id = ?1")
                .setParameter(1, invitationId).setParameter(2, status).executeUpdate();
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return Rows.id(query.getSingleResult());
    }

    private void fire(ConnectionEvent.Kind kind, long actor, long subject, String howMet, OffsetDateTime at) {
        events.fire(new ConnectionEvent(kind, new ConnectionChange(actor, subject, howMet,
                at != null ? at : Rows.time(em.createNativeQuery("select now()").getSingleResult()))));
    }
}
