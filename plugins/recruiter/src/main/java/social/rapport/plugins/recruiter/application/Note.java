package social.rapport.plugins.recruiter.application;

import java.time.Instant;

/** A note on an application, private to the organisation's recruiters. */
public record Note(long id, long applicationId, long authorId, String body, Instant writtenAt) {
}
