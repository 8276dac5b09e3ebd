package social.rapport.core.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Email addresses as Rapport stores them: trimmed and lower-cased, at most 254 characters,
 * one {@code @} with a dotted domain. Deliberately simple: whether the mailbox exists is
 * not something a pattern can tell.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE =
            Pattern.compile("^[^@\\s<>\"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$");

    private EmailAddress() {
    }

    /** The normalised form used as the account key; never null. */
    public static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }

    /** Why this address is refused, as a message key, or empty when it is acceptable. */
    public static Optional<String> problem(String raw) {
        String email = normalise(raw);
        if (email.isEmpty()) {
            return Optional.of("account.email.required");
        }
        if (email.length() > MAX_LENGTH) {
            return Optional.of("account.email.tooLong");
        }
        if (!SHAPE.matcher(email).matches()) {
            return Optional.of("account.email.malformed");
        }
        return Optional.empty();
    }
}
