package social.rapport.plugins.recruiter.candidate;

/**
 * A recruiter's candidate search for one of their organisation's jobs: words matched in roles
 * wanted and skills, a location, and the job's maximum pay (a candidate's minimum must not exceed it).
 * {@code afterMemberId} is the keyset cursor.
 */
public record CandidateQuery(long organisationId, String words, String location, Integer payMax, String currency, long afterMemberId) {
}
