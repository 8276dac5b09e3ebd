package social.rapport.plugins.recruiter.job;

import java.util.regex.Pattern;
import social.rapport.spi.error.Refusal;

/** The rules of a job posting: a title, and a pay range that is required and ordered (EU 2023/970 Art. 5). */
public final class JobRules {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private JobRules() {
    }

    /** The draft, trimmed, or a {@link Refusal} naming the first field at fault. */
    public static JobDraft check(JobDraft d) {
        String title = strip(d.title());
        if (title.isEmpty()) {
            throw new Refusal("title", "recruiter.job.error.title");
        }
        if (title.length() > 150) {
            throw new Refusal("title", "recruiter.job.error.titleLong");
        }
        if (d.type() == null) {
            throw new Refusal("type", "recruiter.job.error.type");
        }
        String location = strip(d.location());
        if (location.isEmpty() && !d.remote()) {
            throw new Refusal("location", "recruiter.job.error.location");
        }
        if (d.payMin() == null || d.payMax() == null) {
            throw new Refusal("payMin", "recruiter.job.error.payRequired");
        }
        if (d.payMin() < 0) {
            throw new Refusal("payMin", "recruiter.job.error.payNegative");
        }
        if (d.payMin() > d.payMax()) {
            throw new Refusal("payMax", "recruiter.job.error.payOrder");
        }
        String currency = strip(d.currency()).toUpperCase(java.util.Locale.ROOT);
        if (!CURRENCY.matcher(currency).matches()) {
            throw new Refusal("currency", "recruiter.job.error.currency");
        }
        if (d.period() == null) {
            throw new Refusal("period", "recruiter.job.error.period");
        }
        String description = strip(d.description());
        if (description.length() > 8000) {
            throw new Refusal("description", "recruiter.job.error.descriptionLong");
        }
        String skills = strip(d.skills());
        if (skills.length() > 500) {
            throw new Refusal("skills", "recruiter.job.error.skillsLong");
        }
        if (location.length() > 150) {
            throw new Refusal("location", "recruiter.job.error.locationLong");
        }
        return new JobDraft(title, location, d.remote(), d.type(), description, skills, d.payMin(), d.payMax(), currency, d.period());
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
