package social.rapport.core.keepintouch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import social.rapport.core.account.Caller;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.interaction.InteractionLog;
import social.rapport.core.platform.Refusal;
import social.rapport.core.profile.Profile;
import social.rapport.core.profile.ProfilePart;
import social.rapport.spi.platform.Relationships;

/**
 * Keep in touch. The cadence is private to the member who sets it, and only for connections. A
 * connection is due when the latest interaction between the two (messages, comments, reactions,
 * plugin-reported ones, "we talked"; or their connection date) is older than the cadence and no
 * snooze runs.
 */
@ApplicationScoped
@Transactional
public class KeepInTouchService {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Relationships relationships;

    @Inject
    InteractionLog interactions;

    @Inject
    Clock clock;

    public void setCadence(long otherId, Cadence cadence) {
        long me = caller.memberId();
        if (cadence == null || cadence == Cadence.NONE) {
            em.createNativeQuery("delete from keep_in_touch where member_id = ?1 and other_id = ?2")
                    .setParameter(1, me).setParameter(2, otherId).executeUpdate();
            return;
        }
        requireConnection(me, otherId);
        em.createNativeQuery("insert into keep_in_touch (member_id, other_id, cadence) values (?1, ?2, ?3) "
                        + "on conflict (member_id, other_id) do update set cadence = excluded.cadence")
                .setParameter(1, me).setParameter(2, otherId).setParameter(3, cadence.name()).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Cadence cadenceWith(long otherId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select cadence from keep_in_touch where member_id = ?1 and other_id = ?2")
                .setParameter(1, caller.memberId()).setParameter(2, otherId).getResultList();
        return rows.isEmpty() ? Cadence.NONE : Cadence.valueOf(rows.get(0));
    }

    /** Not due again until {@code until} (tomorrow at the earliest, within a year). */
    public void snooze(long otherId, LocalDate until) {
        long me = caller.memberId();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (until == null || !until.isAfter(today) || until.isAfter(today.plusYears(1))) {
            throw new Refusal("until", "keepInTouch.snooze.date");
        }
        int changed = em.createNativeQuery("update keep_in_touch set snoozed_until = cast(?3 as date) where member_id = ?1 and other_id = ?2")
                .setParameter(1, me).setParameter(2, otherId).setParameter(3, until.toString()).executeUpdate();
        if (changed == 0) {
            throw new Refusal("until", "keepInTouch.notTracked");
        }
    }

    /** "We talked": records an interaction, so the next reminder is one cadence from now. */
    public void done(long otherId) {
        long me = caller.memberId();
        requireConnection(me, otherId);
        interactions.record(me, otherId, "talked");
        em.createNativeQuery("update keep_in_touch set snoozed_until = null where member_id = ?1 and other_id = ?2")
                .setParameter(1, me).setParameter(2, otherId).executeUpdate();
    }

    private void requireConnection(long me, long otherId) {
        if (!relationships.connected(me, otherId)) {
            throw new Refusal("cadence", "keepInTouch.connectionsOnly");
        }
    }

    /** The connections with a cadence (name, cadence), for changing them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Object[]> tracked() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select k.other_id, m.display_name, k.cadence, k.snoozed_until "
                        + "from keep_in_touch k join member m on m.id = k.other_id "
                        + "join connection_edge e on e.member_id = k.member_id and e.other_id = k.other_id "
                        + "where k.member_id = ?1 and not m.suspended order by m.display_name, m.id limit 500")
                .setParameter(1, caller.memberId()).getResultList();
        Map<Long, Object[]> result = new LinkedHashMap<>();
        rows.forEach(r -> result.put(((Number) r[0]).longValue(), r));
        return result;
    }

    /** Who the caller is due to get in touch with, most overdue first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DueContact> due() {
        return dueFor(caller.memberId());
    }

    /**
     * Who this member is due to get in touch with: for the weekly digest, which runs without a
     * signed-in caller and writes only to the member themself.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DueContact> dueFor(long me) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select * from (select k.other_id, m.display_name, p.handle, k.cadence, e.how_met, "
                        + "e.connected_at, (select max(i.last_at) from member_interaction i where (i.actor_id = ?1 and i.subject_id = k.other_id) "
                        + "or (i.actor_id = k.other_id and i.subject_id = ?1)) last_at "
                        + "from keep_in_touch k join connection_edge e on e.member_id = k.member_id and e.other_id = k.other_id "
                        + "join member m on m.id = k.other_id left join profile p on p.member_id = k.other_id "
                        + "where k.member_id = ?1 and not m.suspended and (k.snoozed_until is null or k.snoozed_until <= current_date)) d "
                        + "where coalesce(d.last_at, d.connected_at) < now() - case d.cadence when 'MONTHLY' then interval '1 month' "
                        + "when 'QUARTERLY' then interval '3 months' else interval '1 year' end "
                        + "order by coalesce(d.last_at, d.connected_at), d.other_id limit 100")
                .setParameter(1, me).getResultList();
        List<DueContact> due = new ArrayList<>();
        for (Object[] r : rows) {
            long other = ((Number) r[0]).longValue();
            Optional<InteractionLog.Interaction> last = interactions.lastBetween(me, other);
            OffsetDateTime since = last.map(InteractionLog.Interaction::at).orElse(time(r[5]));
            if (!Cadence.valueOf((String) r[3]).due(since, OffsetDateTime.now(clock))) {
                continue; // the query's interval arithmetic and the Java rule agree; this keeps the rule in one tested place
            }
            Object[] message = lastMessage(me, other);
            due.add(new DueContact(other, (String) r[1], (String) r[2], Cadence.valueOf((String) r[3]), (String) r[4], time(r[5]),
                    last.map(InteractionLog.Interaction::at).orElse(null), last.map(InteractionLog.Interaction::kind).orElse(null),
                    message == null ? null : ((Number) message[0]).longValue(), message == null ? null : time(message[1]),
                    message == null ? null : firstLine((String) message[2]), posts(other), changes(me, other, since)));
        }
        return due;
    }

    private Object[] lastMessage(long me, long other) {
        String key = Math.min(me, other) + ":" + Math.max(me, other);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, m.created_at, m.body from conversation c "
                        + "join conversation_member cm on cm.conversation_id = c.id and cm.member_id = ?2 "
                        + "join message m on m.conversation_id = c.id "
                        + "where c.direct_key = ?1 and m.deleted_at is null "
                        + "and not exists (select 1 from message_hidden h where h.member_id = ?2 and h.message_id = m.id) "
                        + "order by m.id desc limit 1")
                .setParameter(1, key).setParameter(2, me).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Their latest posts; the viewer is a connection (not blocked), so both audiences are visible. */
    private List<DueContact.Post> posts(long other) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, body, created_at from post where author_id = ?1 "
                        + "and deleted_at is null and removed_at is null and audience in ('EVERYONE','CONNECTIONS') "
                        + "order by created_at desc, id desc limit 3")
                .setParameter(1, other).getResultList();
        return rows.stream().map(r -> new DueContact.Post(((Number) r[0]).longValue(), firstLine((String) r[1]), time(r[2]))).toList();
    }

    /** Profile changes since the last interaction, of the parts the owner shares with the viewer. */
    private List<DueContact.Change> changes(long me, long other, OffsetDateTime since) {
        Profile profile = em.find(Profile.class, other);
        if (profile == null) {
            return List.of();
        }
        boolean headline = relationships.canSee(me, other, profile.visibility(ProfilePart.HEADLINE));
        boolean experience = relationships.canSee(me, other, profile.visibility(ProfilePart.EXPERIENCE));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, value, changed_at from profile_change where member_id = ?1 "
                        + "and changed_at > ?2 order by changed_at desc limit 5")
                .setParameter(1, other).setParameter(2, since).getResultList();
        List<DueContact.Change> changes = new ArrayList<>();
        for (Object[] r : rows) {
            String kind = (String) r[0];
            if (("HEADLINE".equals(kind) && headline) || ("JOB".equals(kind) && experience)) {
                changes.add(new DueContact.Change(kind, (String) r[1], time(r[2])));
            }
        }
        return changes;
    }

    private static OffsetDateTime time(Object value) {
        return RapportDatabase.offsetDateTime(value);
    }

    private static String firstLine(String body) {
        String line = body == null ? "" : body.strip().lines().findFirst().orElse("");
        return line.length() > 140 ? line.substring(0, 139) + "…" : line;
    }
}
