package social.rapport.spi.capability;

import java.util.Objects;

/**
 * A member's answer to an {@link ApplicationQuestion}, stripped, never empty, within its length.
 *
 * @since 2
 */
public record ApplicationAnswer(String key, String value) {

    public ApplicationAnswer {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
