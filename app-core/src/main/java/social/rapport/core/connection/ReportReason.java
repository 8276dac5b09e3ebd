package social.rapport.core.connection;

import java.util.Optional;

/** Why a member reports another. */
public enum ReportReason {
    SPAM, HARASSMENT, FAKE_PROFILE, INAPPROPRIATE, OTHER;

    public static Optional<ReportReason> parse(String name) {
        for (ReportReason value : values()) {
            if (value.name().equals(name)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
