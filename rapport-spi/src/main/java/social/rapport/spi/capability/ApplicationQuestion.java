package social.rapport.spi.capability;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A question a plugin asks with an application for one of its capabilities, besides the note (for
 * an advertiser: the organisation they advertise for). Every question must be answered; the core
 * shows it on the member's application form and refuses an empty or over-long answer.
 *
 * @param key       the answer's key, lower-case letters, digits and dashes, unique per capability
 * @param label     what the member reads next to the input, in the page's language
 * @param maxLength the longest answer accepted, 1 to 500 characters
 * @since 2
 */
public record ApplicationQuestion(String key, String label, int maxLength) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,40}");

    public ApplicationQuestion {
        Objects.requireNonNull(label, "label");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a question key is lower-case letters, digits and dashes: " + key);
        }
        if (maxLength < 1 || maxLength > 500) {
            throw new IllegalArgumentException("maxLength must be between 1 and 500: " + maxLength);
        }
    }
}
