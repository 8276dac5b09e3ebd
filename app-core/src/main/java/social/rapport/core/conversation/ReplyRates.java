package social.rapport.core.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import social.rapport.core.database.RapportDatabase;

/**
 * Reply rates over the last {@value #DAYS} days: of the direct conversations and requests someone
 * else started with a member, how many the member answered and how fast (see {@link ReplyStats}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReplyRates {

    public static final int DAYS = 90;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    public ReplyStats of(long memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.first_message_at, c.first_reply_at from conversation_member cm "
                        + "join conversation c on c.id = cm.conversation_id where cm.member_id = ?1 and c.kind = 'DIRECT' "
                        + "and c.first_sender_id <> ?1 and c.first_message_at > now() - make_interval(days => ?2)")
                .setParameter(1, memberId).setParameter(2, DAYS).getResultList();
        List<ReplyStats.FirstContact> contacts = new ArrayList<>();
        for (Object[] r : rows) {
            contacts.add(new ReplyStats.FirstContact(Sql.time(r[0]), Sql.time(r[1])));
        }
        return ReplyStats.of(contacts);
    }

    /** Whether the member chose not to show their reply rate on their profile. */
    public boolean hiddenOnProfile(long memberId) {
        return Sql.exists(em, "select 1 from conversation_settings where member_id = ?1 and hide_reply_rate", memberId);
    }
}
