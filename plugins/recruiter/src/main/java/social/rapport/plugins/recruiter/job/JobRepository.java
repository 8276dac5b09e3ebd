package social.rapport.plugins.recruiter.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import social.rapport.spi.platform.Jdbc;

/** The SQL of jobs. Lists are keyset pages on the id (newest first). */
@ApplicationScoped
public class JobRepository {

    private static final String SELECT = "select j.*, o.name as org_name, o.slug as org_slug, o.logo_at as org_logo_at from recruiter_job j "
            + "join recruiter_organisation o on o.id = j.organisation_id ";

    @Inject
    Jdbc db;

    public long insert(long organisationId, JobDraft d, long by, Instant now, Instant expires) {
        return db.number("insert into recruiter_job (organisation_id, title, location, remote, employment_type, description, "
                        + "skills, pay_min, pay_max, currency, pay_period, created_by, created_at, expires_at) "
                        + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?) returning id",
                organisationId, d.title(), d.location(), d.remote(), d.type(), d.description(), d.skills(), d.payMin(),
                d.payMax(), d.currency(), d.period(), by, now, expires);
    }

    public Optional<Job> find(long id) {
        return db.one(SELECT + "where j.id = ?", JobRepository::map, id);
    }

    public int close(long id, JobOutcome outcome, Instant now) {
        return db.update("update recruiter_job set status = 'CLOSED', outcome = ?, closed_at = ? where id = ? and status = 'OPEN'",
                outcome, now, id);
    }

    /** Open jobs still within their time, matching the search. */
    public List<Job> search(JobSearch s, Instant now, int limit) {
        StringBuilder sql = new StringBuilder(SELECT + "where j.status = 'OPEN' and j.expires_at > ? and o.status = 'APPROVED'");
        List<Object> p = new ArrayList<>(List.of(now));
        if (s.title() != null && !s.title().isBlank()) {
            sql.append(" and j.title ilike ?");
            p.add("%" + like(s.title().strip()) + "%");
        }
        if (s.location() != null && !s.location().isBlank()) {
            sql.append(" and j.location ilike ?");
            p.add("%" + like(s.location().strip()) + "%");
        }
        if (s.remoteOnly()) {
            sql.append(" and j.remote");
        }
        if (s.skill() != null && !s.skill().isBlank()) {
            sql.append(" and j.skills ilike ?");
            p.add("%" + like(s.skill().strip()) + "%");
        }
        if (s.payAtLeast() != null) {
            sql.append(" and j.pay_max >= ?");
            p.add(s.payAtLeast());
        }
        if (s.afterId() > 0) {
            sql.append(" and j.id < ?");
            p.add(s.afterId());
        }
        sql.append(" order by j.id desc limit ?");
        p.add(limit);
        return db.list(sql.toString(), JobRepository::map, p.toArray());
    }

    /**
     * Open jobs of approved organisations whose skills mention one of {@code skills} (a word each), newest first:
     * the "Jobs that match you" feed item. At most 20 skills are looked at.
     */
    public List<Job> matching(List<String> skills, Instant now, int limit) {
        List<String> patterns = skills.stream().map(String::strip).filter(x -> !x.isEmpty()).limit(20)
                .map(x -> "%" + like(x) + "%").toList();
        if (patterns.isEmpty()) {
            return List.of();
        }
        return db.list(SELECT + "where j.status = 'OPEN' and j.expires_at > ? and o.status = 'APPROVED' "
                + "and j.skills ilike any (?) order by j.id desc limit ?", JobRepository::map, now, new Jdbc.Texts(patterns), limit);
    }

    public List<Job> ofOrganisation(long organisationId, boolean openOnly, Instant now) {
        if (openOnly) {
            return db.list(SELECT + "where j.organisation_id = ? and j.status = 'OPEN' and j.expires_at > ? order by j.id desc limit 200",
                    JobRepository::map, organisationId, now);
        }
        return db.list(SELECT + "where j.organisation_id = ? order by j.id desc limit 200", JobRepository::map, organisationId);
    }

    /** Closes open jobs past their expiry; safe on several instances (one update claims each row). */
    public int expire(Instant now) {
        return db.update("update recruiter_job set status = 'CLOSED', outcome = 'EXPIRED', closed_at = ? "
                + "where status = 'OPEN' and expires_at <= ?", now, now);
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static Job map(ResultSet r) throws SQLException {
        String outcome = r.getString("outcome");
        return new Job(r.getLong("id"), r.getLong("organisation_id"), r.getString("org_name"), r.getString("org_slug"),
                r.getString("title"), r.getString("location"), r.getBoolean("remote"),
                EmploymentType.valueOf(r.getString("employment_type")), r.getString("description"), r.getString("skills"),
                r.getInt("pay_min"), r.getInt("pay_max"), r.getString("currency").strip(), PayPeriod.valueOf(r.getString("pay_period")),
                "OPEN".equals(r.getString("status")), outcome == null ? null : JobOutcome.valueOf(outcome),
                Jdbc.instant(r, "created_at"), Jdbc.instant(r, "expires_at"), Jdbc.instant(r, "org_logo_at"));
    }
}
