package social.rapport.plugins.recruiter.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An organisation's or a job's responsiveness over recent applications: the share answered within
 * the deadline and the median time to an answer. Hidden (empty) under {@link #MINIMUM} applications:
 * never invented from too few.
 *
 * @param answeredShare percent of applications answered within the deadline (0..100)
 * @param medianDays    median days to an answer among answered ones; null when none was answered
 */
public record Responsiveness(int applications, int answeredShare, Double medianDays) implements java.io.Serializable {

    public static final int MINIMUM = 10;

    /** One application: when it came, when (if ever) it was answered. */
    public record Sample(Instant appliedAt, Instant answeredAt) {
    }

    /**
     * @param samples applications of the window that are either answered or past their deadline
     */
    public static Optional<Responsiveness> of(List<Sample> samples, Duration deadline) {
        if (samples.size() < MINIMUM) {
            return Optional.empty();
        }
        int inTime = 0;
        List<Long> minutes = new ArrayList<>();
        for (Sample s : samples) {
            if (s.answeredAt() != null) {
                Duration took = Duration.between(s.appliedAt(), s.answeredAt());
                minutes.add(took.toMinutes());
                if (took.compareTo(deadline) <= 0) {
                    inTime++;
                }
            }
        }
        Double median = null;
        if (!minutes.isEmpty()) {
            Collections.sort(minutes);
            int n = minutes.size();
            double m = n % 2 == 1 ? minutes.get(n / 2) : (minutes.get(n / 2 - 1) + minutes.get(n / 2)) / 2.0;
            median = Math.round(m / 1440.0 * 10) / 10.0;
        }
        return Optional.of(new Responsiveness(samples.size(), (int) Math.round(100.0 * inTime / samples.size()), median));
    }
}
