package social.rapport.plugins.recruiter.candidate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import social.rapport.spi.platform.Jdbc;

/** The SQL of saved candidate searches. */
@ApplicationScoped
public class SavedSearchRepository {

    @Inject
    Jdbc db;

    public long insert(long recruiterId, long jobId, String name, String words, String location, Instant now) {
        return db.number("insert into recruiter_saved_search (recruiter_id, job_id, name, words, location, saved_at) "
                + "values (?,?,?,?,?,?) returning id", recruiterId, jobId, name, words, location, now);
    }

    public int count(long recruiterId) {
        return (int) db.number("select count(*) from recruiter_saved_search where recruiter_id = ?", recruiterId);
    }

    /** The recruiter's own searches, newest first; only of jobs of organisations in {@code organisationIds}. */
    public List<SavedSearch> of(long recruiterId, List<Long> organisationIds) {
        return db.list("select s.*, j.title from recruiter_saved_search s join recruiter_job j on j.id = s.job_id "
                        + "where s.recruiter_id = ? and j.organisation_id = any(?) order by s.id desc limit 100",
                r -> new SavedSearch(r.getLong("id"), r.getLong("job_id"), r.getString("title"), r.getString("name"),
                        r.getString("words"), r.getString("location")), recruiterId, new Jdbc.Ids(organisationIds));
    }

    public int delete(long id, long recruiterId) {
        return db.update("delete from recruiter_saved_search where id = ? and recruiter_id = ?", id, recruiterId);
    }
}
