package social.rapport.core.connection;

import java.util.Optional;

/** How two members know each other: required on every invitation, kept on the connection. */
public enum HowMet {
    WORKED_TOGETHER, STUDIED_TOGETHER, MET_AT_EVENT, INTRODUCED, OTHER;

    /** The value for a submitted name, if it is one of ours (form input is untrusted). */
    public static Optional<HowMet> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (HowMet value : values()) {
            if (value.name().equals(name)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
