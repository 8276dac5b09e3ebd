package social.rapport.plugins.recruiter.candidate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import social.rapport.spi.platform.Jdbc;

/** The SQL of "open to opportunities" and of the candidate search (only open members, by member id keyset). */
@ApplicationScoped
public class OpenToRepository {

    @Inject
    Jdbc db;

    public Optional<OpenTo> find(long memberId) {
        Optional<OpenTo> row = db.one("select * from recruiter_open_to where member_id = ?", OpenToRepository::map, memberId);
        return row.map(o -> new OpenTo(o.memberId(), o.open(), o.roles(), o.titles(), o.locations(), o.remote(), o.skills(), o.minPay(),
                o.currency(), o.currentEmployer(), o.onlyChosen(), new HashSet<>(db.list(
                        "select organisation_id from recruiter_open_to_org where member_id = ?", r -> r.getLong(1), memberId))));
    }

    public void save(OpenTo o, Instant now) {
        db.update("insert into recruiter_open_to (member_id, open, roles, titles, locations, remote, skills, min_pay, currency, current_employer, "
                + "visible_to, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?) on conflict (member_id) do update set open = excluded.open, "
                + "roles = excluded.roles, titles = excluded.titles, locations = excluded.locations, remote = excluded.remote, skills = excluded.skills, "
                + "min_pay = excluded.min_pay, currency = excluded.currency, current_employer = excluded.current_employer, "
                + "visible_to = excluded.visible_to, updated_at = excluded.updated_at",
                o.memberId(), o.open(), o.roles(), o.titles(), o.locations(), o.remote(), o.skills(), o.minPay(), o.currency(),
                o.currentEmployer(), o.onlyChosen() ? "CHOSEN" : "ALL", now);
        db.update("delete from recruiter_open_to_org where member_id = ?", o.memberId());
        for (Long org : o.chosen()) {
            db.update("insert into recruiter_open_to_org (member_id, organisation_id) values (?,?) on conflict do nothing", o.memberId(), org);
        }
    }

    /**
     * Open members the organisation may see: not its own current employees (by name), and only
     * those who chose it when they restrict. The same rule as {@link OpenToRules#visibleTo}
     * ({@code employer_key} is {@link OpenToRules#key} of the employer, a generated column). Each word
     * must be in the roles wanted, the job titles or the skills. bench/recruiter-explain.sql holds the
     * same statement for EXPLAIN ANALYZE at benchmark size.
     */
    public List<OpenTo> search(CandidateQuery q, String organisationKey, int limit) {
        StringBuilder sql = new StringBuilder("select t.* from recruiter_open_to t where t.open and t.member_id > ? "
                + "and t.employer_key <> ? "
                + "and (t.visible_to = 'ALL' or exists (select 1 from recruiter_open_to_org c where c.member_id = t.member_id "
                + "and c.organisation_id = ?)) "
                // the organisation's "don't contact me again" marks, read once (V8), whatever the words' selectivity
                + "and t.member_id not in (select n.member_id from recruiter_no_contact n where n.organisation_id = ?)");
        List<Object> p = new ArrayList<>(List.of(q.afterMemberId(), organisationKey, q.organisationId(), q.organisationId()));
        if (q.words() != null && !q.words().isBlank()) {
            for (String w : q.words().strip().split("\\s+")) {
                // one expression, as the trigram index recruiter_open_to_words_idx (V7); a word has no space,
                // so it never matches across two fields
                sql.append(" and (t.roles || ' ' || t.titles || ' ' || t.skills) ilike ?");
                p.add("%" + like(w) + "%");
            }
        }
        if (q.location() != null && !q.location().isBlank()) {
            sql.append(" and (t.locations ilike ? or t.remote)");
            p.add("%" + like(q.location().strip()) + "%");
        }
        if (q.payMax() != null) {
            sql.append(" and (t.min_pay is null or (t.currency = ? and t.min_pay <= ?))");
            p.add(q.currency());
            p.add(q.payMax());
        }
        sql.append(" order by t.member_id limit ?");
        p.add(limit);
        return db.list(sql.toString(), OpenToRepository::map, p.toArray());
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static OpenTo map(ResultSet r) throws SQLException {
        int pay = r.getInt("min_pay");
        Integer minPay = r.wasNull() ? null : pay;
        String currency = r.getString("currency");
        return new OpenTo(r.getLong("member_id"), r.getBoolean("open"), r.getString("roles"), r.getString("titles"), r.getString("locations"),
                r.getBoolean("remote"), r.getString("skills"), minPay, currency == null ? null : currency.strip(),
                r.getString("current_employer"), "CHOSEN".equals(r.getString("visible_to")), null);
    }
}
