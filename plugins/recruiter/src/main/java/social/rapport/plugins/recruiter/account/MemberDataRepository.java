package social.rapport.plugins.recruiter.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import social.rapport.spi.platform.Jdbc;

/** The SQL of a member's export (JSON arrays built by PostgreSQL) and of their erasure. */
@ApplicationScoped
public class MemberDataRepository {

    static final String APPLICATIONS = "select a.id, a.job_id, j.title as job, o.name as organisation, a.note, a.snapshot, a.stage, "
            + "a.close_reason, a.applied_at, a.answer_due, a.answered_at, a.unanswered_at, (select coalesce(json_agg(json_build_object("
            + "'from', m.from_stage, 'to', m.to_stage, 'reason', m.reason, 'at', m.moved_at) order by m.id), '[]'::json) "
            + "from recruiter_move m where m.application_id = a.id) as moves from recruiter_application a "
            + "join recruiter_job j on j.id = a.job_id join recruiter_organisation o on o.id = j.organisation_id "
            + "where a.member_id = ? order by a.id";
    static final String OPEN_TO = "select t.open, t.roles, t.titles, t.locations, t.remote, t.skills, t.min_pay, t.currency, t.current_employer, "
            + "t.visible_to, t.updated_at, (select coalesce(json_agg(o.name order by o.name), '[]'::json) from recruiter_open_to_org c "
            + "join recruiter_organisation o on o.id = c.organisation_id where c.member_id = t.member_id) as chosen_organisations "
            + "from recruiter_open_to t where t.member_id = ?";
    static final String OUTREACH_RECEIVED = "select x.id, o.name as organisation, j.title as job, x.sent_at, x.answer, x.note, x.answered_at "
            + "from recruiter_outreach x join recruiter_job j on j.id = x.job_id join recruiter_organisation o on o.id = x.organisation_id "
            + "where x.candidate_id = ? order by x.id";
    static final String OUTREACH_SENT = "select x.id, o.name as organisation, j.title as job, x.sent_at, x.answer, x.note, x.answered_at "
            + "from recruiter_outreach x join recruiter_job j on j.id = x.job_id join recruiter_organisation o on o.id = x.organisation_id "
            + "where x.recruiter_id = ? order by x.id";
    static final String NO_CONTACT = "select o.name as organisation, n.marked_at from recruiter_no_contact n "
            + "join recruiter_organisation o on o.id = n.organisation_id where n.member_id = ? order by o.name";
    static final String RECRUITER_OF = "select o.name as organisation, o.slug, r.added_at from recruiter_recruiter r "
            + "join recruiter_organisation o on o.id = r.organisation_id where r.member_id = ? "
            + "union all select c.name, null, c.claimed_at from recruiter_claim c where c.member_id = ?";

    static final String SAVED_SEARCHES = "select s.name, j.title as job, s.words, s.location, s.saved_at from recruiter_saved_search s "
            + "join recruiter_job j on j.id = s.job_id where s.recruiter_id = ? order by s.id";

    @Inject
    Jdbc db;

    /** The rows of {@code select} as a JSON array. */
    public String json(String select, Object... parameters) {
        return db.one("select coalesce(json_agg(t), '[]'::json)::text from (" + select + ") t", r -> r.getString(1), parameters)
                .orElse("[]");
    }

    /** Everything the plugin holds about the member as a candidate or a recruiter; jobs and organisations stay (the organisation's). */
    public void erase(long memberId) {
        db.update("delete from recruiter_application where member_id = ?", memberId); // moves and notes go with it (cascade)
        db.update("delete from recruiter_note where author_id = ?", memberId);
        db.update("delete from recruiter_open_to_org where member_id = ?", memberId);
        db.update("delete from recruiter_open_to where member_id = ?", memberId);
        db.update("delete from recruiter_outreach where candidate_id = ? or recruiter_id = ?", memberId, memberId);
        db.update("delete from recruiter_saved_search where recruiter_id = ?", memberId);
        for (String table : List.of("recruiter_no_contact", "recruiter_claim", "recruiter_recruiter")) {
            db.update("delete from " + table + " where member_id = ?", memberId);
        }
    }
}
