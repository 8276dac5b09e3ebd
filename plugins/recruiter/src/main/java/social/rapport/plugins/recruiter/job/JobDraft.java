package social.rapport.plugins.recruiter.job;

/** What a recruiter types to post a job; checked by {@link JobRules}. There is no pay-history field. */
public record JobDraft(String title, String location, boolean remote, EmploymentType type, String description,
                       String skills, Integer payMin, Integer payMax, String currency, PayPeriod period) {
}
