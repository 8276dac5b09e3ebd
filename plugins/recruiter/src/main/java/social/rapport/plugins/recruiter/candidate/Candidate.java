package social.rapport.plugins.recruiter.candidate;

/** A search result: the member and only what they chose to tell recruiters. */
public record Candidate(long memberId, String name, String profileUrl, String roles, String titles, String skills, String locations,
                        boolean remote, Integer minPay, String currency) implements java.io.Serializable {
}
