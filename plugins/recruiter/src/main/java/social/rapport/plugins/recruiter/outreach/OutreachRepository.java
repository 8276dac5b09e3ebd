package social.rapport.plugins.recruiter.outreach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import social.rapport.spi.platform.Jdbc;

/** The SQL of outreach loops and "don't contact me again" marks. */
@ApplicationScoped
public class OutreachRepository {

    @Inject
    Jdbc db;

    public long insert(long organisationId, long jobId, long recruiterId, long candidateId, long conversationId, long messageId, Instant now) {
        return db.number("insert into recruiter_outreach (organisation_id, job_id, recruiter_id, candidate_id, conversation_id, message_id, "
                + "sent_at) values (?,?,?,?,?,?,?) returning id", organisationId, jobId, recruiterId, candidateId, conversationId, messageId, now);
    }

    public boolean exists(long jobId, long candidateId) {
        return db.number("select count(*) from recruiter_outreach where job_id = ? and candidate_id = ?", jobId, candidateId) > 0;
    }

    public Optional<Outreach> find(long id) {
        return db.one(Outreach.SELECT + "where o.id = ?", Outreach::map, id);
    }

    /** One sender at a time: the credit count and the insert that spends one happen under this lock. */
    public void lockRecruiter(long recruiterId) {
        db.list("select pg_advisory_xact_lock(hashtext('recruiter_outreach'), hashtext(?))", r -> r.getString(1), String.valueOf(recruiterId));
    }

    /** The message ids of the recruiter's open loops: asked about through the core's conversations. */
    public List<long[]> openMessages(long recruiterId) {
        return db.list("select id, message_id from recruiter_outreach where recruiter_id = ? and answer is null",
                r -> new long[] {r.getLong(1), r.getLong(2)}, recruiterId);
    }

    /** Closes an open loop; 0 when it was closed already. */
    public int close(long id, Answer answer, String note, Instant at) {
        return db.update("update recruiter_outreach set answer = ?, note = ?, answered_at = ? where id = ? and answer is null",
                answer, note, at, id);
    }

    public int openSince(long recruiterId, Instant since) {
        return (int) db.number("select count(*) from recruiter_outreach where recruiter_id = ? and answer is null and sent_at > ?",
                recruiterId, since);
    }

    public int pending(long recruiterId) {
        return (int) db.number("select count(*) from recruiter_outreach where recruiter_id = ? and answer is null", recruiterId);
    }

    /** {sent, answered by the candidate} over the latest {@link OutreachRules#WINDOW_MESSAGES} sent since {@code since}. */
    public int[] window(long recruiterId, Instant since) {
        return db.one("select count(*), count(*) filter (where answer in ('REPLIED','NOT_INTERESTED')) from (select answer "
                        + "from recruiter_outreach where recruiter_id = ? and sent_at > ? order by sent_at desc limit "
                        + OutreachRules.WINDOW_MESSAGES + ") w",
                r -> new int[] {r.getInt(1), r.getInt(2)}, recruiterId, since).orElse(new int[] {0, 0});
    }

    public List<Outreach> sentBy(long recruiterId, int limit) {
        return db.list(Outreach.SELECT + "where o.recruiter_id = ? order by o.id desc limit " + limit, Outreach::map, recruiterId);
    }

    public List<Outreach> receivedBy(long candidateId, int limit) {
        return db.list(Outreach.SELECT + "where o.candidate_id = ? order by o.id desc limit " + limit, Outreach::map, candidateId);
    }

    public boolean noContact(long memberId, long organisationId) {
        return db.number("select count(*) from recruiter_no_contact where member_id = ? and organisation_id = ?", memberId, organisationId) > 0;
    }

    public void markNoContact(long memberId, long organisationId, Instant now) {
        db.update("insert into recruiter_no_contact (member_id, organisation_id, marked_at) values (?,?,?) on conflict do nothing",
                memberId, organisationId, now);
    }

    public int unmarkNoContact(long memberId, long organisationId) {
        return db.update("delete from recruiter_no_contact where member_id = ? and organisation_id = ?", memberId, organisationId);
    }

    /** The organisations the member asked not to hear from: {id, name}. */
    public List<String[]> noContactOf(long memberId) {
        return db.list("select g.id, g.name from recruiter_no_contact n join recruiter_organisation g on g.id = n.organisation_id "
                + "where n.member_id = ? order by g.name", r -> new String[] {r.getString(1), r.getString(2)}, memberId);
    }

    /** Closes the member's open loops with one organisation as "not interested". */
    public int closeAllFrom(long candidateId, long organisationId, Instant now) {
        return db.update("update recruiter_outreach set answer = 'NOT_INTERESTED', answered_at = ? where candidate_id = ? "
                + "and organisation_id = ? and answer is null", now, candidateId, organisationId);
    }
}
