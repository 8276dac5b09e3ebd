package social.rapport.plugins.recruiter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import social.rapport.spi.platform.Jdbc;

/** The SQL of applications, their moves and notes, the deadline claims and the responsiveness samples. */
@ApplicationScoped
public class ApplicationRepository {

    private static final String SELECT = "select a.*, j.title as job_title, j.organisation_id, o.name as org_name "
            + "from recruiter_application a join recruiter_job j on j.id = a.job_id "
            + "join recruiter_organisation o on o.id = j.organisation_id ";

    @Inject
    Jdbc db;

    /** The new id, or empty when the member already applied (one application per job). */
    public Optional<Long> insert(long jobId, long memberId, String note, String snapshot, Instant now, Instant due) {
        return db.one("insert into recruiter_application (job_id, member_id, note, snapshot, applied_at, answer_due) "
                + "values (?,?,?,?,?,?) on conflict (job_id, member_id) do nothing returning id",
                r -> r.getLong(1), jobId, memberId, note, snapshot, now, due);
    }

    public Optional<Application> find(long id) {
        return db.one(SELECT + "where a.id = ?", ApplicationRepository::map, id);
    }

    public Optional<Application> of(long jobId, long memberId) {
        return db.one(SELECT + "where a.job_id = ? and a.member_id = ?", ApplicationRepository::map, jobId, memberId);
    }

    public List<Application> ofMember(long memberId) {
        return db.list(SELECT + "where a.member_id = ? order by a.id desc limit 200", ApplicationRepository::map, memberId);
    }

    public List<Application> ofJob(long jobId) {
        return db.list(SELECT + "where a.job_id = ? order by a.id limit 500", ApplicationRepository::map, jobId);
    }

    /** Moves the application if it is still in {@code from} (a concurrent move loses); the first answer is stamped. */
    public boolean move(long id, Stage from, Stage to, CloseReason reason, long by, Instant now, boolean answer) {
        int n = db.update("update recruiter_application set stage = ?, close_reason = ?, "
                + "answered_at = case when ? and answered_at is null then ? else answered_at end where id = ? and stage = ?",
                to, reason, answer, now, id, from);
        if (n == 0) {
            return false;
        }
        db.update("insert into recruiter_move (application_id, from_stage, to_stage, reason, moved_by, moved_at) values (?,?,?,?,?,?)",
                id, from, to, reason, by, now);
        return true;
    }

    public List<Move> moves(long applicationId) {
        return db.list("select * from recruiter_move where application_id = ? order by id", r -> new Move(r.getLong("application_id"),
                Stage.valueOf(r.getString("from_stage")), Stage.valueOf(r.getString("to_stage")),
                r.getString("reason") == null ? null : CloseReason.valueOf(r.getString("reason")), r.getLong("moved_by"),
                Jdbc.instant(r, "moved_at")), applicationId);
    }

    public void addNote(long applicationId, long author, String body, Instant now) {
        db.update("insert into recruiter_note (application_id, author_id, body, written_at) values (?,?,?,?)", applicationId, author, body, now);
    }

    public List<Note> notes(long applicationId) {
        return db.list("select * from recruiter_note where application_id = ? order by id", r -> new Note(r.getLong("id"),
                r.getLong("application_id"), r.getLong("author_id"), r.getString("body"), Jdbc.instant(r, "written_at")), applicationId);
    }

    /** Claims applications whose reminder is due (one update per row: safe on several instances). */
    public List<Application> claimReminders(Instant remindBefore, Instant now) {
        List<Long> ids = db.list("update recruiter_application set reminded_at = ? where answered_at is null and unanswered_at is null "
                + "and reminded_at is null and stage = 'APPLIED' and answer_due <= ? returning id", r -> r.getLong(1), now, remindBefore);
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Claims applications past their deadline without an answer, and marks them unanswered. */
    public List<Application> claimUnanswered(Instant now) {
        List<Long> ids = db.list("update recruiter_application set unanswered_at = ? where answered_at is null and unanswered_at is null "
                + "and stage = 'APPLIED' and answer_due <= ? returning id", r -> r.getLong(1), now, now);
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Applications of the window that are answered or past their deadline, for one organisation or (jobId not null) one job. */
    public List<Responsiveness.Sample> samples(long organisationId, Long jobId, Instant since, Instant now) {
        return db.list("select a.applied_at, a.answered_at from recruiter_application a join recruiter_job j on j.id = a.job_id "
                + "where j.organisation_id = ? and (?::bigint is null or a.job_id = ?) and a.applied_at >= ? "
                + "and a.stage <> 'WITHDRAWN' and (a.answered_at is not null or a.answer_due <= ?)",
                r -> new Responsiveness.Sample(Jdbc.instant(r, "applied_at"), Jdbc.instant(r, "answered_at")),
                organisationId, jobId, jobId, since, now);
    }

    /** Applications (their moves and notes cascade) of jobs closed before {@code cutoff}. */
    public int deleteOfJobsClosedBefore(Instant cutoff) {
        return db.update("delete from recruiter_application a using recruiter_job j where j.id = a.job_id "
                + "and j.status = 'CLOSED' and j.closed_at < ?", cutoff);
    }

    public List<Long> recruitersOf(long organisationId) {
        return db.list("select member_id from recruiter_recruiter where organisation_id = ?", r -> r.getLong(1), organisationId);
    }

    static Application map(ResultSet r) throws SQLException {
        String reason = r.getString("close_reason");
        return new Application(r.getLong("id"), r.getLong("job_id"), r.getString("job_title"), r.getLong("organisation_id"),
                r.getString("org_name"), r.getLong("member_id"), r.getString("note"), r.getString("snapshot"),
                Stage.valueOf(r.getString("stage")), reason == null ? null : CloseReason.valueOf(reason),
                Jdbc.instant(r, "applied_at"), Jdbc.instant(r, "answer_due"),
                Jdbc.instant(r, "answered_at"), Jdbc.instant(r, "unanswered_at"));
    }
}
