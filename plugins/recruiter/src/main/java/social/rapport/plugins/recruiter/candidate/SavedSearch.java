package social.rapport.plugins.recruiter.candidate;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A recruiter's saved candidate search for one job, as read from {@code recruiter_saved_search}. */
public record SavedSearch(long id, long jobId, String jobTitle, String name, String words, String location) implements Serializable {

    public String href() {
        return "/p/recruiter/manage/candidates.xhtml?job=" + jobId + "&words=" + URLEncoder.encode(words, StandardCharsets.UTF_8)
                + "&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8);
    }
}
