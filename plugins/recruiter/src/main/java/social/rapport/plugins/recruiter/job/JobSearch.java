package social.rapport.plugins.recruiter.job;

/** A member's job search: every part optional; {@code afterId} is the keyset cursor (0 for the first page). */
public record JobSearch(String title, String location, boolean remoteOnly, String skill, Integer payAtLeast, long afterId) {
}
