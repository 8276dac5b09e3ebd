package social.rapport.plugins.recruiter.outreach;

import java.io.Serializable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import social.rapport.spi.platform.Jdbc;

/** One outreach, as read from {@code recruiter_outreach} with its job and organisation. */
public record Outreach(long id, long organisationId, String organisationName, long jobId, String jobTitle, String payRange,
                       long recruiterId, long candidateId, long conversationId, long messageId, Instant sentAt,
                       Answer answer, String note, Instant answeredAt) implements Serializable {

    static final String SELECT = "select o.*, g.name as organisation_name, j.title, j.pay_min, j.pay_max, j.currency, j.pay_period "
            + "from recruiter_outreach o join recruiter_job j on j.id = o.job_id join recruiter_organisation g on g.id = o.organisation_id ";

    static Outreach map(ResultSet r) throws SQLException {
        String answer = r.getString("answer");
        String pay = r.getInt("pay_min") + "–" + r.getInt("pay_max") + " " + r.getString("currency") + " / "
                + r.getString("pay_period").toLowerCase(java.util.Locale.ROOT);
        return new Outreach(r.getLong("id"), r.getLong("organisation_id"), r.getString("organisation_name"), r.getLong("job_id"),
                r.getString("title"), pay, r.getLong("recruiter_id"), r.getLong("candidate_id"), r.getLong("conversation_id"),
                r.getLong("message_id"), Jdbc.instant(r, "sent_at"), answer == null ? null : Answer.valueOf(answer),
                r.getString("note"), Jdbc.instant(r, "answered_at"));
    }

    public boolean open() {
        return answer == null;
    }

    public String conversationHref() {
        return "/messages/conversation?id=" + conversationId;
    }

    public String jobHref() {
        return "/p/recruiter/job.xhtml?id=" + jobId;
    }
}
