package social.rapport.core.settings;

import java.util.Locale;
import java.util.Optional;
import social.rapport.spi.settings.SettingDefinition;

/** Checks a setting's value against its declaration; returns the normalised value or a message key. */
public final class SettingRules {

    /** Longest text value when the declaration sets no bound. */
    public static final int TEXT_LIMIT = 500;

    /** The result of a check: the value to store, or the message key of what is wrong. */
    public record Checked(String value, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    public static Checked check(SettingDefinition definition, String input) {
        String value = input == null ? "" : input.strip();
        switch (definition.type()) {
            case INTEGER -> {
                long number;
                try {
                    number = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    return new Checked(null, "settings.integer.invalid");
                }
                if (definition.min() != null && number < definition.min()) {
                    return new Checked(null, "settings.integer.tooSmall");
                }
                if (definition.max() != null && number > definition.max()) {
                    return new Checked(null, "settings.integer.tooLarge");
                }
                return new Checked(Long.toString(number), null);
            }
            case BOOLEAN -> {
                String lower = value.toLowerCase(Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    return new Checked(null, "settings.boolean.invalid");
                }
                return new Checked(lower, null);
            }
            default -> {
                long limit = Optional.ofNullable(definition.max()).orElse((long) TEXT_LIMIT);
                if (value.length() > Math.min(limit, TEXT_LIMIT)) {
                    return new Checked(null, "settings.text.tooLong");
                }
                return new Checked(value, null);
            }
        }
    }

    private SettingRules() {
    }
}
